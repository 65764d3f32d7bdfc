import { formatDateTime } from '../../components/documents/format.js';
import { cellText, evidenceLink, memberRefLink } from './evidence-view.js';
import { COLUMN_LABELS, reasonLabel, STEP_LABELS } from './labels.js';
import type { Evidence, MismatchEvent, ThreadDetail, ThreadMemberRef } from './recon-types.js';

const STEP_STATUS_WORDS: Record<string, string> = { ok: 'OK', mismatch: 'Mismatch', pending: 'Pending', late: 'Late', missing: 'Missing', 'not-applicable': 'n/a' };

/** The order's life, step by step, each with its status and the time of its first document. */
export function Timeline({ thread }: { thread: ThreadDetail }) {
  return (
    <ol className="recon-timeline" aria-label="Timeline" data-testid="recon-timeline">
      {thread.timeline.map((step) => (
        <li key={step.step} className={`recon-step recon-step-${step.status}`} data-testid="recon-step" data-step={step.step} data-status={step.status}>
          <span className="recon-step-dot" aria-hidden="true" />
          <span className="recon-step-name">{STEP_LABELS[step.step] ?? step.step}</span>
          <span className="recon-step-status">{STEP_STATUS_WORDS[step.status] ?? step.status}</span>
          <span className="recon-step-at">{step.at ? formatDateTime(step.at) : '—'}</span>
        </li>
      ))}
    </ol>
  );
}

/** Lines side by side across sources; a cell that disagrees with the order is highlighted, and named for screen readers. */
export function ComparisonTable({ thread, highlight }: { thread: ThreadDetail; highlight: string | null }) {
  if (thread.comparison.length === 0) return <p className="recon-muted">This thread has no lines to compare.</p>;
  return (
    <div className="recon-table-box">
      <table className="recon-compare" data-testid="recon-comparison">
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Product</th>
            {thread.columns.map((column) => (
              <th key={column} scope="col">
                {COLUMN_LABELS[column] ?? column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {thread.comparison.map((row) => (
            <tr key={row.lineKey} data-testid="recon-compare-row" data-line={row.lineKey} className={highlight && row.mismatchIds.includes(highlight) ? 'recon-compare-focus' : undefined}>
              <th scope="row">{row.lineKey.replace(/^line:/, '')}</th>
              <td>{row.product}</td>
              {thread.columns.map((column) => {
                const cells = row.cells[column] ?? [];
                const differs = row.differs.includes(column);
                return (
                  <td key={column} className={differs ? 'recon-differs' : undefined} data-testid={differs ? 'recon-differs' : undefined} data-column={column}>
                    {cells.length === 0 ? <span className="recon-muted">—</span> : cells.map((cell, index) => <div key={index}>{cellText(cell)}</div>)}
                    {differs && <span className="visually-hidden"> (differs from the order)</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function EvidenceList({ evidence, members = [] }: { evidence: Evidence[]; members?: readonly ThreadMemberRef[] }) {
  if (evidence.length === 0) return <p className="recon-muted">No evidence recorded.</p>;
  return (
    <ul className="recon-evidence" data-testid="recon-evidence">
      {evidence.map((item, index) => {
        const link = evidenceLink(item, members);
        return (
          <li key={index}>
            {link.href ? (
              <a href={link.href} data-testid="recon-evidence-link">
                {link.text}
              </a>
            ) : (
              <span>{link.text}</span>
            )}
            {link.detail && <span className="recon-muted"> · {link.detail}</span>}
          </li>
        );
      })}
    </ul>
  );
}

export function MemberList({ thread }: { thread: ThreadDetail }) {
  return (
    <table className="recon-members" data-testid="recon-members">
      <thead>
        <tr>
          <th scope="col">Source</th>
          <th scope="col">Document</th>
          <th scope="col">When</th>
          <th scope="col">Where</th>
        </tr>
      </thead>
      <tbody>
        {thread.members.map((member, index) => {
          const link = memberRefLink(member.ref);
          return (
            <tr key={index}>
              <td className="recon-side">{member.side === 'partner' ? 'Partner' : member.side.toUpperCase()}</td>
              <td>{member.label}</td>
              <td>{member.at ? formatDateTime(member.at) : '—'}</td>
              <td>
                {link.href ? (
                  <a href={link.href} data-testid="recon-member-link">
                    {link.text}
                  </a>
                ) : (
                  link.text
                )}
                {link.detail && <span className="recon-muted"> · {link.detail}</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

const ACTION_WORDS: Record<MismatchEvent['action'], string> = {
  found: 'Found',
  assigned: 'Assigned',
  resolved: 'Resolved',
  accepted: 'Accepted as variance',
  reopened: 'Re-opened',
  cleared: 'Cleared',
  noted: 'Note',
  changed: 'Changed',
};

function eventDetail(event: MismatchEvent): string {
  const { detail } = event;
  return [
    detail.assignee && `to ${detail.assignee}`,
    detail.reason && reasonLabel(detail.reason),
    detail.why,
    detail.expected !== undefined && detail.actual !== undefined && `expected ${detail.expected}, actual ${detail.actual}`,
    detail.note && `“${detail.note}”`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Every change to the mismatch: who, when, what. */
export function AuditTrail({ events }: { events: MismatchEvent[] }) {
  return (
    <ol className="recon-audit" data-testid="recon-audit">
      {events.map((event) => (
        <li key={event.id} data-testid="recon-audit-event" data-action={event.action}>
          <span className="recon-audit-at">{formatDateTime(event.at)}</span>
          <span className="recon-audit-action">{ACTION_WORDS[event.action] ?? event.action}</span>
          <span className="recon-audit-actor">{event.actor}</span>
          <span className="recon-audit-detail">{eventDetail(event)}</span>
        </li>
      ))}
    </ol>
  );
}
