import { memo, useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
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

function SegmentRow({ segment, depth, marked, selected, onSelect }: { segment: PreviewSegment; depth: number; marked: boolean; selected: boolean; onSelect: (index: number) => void }) {
  const classes = ['source-segment'];
  if (!segment.used) classes.push('source-segment-unused');
  if (marked) classes.push('source-segment-marked');
  if (selected) classes.push('source-segment-selected');
  return (
    <div
      id={`source-segment-${segment.index}`}
      role="option"
      aria-selected={selected}
      className={classes.join(' ')}
      style={{ paddingLeft: `${8 + depth * 14}px` }}
      data-testid="source-segment"
      data-tag={segment.tag}
      data-used={segment.used}
      data-marked={marked}
      onMouseDown={() => onSelect(segment.index)}
    >
      <span className="source-tag">{segment.tag}</span>
      <span className="source-elements">{elementText(segment)}</span>
      {!segment.used && <span className="source-flag">unused</span>}
      {marked && <span className="source-flag source-flag-marked">read</span>}
    </div>
  );
}

function LoopRows({ loop, depth, source, props }: { loop: PreviewLoop; depth: number; source: PreviewSource; props: SourcePaneProps }): ReactNode {
  return loop.items.map((item) => {
    if (item.kind === 'loop') {
      return (
        <div key={`loop-${item.loop.id}-${firstIndex(item.loop)}`} role="group" aria-label={`${item.loop.id} loop`}>
          <div className="source-loop" style={{ paddingLeft: `${8 + depth * 14}px` }}>
            <span className="source-loop-id">{item.loop.id}</span> {item.loop.name}
          </div>
          <LoopRows loop={item.loop} depth={depth + 1} source={source} props={props} />
        </div>
      );
    }
    const segment = source.segments[item.index];
    if (!segment) return null;
    return <SegmentRow key={item.index} segment={segment} depth={depth} marked={props.marked.has(segment.index)} selected={props.selectedSegment === item.index} onSelect={props.onSelectSegment} />;
  });
}

function firstIndex(loop: PreviewLoop): number {
  const first = loop.items[0];
  if (!first) return -1;
  return first.kind === 'segment' ? first.index : firstIndex(first.loop);
}

/** The sample's segments as a tree; unused ones highlighted, the ones the selected rule reads marked. */
export const SourcePane = memo(function SourcePane(props: SourcePaneProps) {
  const { source, selectedSegment, onSelectSegment } = props;
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (selectedSegment === null) return;
    list.current?.querySelector(`#source-segment-${selectedSegment}`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedSegment, source]);

  if (!source) return <p className="maps-muted maps-pane-empty">Pick a sample to see its segments.</p>;
  const order = segmentOrder(source);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const at = selectedSegment === null ? -1 : order.indexOf(selectedSegment);
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? order.length - 1 : Math.max(0, Math.min(order.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)));
    const index = order[next];
    if (index !== undefined) onSelectSegment(index);
  };
  const unused = source.segments.filter((segment) => !segment.used).length;
  const selected = selectedSegment === null ? undefined : source.segments[selectedSegment];
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
      <div
        ref={list}
        className="source-tree"
        role="listbox"
        tabIndex={0}
        aria-label="Source segments"
        aria-activedescendant={selectedSegment === null ? undefined : `source-segment-${selectedSegment}`}
        onKeyDown={onKeyDown}
        data-testid="source-tree"
      >
        {source.tree ? (
          <LoopRows loop={source.tree} depth={0} source={source} props={props} />
        ) : (
          source.segments.map((segment) => <SegmentRow key={segment.index} segment={segment} depth={0} marked={props.marked.has(segment.index)} selected={selectedSegment === segment.index} onSelect={onSelectSegment} />)
        )}
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
