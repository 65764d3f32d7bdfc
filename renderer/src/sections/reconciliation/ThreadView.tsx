import { useState } from 'react';
import { createPortal } from 'react-dom';
import { formatDateTime } from '../../components/documents/format.js';
import { Skeleton } from '../../components/Skeleton.js';
import { navigate } from '../documents/navigate.js';
import { MISMATCH_TYPE_LABELS, moneyText, OWNER_LABELS, reasonLabel } from './labels.js';
import { rememberedQueue, threadHash } from './queue-route.js';
import type { ReviewAction } from './queue-store.js';
import { SeverityBadge, StatusChip } from './QueueGrid.js';
import type { MismatchDetail, ThreadDetail, ThreadMemberRef } from './recon-types.js';
import { useReconServices } from './recon-services.js';
import { ReviewDialog, type DialogKind } from './ReviewDialog.js';
import { AuditTrail, ComparisonTable, EvidenceList, MemberList, Timeline } from './ThreadParts.js';
import { PrintSummary } from './PrintSummary.js';
import { useReconAnswer } from './use-recon-data.js';
import './recon-thread.css';

function MismatchList({ thread, selected, onSelect }: { thread: ThreadDetail; selected: string | null; onSelect: (id: string) => void }) {
  if (thread.mismatches.length === 0) return <p className="recon-muted">Everything in this thread matches.</p>;
  return (
    <ul className="recon-thread-mismatches" data-testid="recon-thread-mismatches">
      {thread.mismatches.map((row) => (
        <li key={row.id}>
          <button type="button" className="recon-thread-mismatch" aria-pressed={row.id === selected} onClick={() => onSelect(row.id)} data-testid="recon-thread-mismatch" data-id={row.id} data-status={row.status}>
            <SeverityBadge severity={row.severity} />
            <span className="recon-thread-mismatch-summary">{row.summary}</span>
            <StatusChip row={row} />
          </button>
        </li>
      ))}
    </ul>
  );
}

function MismatchPanel({ detail, members, onAct }: { detail: MismatchDetail; members: readonly ThreadMemberRef[]; onAct: (kind: DialogKind | 'accept' | 'reopen' | 'unassign') => void }) {
  const closed = detail.status === 'resolved' || detail.status === 'accepted';
  return (
    <section className="panel recon-detail" aria-labelledby="recon-detail-title" data-testid="recon-detail" data-status={detail.status}>
      <div className="panel-head">
        <h2 className="panel-title" id="recon-detail-title">
          {MISMATCH_TYPE_LABELS[detail.type] ?? detail.type}
        </h2>
        <StatusChip row={detail} />
      </div>
      <p className="recon-detail-summary">{detail.summary}</p>
      <dl className="recon-facts">
        <dt>Expected</dt>
        <dd data-testid="recon-expected">{detail.expected.text}</dd>
        <dt>Actual</dt>
        <dd data-testid="recon-actual" className="recon-actual">
          {detail.actual.text}
        </dd>
        <dt>At risk</dt>
        <dd>
          {moneyText(detail.moneyAtRisk) || '—'}
          {detail.chargebackRisk && <span className="recon-chargeback"> · chargeback risk</span>}
        </dd>
        <dt>Owner</dt>
        <dd>{OWNER_LABELS[detail.owner]}</dd>
        {detail.resolutionReason && (
          <>
            <dt>Resolution</dt>
            <dd data-testid="recon-resolution">
              {reasonLabel(detail.resolutionReason)}
              {detail.resolutionNote && ` · “${detail.resolutionNote}”`}
            </dd>
          </>
        )}
      </dl>
      <div className="recon-actions recon-no-print">
        {!closed && (
          <>
            <button type="button" className="button button-small" onClick={() => onAct('assign')} data-testid="recon-act-assign">
              Assign…
            </button>
            <button type="button" className="button button-small button-primary" onClick={() => onAct('resolve')} data-testid="recon-act-resolve">
              Resolve…
            </button>
            <button type="button" className="button button-small" onClick={() => onAct('accept')} data-testid="recon-act-accept">
              Accept variance
            </button>
          </>
        )}
        {detail.status === 'assigned' && (
          <button type="button" className="button button-small button-quiet" onClick={() => onAct('unassign')}>
            Unassign
          </button>
        )}
        {closed && (
          <button type="button" className="button button-small" onClick={() => onAct('reopen')} data-testid="recon-act-reopen">
            Re-open
          </button>
        )}
        <button type="button" className="button button-small button-quiet" onClick={() => onAct('note')} data-testid="recon-act-note">
          Add note…
        </button>
      </div>
      <h3 className="recon-subtitle">Evidence</h3>
      <EvidenceList evidence={detail.evidence} members={members} />
      <h3 className="recon-subtitle">Audit trail</h3>
      <AuditTrail events={detail.events} />
    </section>
  );
}

