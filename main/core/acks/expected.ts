/**
 * Our outbound groups in a stored file, each waiting for the partner's 997/999/CONTRL (acks we send are not
 * acknowledged in turn, so FA groups and CONTRL-only groups wait for nothing). Re-processing a file replaces its
 * rows; an ack that arrived before the copy of our file is matched as soon as the copy is stored.
 */
import type { EdiFileResult, Group, Interchange } from '../../../parsers/index.js';
import { rematch } from './match.js';
import type { AckStore, OutboundAckRow } from './store.js';
import type { StoredInterchange } from './generate.js';

/** CCYYMMDD or YYMMDD and HHMM[SS] as UTC (envelopes carry no time zone), or null when unreadable. */
export function envelopeTime(date: string | null, time: string | null): Date | null {
  if (date === null || !/^(\d{6}|\d{8})$/.test(date)) return null;
  const full = date.length === 6 ? `20${date}` : date;
  const clock = time !== null && /^\d{4}/.test(time) ? time : '0000';
  const value = new Date(Date.UTC(Number(full.slice(0, 4)), Number(full.slice(4, 6)) - 1, Number(full.slice(6, 8)), Number(clock.slice(0, 2)), Number(clock.slice(2, 4))));
  return Number.isNaN(value.getTime()) || value.getUTCDate() !== Number(full.slice(6, 8)) ? null : value;
}

/** The earlier of the envelope's stamp and our receipt of the copy: a copy imported late was still sent on time. */
function sentAt(interchange: Interchange, group: Group, receivedAt: string): string {
  const stamped = envelopeTime(group.date, group.time) ?? envelopeTime(interchange.date, interchange.time);
  const received = new Date(receivedAt);
  return stamped !== null && stamped < received ? stamped.toISOString() : received.toISOString();
}

function awaitsAck(interchange: Interchange, group: Group): boolean {
  if (interchange.standard === 'x12') return group.explicit && group.controlNumber !== null && group.functionalId !== 'FA';
  return group.transactions.some((transaction) => transaction.type !== 'CONTRL');
}

const identity = (interchangeOrdinal: number, groupOrdinal: number) => `${interchangeOrdinal}/${groupOrdinal}`;

export function recordOutboundGroups(
  store: AckStore,
  fileId: number,
  result: EdiFileResult,
  stored: ReadonlyMap<number, StoredInterchange>,
  receivedAt: string,
): { changed: number; partnerIds: Set<number> } {
  const before = new Map<string, string>();
  for (const row of store.outboundOfFile.all(fileId) as { interchange_ordinal: number; group_ordinal: number; ack_status: string }[]) {
    before.set(identity(row.interchange_ordinal, row.group_ordinal), row.ack_status);
  }
  store.deleteOutboundOfFile.run(fileId);
  const inserted: { id: number; key: string }[] = [];
  result.interchanges.forEach((interchange, interchangeOrdinal) => {
    const envelope = stored.get(interchangeOrdinal);
    if (!envelope || envelope.direction !== 'outbound') return;
    interchange.groups.forEach((group, groupOrdinal) => {
      const groupId = envelope.groupIds[groupOrdinal];
      if (groupId === undefined || !awaitsAck(interchange, group)) return;
      const id = Number(
        store.insertOutbound.run({
          fileId,
          interchangeOrdinal,
          groupOrdinal,
          groupId,
          partnerId: envelope.partnerId,
          standard: interchange.standard,
          functionalId: group.functionalId ?? '',
          groupControl: group.explicit ? (group.controlNumber ?? '') : '',
          interchangeControl: interchange.controlNumber,
          transactionCount: group.transactions.length,
          sentAt: sentAt(interchange, group, receivedAt),
        }).lastInsertRowid,
      );
      inserted.push({ id, key: identity(interchangeOrdinal, groupOrdinal) });
    });
  });
  rematch(store, inserted.map((row) => row.id));
  const partnerIds = new Set<number>();
  let changed = 0;
  for (const row of inserted) {
    const now = store.outboundById.get(row.id) as OutboundAckRow;
    if (before.get(row.key) === now.ack_status) continue;
    changed++;
    partnerIds.add(now.partner_id);
  }
  return { changed, partnerIds };
}
