import { useEffect, useState } from 'react';
import { formatDateTime } from '../../components/documents/format.js';
import { useServices } from '../../services.js';
import { documentHash } from './documents-route.js';
import type { DocumentDetail } from './use-document.js';

type Ack =
  | { kind: 'outbound'; status: string; dueAt: string; acknowledgedAt: string | null; ackDocumentId: number | null; own: { status: string; codes: string[] } | undefined }
  | { kind: 'inbound'; outcome: string; fileName: string; writtenAt: string | null; state: string };

/** Groups searched for the document's own: the partner's newest ones (acks.* lists per partner, newest first). */
const SEARCH = 1000;

const STATUS_WORDS: Record<string, string> = {
  pending: 'waiting for the partner’s acknowledgment',
  overdue: 'overdue: no acknowledgment yet',
  accepted: 'accepted by the partner',
  'accepted-with-errors': 'accepted with errors by the partner',
  rejected: 'rejected by the partner',
};

/**
 * The acknowledgment of the document's group: for what we sent, what the partner's 997/999/CONTRL said (or that it
 * is pending or overdue); for what we received, the ack we wrote back. Absent when the ack methods are not there.
 */
export function AckStatus({ detail }: { detail: DocumentDetail }) {
  const { client } = useServices();
  const [found, setFound] = useState<{ groupId: number; ack: Ack } | null>(null);
  const row = detail.document;
  const groupId = detail.envelope.group.id;
  useEffect(() => {
    let current = true;
    if (row.partnerId === null) return;
    const setAck = (ack: Ack) => setFound({ groupId, ack });
    if (row.direction === 'outbound') {
      void client.call('acks.status', { partnerId: row.partnerId, limit: SEARCH }).then((result) => {
        const group = result.ok ? result.value.items.find((item) => item.groupId === groupId) : undefined;
        if (current && group) {
          const own = group.transactions.find((transaction) => transaction.controlNumber === row.controlNumber);
          setAck({ kind: 'outbound', status: group.status, dueAt: group.dueAt, acknowledgedAt: group.acknowledgedAt, ackDocumentId: group.ackDocumentId, own: own && { status: own.status, codes: own.codes } });
        }
      });
    } else {
      void client.call('acks.sent', { partnerId: row.partnerId, limit: SEARCH }).then((result) => {
        const sent = result.ok ? result.value.items.find((item) => item.groupId === groupId) : undefined;
        if (current && sent) setAck({ kind: 'inbound', outcome: sent.outcome, fileName: sent.fileName, writtenAt: sent.writtenAt, state: sent.status });
      });
    }
    return () => {
      current = false;
    };
  }, [client, row.partnerId, row.direction, row.controlNumber, groupId]);

  const ack = found && found.groupId === groupId ? found.ack : null;
  if (!ack) return null;
  if (ack.kind === 'inbound') {
    return (
      <p className="ack-status" data-testid="ack-status">
        <strong>Acknowledgment</strong> we sent: {ack.outcome}
        {ack.state === 'written' ? ` · written to outbox as ${ack.fileName}` : ` · ${ack.state}`}
        {ack.writtenAt ? ` · ${formatDateTime(ack.writtenAt)}` : ''}
      </p>
    );
  }
  return (
    <p className={`ack-status ack-status-${ack.status}`} data-testid="ack-status">
      <strong>Acknowledgment</strong>: {STATUS_WORDS[ack.status] ?? ack.status}
      {ack.status === 'pending' && ` (due ${formatDateTime(ack.dueAt)})`}
      {ack.acknowledgedAt && ` · ${formatDateTime(ack.acknowledgedAt)}`}
      {ack.own && ack.own.status !== ack.status && ` · this set: ${ack.own.status}${ack.own.codes.length ? ` (${ack.own.codes.join(', ')})` : ''}`}
      {ack.ackDocumentId !== null && (
        <>
          {' · '}
          <a href={documentHash(ack.ackDocumentId)}>open the ack</a>
        </>
      )}
    </p>
  );
}
