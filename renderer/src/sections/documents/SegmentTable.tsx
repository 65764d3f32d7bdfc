import { WindowedList } from '../../components/documents/WindowedList.js';
import type { DocumentDetail } from './use-document.js';

type SegmentView = DocumentDetail['segments'][number];
type ElementView = SegmentView['elements'][number];

const SEGMENT_ROW = 28;

const elementId = (tag: string, position: number) => `${tag}${String(position).padStart(2, '0')}`;

function elementTitle(tag: string, element: ElementView): string {
  const name = element.name ? ` ${element.name}${element.ref ? ` (${element.ref})` : ''}` : '';
  const meaning = element.codeName ? ` = ${element.codeName}` : '';
  return `${elementId(tag, element.position)}${name}: ${element.value || '(empty)'}${meaning}`;
}

/** Problem element positions of a segment, for highlighting. */
function problemElements(detail: DocumentDetail, segment: SegmentView): Set<number> {
  return new Set(segment.problems.map((index) => detail.problems[index]?.element).filter((position): position is number => typeof position === 'number'));
}

function SegmentRow({ detail, segment }: { detail: DocumentDetail; segment: SegmentView }) {
  const bad = problemElements(detail, segment);
  return (
    <div className={segment.problems.length > 0 ? 'segment-row segment-row-problem' : 'segment-row'} data-testid="segment-row" data-tag={segment.tag}>
      <span className="segment-cell segment-position" role="gridcell">
        {segment.position}
      </span>
      <span className="segment-cell segment-tag" role="gridcell" title={detail.segmentNames[segment.tag]?.purpose ?? undefined}>
        {segment.tag}
      </span>
      <span className="segment-cell segment-name" role="gridcell">
        {detail.segmentNames[segment.tag]?.name}
      </span>
      <span className="segment-cell segment-elements" role="gridcell">
        {segment.elements.map((element) => (
          <span key={element.position} className={bad.has(element.position) ? 'segment-element segment-element-problem' : 'segment-element'} title={elementTitle(segment.tag, element)}>
            {element.value === '' ? <span className="segment-empty">∅</span> : element.value}
          </span>
        ))}
      </span>
    </div>
  );
}

/** Every segment of the transaction in order (drawn as it scrolls into view); selecting one shows its elements. */
export function SegmentTable({ detail, selected, onSelect }: { detail: DocumentDetail; selected: number | null; onSelect: (index: number) => void }) {
  const height = Math.min(14, Math.max(4, detail.segments.length + 1)) * SEGMENT_ROW;
  return (
    <div className="segment-table" style={{ height }}>
      <WindowedList
        rowCount={detail.segments.length}
        rowHeight={SEGMENT_ROW}
        header={
          <div className="segment-row segment-header" role="row">
            <span className="segment-cell segment-position" role="columnheader">
              #
            </span>
            <span className="segment-cell segment-tag" role="columnheader">
              Tag
            </span>
            <span className="segment-cell segment-name" role="columnheader">
              Segment
            </span>
            <span className="segment-cell segment-elements" role="columnheader">
              Elements (hover for names)
            </span>
          </div>
        }
        headerHeight={SEGMENT_ROW}
        idPrefix="segment-row"
        label="Segments"
        testId="segment-table"
        activeIndex={selected ?? -1}
        onActiveChange={onSelect}
        overscan={12}
        renderRow={(index) => <SegmentRow detail={detail} segment={detail.segments[index]!} />}
      />
    </div>
  );
}

/** The selected segment's elements with names, reference numbers, code meanings and its problems. */
export function SegmentDetail({ detail, index }: { detail: DocumentDetail; index: number | null }) {
  const segment = index === null ? undefined : detail.segments[index];
  if (!segment) return <div className="segment-detail segment-detail-empty">Select a segment to see its elements.</div>;
  const description = detail.segmentNames[segment.tag];
  const bad = problemElements(detail, segment);
  return (
    <div className="segment-detail" data-testid="segment-detail">
      <h3 className="segment-detail-title">
        <code>{segment.tag}</code> {description?.name} <span className="documents-muted">· segment {segment.position}</span>
      </h3>
      {description?.purpose && <p className="segment-detail-purpose">{description.purpose}</p>}
      {segment.problems.map((problemIndex) => (
        <p key={problemIndex} className={`segment-detail-problem problem-${detail.problems[problemIndex]?.severity}`}>
          {detail.problems[problemIndex]?.message}
        </p>
      ))}
      <table className="element-table">
        <thead>
          <tr>
            <th scope="col">Element</th>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
            <th scope="col">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {segment.elements.flatMap((element) => {
            const rows = [
              <tr key={element.position} className={bad.has(element.position) ? 'element-problem' : undefined}>
                <td>
                  <code>{elementId(segment.tag, element.position)}</code>
                  {element.ref && <span className="documents-muted"> {element.ref}</span>}
                </td>
                <td>{element.name ?? <span className="documents-muted">not in the dictionary</span>}</td>
                <td>
                  <code className="element-value">{element.value}</code>
                </td>
                <td>{element.codeName ?? ''}</td>
              </tr>,
            ];
            for (const component of element.components ?? []) {
              rows.push(
                <tr key={`${element.position}-${component.position}`} className="element-component">
                  <td>
                    <code>
                      {elementId(segment.tag, element.position)}-{component.position}
                    </code>
                  </td>
                  <td>{component.name ?? ''}</td>
                  <td>
                    <code className="element-value">{component.value}</code>
                  </td>
                  <td>{component.codeName ?? ''}</td>
                </tr>,
              );
            }
            return rows;
          })}
        </tbody>
      </table>
    </div>
  );
}
