export type DocumentStatus = 'accepted' | 'accepted-with-errors' | 'rejected';

export const STATUS_LABELS: Record<DocumentStatus, string> = {
  accepted: 'Accepted',
  'accepted-with-errors': 'With errors',
  rejected: 'Rejected',
};

/** Status as a word with a shape, never colour alone: ✓ accepted, ! with errors, ✕ rejected. */
export function StatusBadge({ status }: { status: DocumentStatus }) {
  const mark = status === 'accepted' ? '✓' : status === 'rejected' ? '✕' : '!';
  return (
    <span className={`status-badge status-badge-${status}`} data-status={status}>
      <span className="status-badge-mark" aria-hidden="true">
        {mark}
      </span>
      {STATUS_LABELS[status]}
    </span>
  );
}

export function DirectionMark({ direction }: { direction: 'inbound' | 'outbound' }) {
  return (
    <span className={`direction-mark direction-${direction}`} title={direction === 'inbound' ? 'Inbound: sent to us' : 'Outbound: sent by us'}>
      <span aria-hidden="true">{direction === 'inbound' ? '↓' : '↑'}</span> {direction === 'inbound' ? 'In' : 'Out'}
    </span>
  );
}
