/**
 * Partners' 997/999/CONTRL in a stored file: each response is recorded (replacing what an earlier processing of the
 * same file recorded) and the outbound groups it may answer are matched again. The ingest parse keeps no segments,
 * so files holding acks are read once more, envelopes only, keeping the ack transactions' segments.
 */
import { parseEdi, type Segment } from '../../../parsers/index.js';
import { outboundIdsFor, rematch, type MatchKey } from './match.js';
import { readContrl, readFunctionalAck } from './read-response.js';
import type { AckStore } from './store.js';

interface AckDocumentRow {
  id: number;
  byte_start: number;
  partner_id: number;
  type: '997' | '999' | 'CONTRL';
}

function ackSegments(bytes: Uint8Array, starts: Set<number>): Map<number, Segment[]> {
  const segments = new Map<number, Segment[]>();
  parseEdi(bytes, {
    validate: 'envelope',
    keepSegments: false,
    segmentsForCallback: true,
    onTransaction: (transaction) => {
      if (starts.has(transaction.range.start)) segments.set(transaction.range.start, transaction.segments ?? []);
    },
  });
  return segments;
}

export function recordReceivedAcks(store: AckStore, fileId: number, bytes: Uint8Array, receivedAt: string): { changed: number; partnerIds: Set<number> } {
  const keys = store.receivedKeysOfFile.all(fileId) as MatchKey[];
  store.deleteReceivedOfFile.run(fileId);
  const documents = store.ackDocuments.all(fileId) as AckDocumentRow[];
  if (documents.length > 0) {
    const segments = ackSegments(bytes, new Set(documents.map((document) => document.byte_start)));
    for (const document of documents) {
      const found = segments.get(document.byte_start) ?? [];
      const responses = document.type === 'CONTRL' ? readContrl(found) : readFunctionalAck(document.type, found);
      for (const response of responses) {
        const key: MatchKey = {
          partner_id: document.partner_id,
          standard: document.type === 'CONTRL' ? 'edifact' : 'x12',
          functional_id: response.functionalId,
          group_control: response.groupControl,
          interchange_control: response.interchangeControl,
        };
        store.insertReceived.run({
          fileId,
          documentId: document.id,
          partnerId: key.partner_id,
          standard: key.standard,
          kind: response.kind,
          functionalId: key.functional_id,
          groupControl: key.group_control,
          interchangeControl: key.interchange_control,
          status: response.status,
          transactionsJson: JSON.stringify(response.transactions),
          receivedAt,
        });
        keys.push(key);
      }
    }
  }
  return rematch(store, keys.flatMap((key) => outboundIdsFor(store, key)));
}
