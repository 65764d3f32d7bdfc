/**
 * Matching partners' acks to our outbound groups. X12: partner + functional id + group control number (AK101/AK102
 * against GS01/GS06). EDIFACT: partner + interchange reference (UCI against UNB 0020), and the group reference
 * when the CONTRL names one (UCF against UNG 0048). The newest matching ack decides the status.
 */
import type { AckStore, MatchRow, OutboundAckRow } from './store.js';

export interface MatchKey {
  partner_id: number;
  standard: string;
  functional_id: string;
  group_control: string;
  interchange_control: string;
}

/** The outbound groups an ack with this key may answer. */
export function outboundIdsFor(store: AckStore, key: MatchKey): number[] {
  if (key.standard === 'x12') return store.outboundX12ByKey.all(key.partner_id, key.functional_id, key.group_control) as number[];
  const ids = store.outboundEdifactByKey.all(key.partner_id, key.interchange_control) as number[];
  if (key.group_control === '') return ids;
  return ids.filter((id) => (store.outboundById.get(id) as OutboundAckRow).group_control === key.group_control);
}

/** Sets each outbound group's status from its best matching ack; returns the partners whose groups changed. */
export function rematch(store: AckStore, outboundIds: Iterable<number>): { changed: number; partnerIds: Set<number> } {
  const partnerIds = new Set<number>();
  let changed = 0;
  for (const id of new Set(outboundIds)) {
    const row = store.outboundById.get(id) as OutboundAckRow | undefined;
    if (!row) continue;
    const match = (
      row.standard === 'x12'
        ? store.bestX12Match.get(row.partner_id, row.functional_id, row.group_control)
        : store.bestEdifactMatch.get(row.partner_id, row.interchange_control, row.group_control)
    ) as MatchRow | undefined;
    const next = { status: match?.status ?? 'pending', receivedId: match?.id ?? null, documentId: match?.document_id ?? null, at: match?.received_at ?? null };
    if (next.status === row.ack_status && next.receivedId === row.ack_received_id && next.documentId === row.ack_document_id) continue;
    store.setOutboundStatus.run(next.status, next.receivedId, next.documentId, next.at, id);
    if (next.status !== row.ack_status) {
      changed++;
      partnerIds.add(row.partner_id);
    }
  }
  return { changed, partnerIds };
}