/** One thread: timeline, line comparison, its mismatches with the chosen one's evidence and audit trail, and a print summary. */
export function ThreadView({ threadKey, mismatchId }: { threadKey: string; mismatchId: string | null }) {
  const { queue } = useReconServices();
  const thread = useReconAnswer('threads.get', { key: threadKey });
  const value = thread.loaded.status === 'ready' ? thread.loaded.value : null;
  const selected = mismatchId ?? value?.mismatches[0]?.id ?? null;
  const mismatch = useReconAnswer('mismatches.get', selected ? { id: selected } : null);
  const detail = mismatch.loaded.status === 'ready' && mismatch.loaded.value.id === selected ? mismatch.loaded.value : null;
  const [dialog, setDialog] = useState<DialogKind | null>(null);

  const act = async (change: ReviewAction) => {
    if (!selected) return;
    await queue.getState().act([selected], change);
    thread.reload();
    mismatch.reload();
  };
  const onAct = (kind: DialogKind | 'accept' | 'reopen' | 'unassign') => {
    if (kind === 'accept' || kind === 'reopen' || kind === 'unassign') void act({ action: kind });
    else setDialog(kind);
  };

  if (thread.loaded.status === 'failed')
    return (
      <div className="recon-thread" data-testid="recon-thread">
        <a className="button button-quiet" href={rememberedQueue()}>
          ← Review queue
        </a>
        <p role="alert">{thread.loaded.notFound ? `No thread ${threadKey}.` : thread.loaded.message}</p>
      </div>
    );

  return (
    <div className="recon-thread" data-testid="recon-thread" aria-busy={value === null}>
      <header className="recon-thread-head">
        <a className="button button-quiet recon-no-print" href={rememberedQueue()} data-testid="recon-back">
          ← Review queue
        </a>
        <h1 className="recon-thread-title" data-testid="recon-thread-title">
          {value ? (value.poNumbers.length > 0 ? `PO ${value.poNumbers.join(', ')}` : value.key) : <Skeleton width="12em" />}
          {value?.partnerName && <span className="recon-muted"> · {value.partnerName}</span>}
        </h1>
        <span className="recon-muted recon-thread-key">{threadKey}</span>
        {value?.evaluatedAt && <span className="recon-muted">checked {formatDateTime(value.evaluatedAt)}</span>}
        <button type="button" className="button recon-print-button" onClick={() => window.print()} disabled={!value} data-testid="recon-print">
          Print summary
        </button>
      </header>
      {value && (
        <>
          <Timeline thread={value} />
          <div className="recon-thread-grid">
            <section className="panel recon-compare-panel" aria-labelledby="recon-compare-title">
              <h2 className="panel-title" id="recon-compare-title">
                Lines across sources
              </h2>
              <ComparisonTable thread={value} highlight={selected} />
            </section>
            <section className="panel" aria-labelledby="recon-list-title">
              <h2 className="panel-title" id="recon-list-title">
                Mismatches ({value.mismatches.length})
              </h2>
              <MismatchList thread={value} selected={selected} onSelect={(id) => navigate(threadHash(threadKey, id), { replace: true })} />
            </section>
            {detail ? <MismatchPanel detail={detail} members={value.members.map((member) => member.ref)} onAct={onAct} /> : selected ? <Skeleton width="100%" /> : null}
            <section className="panel" aria-labelledby="recon-members-title">
              <h2 className="panel-title" id="recon-members-title">
                Sources ({value.members.length})
              </h2>
              <MemberList thread={value} />
            </section>
          </div>
          {typeof document !== 'undefined' && createPortal(<PrintSummary thread={value} details={detail ? [detail] : []} />, document.body)}
        </>
      )}
      {dialog && (
        <ReviewDialog
          kind={dialog}
          count={1}
          onClose={() => setDialog(null)}
          onSubmit={(change) => {
            setDialog(null);
            void act(change);
          }}
        />
      )}
    </div>
  );
}
