import { useEffect, useMemo, useRef, useState } from 'react';
import { RawText } from '../../components/documents/RawText.js';
import { DirectionMark, StatusBadge } from '../../components/documents/StatusBadge.js';
import { formatDateTime } from '../../components/documents/format.js';
import type { Mark } from '../../components/documents/visible-text.js';
import { Skeleton } from '../../components/Skeleton.js';
import { useServices } from '../../services.js';
import { AckStatus } from './AckStatus.js';
import { CanonicalPanel } from './CanonicalPanel.js';
import { DocumentTabs, useDocumentTab } from './DocumentTabs.js';
import { evidenceMark } from './evidence-range.js';
import { listHash, rememberedList, type ByteRange } from './documents-route.js';
import { downloadOriginal } from './download.js';
import { EnvelopePanel } from './EnvelopePanel.js';
import { ProblemsPanel } from './ProblemsPanel.js';
import { SegmentDetail, SegmentTable } from './SegmentTable.js';
import { StructurePanel } from './StructurePanel.js';
import { useDocument, useReprocess, type DocumentDetail } from './use-document.js';

/** Raw text longer than this is shown as a window around what is selected. */
const RAW_WINDOW = 200_000;

function problemMarks(detail: DocumentDetail): Mark[] {
  return detail.problems.flatMap((problem, index): Mark[] => {
    if (problem.rawOffset === null) return [];
    const value = problem.badValue;
    const length = value && detail.raw.text.startsWith(value, problem.rawOffset) ? value.length : 1;
    const start = problem.rawOffset;
    const end = Math.min(detail.raw.text.length, start + length);
    return [{ start, end: Math.max(start, end), kind: problem.severity, anchor: `raw-problem-${index}` }];
  });
}

/** Scrolls the raw text box (only it, not the page) so that the anchor is in its middle. */
function revealInside(container: HTMLElement | null, anchorId: string) {
  const anchor = container?.querySelector<HTMLElement>(`#${anchorId}`);
  if (!container || !anchor) return;
  const top = anchor.offsetTop - container.offsetTop;
  container.scrollTop = Math.max(0, top - container.clientHeight / 2);
  const left = anchor.offsetLeft - container.offsetLeft;
  if (left < container.scrollLeft || left > container.scrollLeft + container.clientWidth - 40) container.scrollLeft = Math.max(0, left - 40);
}

function RawPanel({ detail, selected, focusedProblem, bytes }: { detail: DocumentDetail; selected: number | null; focusedProblem: number | null; bytes: ByteRange | undefined }) {
  const box = useRef<HTMLDivElement>(null);
  const segment = selected === null ? undefined : detail.segments[selected];
  const evidence = useMemo(() => (bytes ? evidenceMark(bytes, detail.raw) : null), [bytes, detail]);
  const marks = useMemo(() => {
    const list = problemMarks(detail);
    if (segment) list.push({ start: segment.rawOffset, end: segment.rawOffset + segment.rawLength, kind: 'segment', anchor: 'raw-selected-segment' });
    if (evidence) list.push(evidence);
    return list;
  }, [detail, segment, evidence]);
  // an evidence link shows its bytes until the reader picks a problem or a segment
  const showEvidence = evidence !== null && focusedProblem === null && selected === null;
  const focus = focusedProblem !== null ? (detail.problems[focusedProblem]?.rawOffset ?? 0) : showEvidence ? evidence.start : (segment?.rawOffset ?? 0);
  const text = detail.raw.text;
  const from = text.length > RAW_WINDOW ? Math.max(0, Math.min(focus - RAW_WINDOW / 2, text.length - RAW_WINDOW)) : 0;
  const shown = text.length > RAW_WINDOW ? text.slice(from, from + RAW_WINDOW) : text;
  useEffect(() => {
    revealInside(box.current?.querySelector('pre') ?? null, focusedProblem !== null ? `raw-problem-${focusedProblem}` : showEvidence ? evidence.anchor! : 'raw-selected-segment');
  }, [focusedProblem, selected, showEvidence, evidence]);
  return (
    <section className="panel raw" aria-labelledby="raw-heading">
      <div className="panel-head">
        <h2 id="raw-heading" className="panel-title">
          Raw text
        </h2>
        <span className="documents-muted">
          bytes {detail.raw.byteStart.toLocaleString()}–{detail.raw.byteEnd.toLocaleString()} of the file · control characters shown as symbols
          {detail.raw.truncated || shown.length < text.length ? ' · showing part; download the original for all of it' : ''}
        </span>
      </div>
      {bytes && (
        <p className="document-evidence-note" data-testid="document-evidence-note">
          {evidence
            ? `Highlighted: bytes ${bytes.start.toLocaleString()}–${bytes.end.toLocaleString()} of the file, what the mismatch points to.`
            : `The mismatch points to bytes ${bytes.start.toLocaleString()}–${bytes.end.toLocaleString()} of the file, outside this document's text.`}
        </p>
      )}
      <div ref={box} className={showEvidence ? 'raw-evidence-shown' : undefined}>
        <RawText text={shown} offset={from} marks={marks.map((mark) => ({ ...mark }))} label="Raw text of the transaction" />
      </div>
    </section>
  );
}

