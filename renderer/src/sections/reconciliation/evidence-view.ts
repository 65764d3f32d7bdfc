/**
 * How a piece of evidence or a thread member reads and where it leads: an EDI document opens in Documents at its
 * bytes, a record from another system names its connector and id, a fact is its label. Pure, for tests.
 */
import type { ComparisonCell, Evidence, ThreadMemberRef } from './recon-types.js';

export interface EvidenceLink {
  text: string;
  /** where a click goes (Documents), when anywhere */
  href: string | null;
  detail: string | null;
}

/** `#/documents/12?byte=340&end=900`: Documents opens the document with those bytes of its file highlighted and in view. */
export function documentHref(documentId: number, byteStart?: number, byteEnd?: number): string {
  if (byteStart === undefined) return `#/documents/${documentId}`;
  return `#/documents/${documentId}?byte=${byteStart}${byteEnd !== undefined && byteEnd > byteStart ? `&end=${byteEnd}` : ''}`;
}

export function memberRefLink(ref: ThreadMemberRef): EvidenceLink {
  switch (ref.kind) {
    case 'document':
      return { text: `Document ${ref.documentId}`, href: documentHref(ref.documentId, ref.byteStart, ref.byteEnd), detail: `file ${ref.fileId} · bytes ${ref.byteStart.toLocaleString()}–${ref.byteEnd.toLocaleString()}` };
    case 'record':
      return { text: `${ref.connector} · ${ref.stream}`, href: null, detail: `record ${ref.externalId}` };
    default:
      return { text: ref.label, href: null, detail: null };
  }
}

/**
 * An EDI source names its file and bytes but not always its document (the engine sees canonical documents); the
 * thread's members know which stored document holds those bytes.
 */
function documentHolding(members: readonly ThreadMemberRef[], fileId: number | undefined, byteStart: number): number | undefined {
  if (fileId === undefined) return undefined;
  const holder = members.find((ref) => ref.kind === 'document' && ref.fileId === fileId && ref.byteStart <= byteStart && byteStart < Math.max(ref.byteEnd, ref.byteStart + 1));
  return holder?.kind === 'document' ? holder.documentId : undefined;
}

export function evidenceLink(evidence: Evidence, members: readonly ThreadMemberRef[] = []): EvidenceLink {
  const source = evidence.source;
  switch (source.kind) {
    case 'edi': {
      const where = `${source.standard.toUpperCase()} ${source.type} #${source.controlNumber} · bytes ${source.byteStart.toLocaleString()}–${source.byteEnd.toLocaleString()}`;
      const documentId = source.documentId ?? documentHolding(members, source.fileId, source.byteStart);
      return { text: evidence.label, href: documentId === undefined ? null : documentHref(documentId, source.byteStart, source.byteEnd), detail: source.fileId === undefined ? where : `file ${source.fileId} · ${where}` };
    }
    case 'connector':
      return { text: evidence.label, href: null, detail: `${source.connector} · ${source.stream} · record ${source.recordId}` };
    case 'file':
      return { text: evidence.label, href: null, detail: source.row === undefined ? source.name : `${source.name}, row ${source.row}` };
    case 'manual':
      return { text: evidence.label, href: null, detail: `entered by ${source.by}` };
    case 'ack-group':
      return { text: evidence.label, href: source.ackDocumentId === null ? null : documentHref(source.ackDocumentId), detail: `group ${source.groupId} · file ${source.fileId}` };
    case 'ledger': {
      const first = source.documentIds[0];
      return { text: evidence.label, href: first === undefined ? null : documentHref(first), detail: `documents ${source.documentIds.join(', ') || '—'}` };
    }
    default:
      return { text: evidence.label, href: null, detail: null };
  }
}

/** '40 EA @ 3.50'; a cell without a value is a dash. */
export function cellText(cell: ComparisonCell): string {
  const quantity = cell.quantity === null ? null : `${cell.quantity}${cell.uom ? ` ${cell.uom}` : ''}`;
  if (quantity && cell.price) return `${quantity} @ ${cell.price}`;
  return quantity ?? (cell.price ? `@ ${cell.price}` : '—');
}
