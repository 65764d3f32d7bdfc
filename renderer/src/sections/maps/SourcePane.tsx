import { memo, useCallback, useMemo, type ReactNode } from 'react';
import { WindowedList } from '../../components/documents/WindowedList.js';
import type { PreviewLoop, PreviewSegment, PreviewSource } from '../../../../main/core/mapping-store/types.js';

export interface SourcePaneProps {
  source: PreviewSource | null;
  /** indexes of the segments the rule selected in the rules pane reads */
  marked: ReadonlySet<number>;
  selectedSegment: number | null;
  onSelectSegment: (index: number) => void;
}

/** Segments in tree order (the loop tree when the type has a spec, else as they come). */
export function segmentOrder(source: PreviewSource): number[] {
  if (!source.tree) return source.segments.map((segment) => segment.index);
  const order: number[] = [];
  const walk = (loop: PreviewLoop) => {
    for (const item of loop.items) {
      if (item.kind === 'segment') order.push(item.index);
      else walk(item.loop);
    }
  };
  walk(source.tree);
  return order;
}

function elementText(segment: PreviewSegment): ReactNode[] {
  return segment.elements.map((element) => (
    <span key={element.position} className="source-element" title={`${segment.tag}${String(element.position).padStart(2, '0')}${element.name ? ` ${element.name}` : ''}`}>
      {element.value}
    </span>
  ));
}

export type SourceRow = { kind: 'loop'; depth: number; id: string; name: string } | { kind: 'segment'; depth: number; index: number };

/** The tree as rows of one height (loop headings and segments), so only the rows on screen are drawn. */
export function sourceRows(source: PreviewSource): SourceRow[] {
  if (!source.tree) return source.segments.map((segment) => ({ kind: 'segment', depth: 0, index: segment.index }));
  const rows: SourceRow[] = [];
  const walk = (loop: PreviewLoop, depth: number) => {
    for (const item of loop.items) {
      if (item.kind === 'segment') rows.push({ kind: 'segment', depth, index: item.index });
      else {
        rows.push({ kind: 'loop', depth, id: item.loop.id, name: item.loop.name });
        walk(item.loop, depth + 1);
      }
    }
  };
  walk(source.tree, 0);
  return rows;
}

const ROW_HEIGHT = 22;

function SegmentRow({ segment, depth, marked, selected }: { segment: PreviewSegment; depth: number; marked: boolean; selected: boolean }) {
  const classes = ['source-segment'];
  if (!segment.used) classes.push('source-segment-unused');
  if (marked) classes.push('source-segment-marked');
  if (selected) classes.push('source-segment-selected');
  return (
    <div className={classes.join(' ')} style={{ paddingLeft: `${8 + depth * 14}px` }} data-testid="source-segment" data-tag={segment.tag} data-used={segment.used} data-marked={marked} role="gridcell">
      <span className="source-tag">{segment.tag}</span>
      <span className="source-elements">{elementText(segment)}</span>
      {!segment.used && <span className="source-flag">unused</span>}
      {marked && <span className="source-flag source-flag-marked">read</span>}
    </div>
  );
}

/** The sample's segments as a tree; unused ones highlighted, the ones the selected rule reads marked. */
export const SourcePane = memo(function SourcePane(props: SourcePaneProps) {
  const { source, selectedSegment, onSelectSegment, marked } = props;
  const rows = useMemo(() => (source ? sourceRows(source) : []), [source]);
  const rowOfSegment = useMemo(() => new Map(rows.flatMap((row, at) => (row.kind === 'segment' ? [[row.index, at] as const] : []))), [rows]);
  const onActiveChange = useCallback(
    (at: number) => {
      // A loop heading is not a segment: moving onto it selects the loop's first segment below it.
      const row = rows.slice(at).find((candidate) => candidate.kind === 'segment');
      if (row?.kind === 'segment') onSelectSegment(row.index);
    },
    [rows, onSelectSegment],
  );
  if (!source) return <p className="maps-muted maps-pane-empty">Pick a sample to see its segments.</p>;
  const unused = source.segments.filter((segment) => !segment.used).length;
  const selected = selectedSegment === null ? undefined : source.segments[selectedSegment];
  const renderRow = (at: number) => {
    const row = rows[at];
    if (!row) return null;
    if (row.kind === 'loop') {
      return (
        <div className="source-loop" style={{ paddingLeft: `${8 + row.depth * 14}px` }} role="gridcell">
          <span className="source-loop-id">{row.id}</span> {row.name}
        </div>
      );
    }
    const segment = source.segments[row.index];
    return segment ? <SegmentRow segment={segment} depth={row.depth} marked={marked.has(segment.index)} selected={selectedSegment === segment.index} /> : null;
  };
  return (
    <div className="source-pane">
      <p className="maps-pane-note">
        {source.standard.toUpperCase()} {source.type} {source.version} · control {source.controlNumber} · {source.segments.length.toLocaleString()} segments
        {unused > 0 && (
          <>
            {' · '}
            <span className="source-unused-count" data-testid="unused-count">
              {unused} unused
            </span>
          </>
        )}
      </p>
      <div className="source-tree" data-testid="source-tree">
        <WindowedList
          rowCount={rows.length}
          rowHeight={ROW_HEIGHT}
          renderRow={renderRow}
          activeIndex={selectedSegment === null ? -1 : (rowOfSegment.get(selectedSegment) ?? -1)}
          onActiveChange={onActiveChange}
          idPrefix="source-row"
          label="Source segments (arrow keys move)"
          overscan={12}
        />
      </div>
      {selected && (
        <dl className="source-detail" data-testid="segment-detail" aria-label={`${selected.tag} elements`}>
          <div className="source-detail-title">
            {selected.tag} {selected.name ?? ''}
            {selected.usedBy.length > 0 && <span className="maps-muted"> · read by {selected.usedBy.join(', ')}</span>}
          </div>
          {selected.elements.map((element) => (
            <div key={element.position} className="source-detail-row">
              <dt>
                {selected.tag}
                {String(element.position).padStart(2, '0')} <span className="maps-muted">{element.name ?? ''}</span>
              </dt>
              <dd>{element.value || <span className="maps-muted">(empty)</span>}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
});