function Header({ detail, reprocess, reprocessing }: { detail: DocumentDetail; reprocess: () => void; reprocessing: boolean }) {
  const { client, notices } = useServices();
  const row = detail.document;
  const back = rememberedList();
  const business = [row.poNumber && `PO ${row.poNumber}`, row.reference && row.reference !== row.poNumber && row.reference].filter(Boolean).join(' · ');
  return (
    <header className="document-head">
      <a className="document-back" href={listHash(back.filter, back.sort)} data-testid="document-back">
        ← Documents
      </a>
      <div className="document-title-line">
        <h2 className="document-title" data-testid="document-title">
          <span className="document-type">{row.type}</span> {detail.spec?.name ?? row.typeName ?? 'Transaction'}
          {business && <span className="document-business"> · {business}</span>}
        </h2>
        <StatusBadge status={row.status} />
        <DirectionMark direction={row.direction} />
        <div className="document-actions">
          <button type="button" className="button" onClick={reprocess} disabled={reprocessing} data-testid="document-reprocess" title="Parse the archived file again (after a parser, spec or settings change)">
            {reprocessing ? 'Re-processing…' : 'Re-process'}
          </button>
          <button type="button" className="button" onClick={() => void downloadOriginal(client, notices, { id: row.id })} data-testid="document-download">
            Download original
          </button>
        </div>
      </div>
      <p className="document-subtitle">
        {row.partnerName ?? 'Unknown partner'} · received {formatDateTime(row.receivedAt)} · {row.fileName ?? 'file'} · ISA/UNB {row.interchangeControlNumber} · group {row.groupControlNumber ?? '—'} · set {row.controlNumber}
      </p>
    </header>
  );
}

function firstProblemSelection(detail: DocumentDetail): { segment: number | null; problem: number | null } {
  const first = detail.problems.findIndex((problem) => problem.rawOffset !== null);
  return first >= 0 ? { segment: detail.problems[first]!.segmentIndex, problem: first } : { segment: null, problem: null };
}

/** One document: what is wrong with it, where, and everything around it. */
export function DocumentView({ id, bytes }: { id: number; bytes?: ByteRange | undefined }) {
  const { state, reload } = useDocument(id);
  const detail = state.status === 'ready' ? state.detail : null;
  const { running, start } = useReprocess(detail, reload);
  const [chosen, setChosen] = useState<{ detail: DocumentDetail; segment: number | null; problem: number | null } | null>(null);
  // Until the user picks something, the view opens on the first problem (the reason the coordinator is here), or on
  // the bytes an evidence link named (the reason the reviewer is here).
  const selection = chosen && chosen.detail === detail ? chosen : detail && !bytes ? firstProblemSelection(detail) : { segment: null, problem: null };
  const selected = selection.segment;
  const focusedProblem = selection.problem;
  const choose = (segment: number | null, problem: number | null) => detail && setChosen({ detail, segment, problem });
  const { tab, showTab } = useDocumentTab();

  if (state.status === 'loading') {
    return (
      <div className="document-view" aria-busy="true">
        <Skeleton width="24em" />
      </div>
    );
  }
  if (state.status === 'failed') {
    const back = rememberedList();
    return (
      <div className="section-error" role="alert" data-testid="document-error">
        <h2>Could not open document {id}</h2>
        <p className="section-error-detail">{state.error.message}</p>
        <a href={listHash(back.filter, back.sort)}>Back to the documents</a>
      </div>
    );
  }
  const ready = state.detail;
  return (
    <div className="document-view" data-testid="document-view">
      <Header detail={ready} reprocess={start} reprocessing={running} />
      {ready.rereadError && (
        <p className="inline-message inline-message-error" role="alert">
          {ready.rereadError}
        </p>
      )}
      <ProblemsPanel
        detail={ready}
        focused={focusedProblem}
        onFocus={(index) => {
          choose(ready.problems[index]?.segmentIndex ?? selected, index);
          showTab('source');
        }}
      />
      <AckStatus detail={ready} />
      <div className="document-columns">
        <StructurePanel
          detail={ready}
          selected={selected}
          onSelect={(index) => choose(index, null)}
        />
        <DocumentTabs
          tab={tab}
          onTab={(next) => showTab(next)}
          source={
            <>
              <RawPanel detail={ready} selected={selected} focusedProblem={focusedProblem} bytes={bytes} />
              <section className="panel segments" aria-labelledby="segments-heading">
                <div className="panel-head">
                  <h2 id="segments-heading" className="panel-title">
                    Segments
                  </h2>
                  <span className="documents-muted">
                    {ready.segments.length.toLocaleString()} {ready.segmentsTruncated ? `of ${ready.document.segmentCount.toLocaleString()} (the first ones)` : ''} · ↑↓ to move
                  </span>
                </div>
                <SegmentTable
                  detail={ready}
                  selected={selected}
                  onSelect={(index) => choose(index, null)}
                />
                <SegmentDetail detail={ready} index={selected} />
              </section>
            </>
          }
          canonical={
            <CanonicalPanel
              detail={ready}
              onSelectSegment={(index) => {
                choose(index, null);
                showTab('source', { focusSegments: true });
              }}
            />
          }
        />
      </div>
      <EnvelopePanel detail={ready} />
    </div>
  );
}
