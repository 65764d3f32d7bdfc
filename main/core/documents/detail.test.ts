import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEdi } from '../../../parsers/index.js';
import type { DocumentDetail, HierarchyView, LoopView } from '../api/types-documents.js';
import { readRange, rereadTransaction } from './reread.js';
import { filledWorkspace, fixtureBytes, type TestWorkspace } from './test-workspace.js';

let workspace: TestWorkspace;
beforeAll(() => {
  workspace = filledWorkspace(0);
});
afterAll(() => workspace.cleanup());

async function detailOf(poOrReference: string): Promise<DocumentDetail> {
  const page = await workspace.core.invoke('documents.list', { filter: { text: poOrReference } });
  if (!page.ok) throw new Error(page.error.message);
  const row = page.value.rows.find((candidate) => candidate.poNumber === poOrReference || candidate.reference === poOrReference);
  if (!row) throw new Error(`no document ${poOrReference}`);
  const detail = await workspace.core.invoke('documents.get', { id: row.id });
  if (!detail.ok) throw new Error(detail.error.message);
  return detail.value;
}

/** The fixture's own segments, split by hand, to compare the re-read against. */
function segmentsOfFixture(name: string, from: string, to: string): string[] {
  const text = fixtureBytes(name).toString('latin1');
  const segments = text.split(/~\r?\n?|'\n?/).filter((segment) => segment.length > 0);
  return segments.slice(segments.findIndex((segment) => segment.startsWith(from)), segments.findIndex((segment) => segment.startsWith(to)) + 1);
}

describe('documents.get', () => {
  it('re-reads the 856 segments from the archived original with their names, and its HL tree', async () => {
    const detail = await detailOf('ASN-77120');
    expect(detail.rereadError).toBeNull();
    const expected = segmentsOfFixture('asn-856.x12', 'ST*', 'SE*');
    expect(detail.segments.map((segment) => segment.tag)).toEqual(expected.map((segment) => segment.split('*')[0]));
    // Each segment's raw offset points at its own text in the raw view.
    for (const [index, segment] of detail.segments.entries()) {
      expect(detail.raw.text.slice(segment.rawOffset, segment.rawOffset + expected[index]!.length)).toBe(expected[index]);
    }
    expect(detail.segmentNames.BSN?.name).toMatch(/Beginning Segment for Ship Notice/);
    const bsn = detail.segments[1]!;
    expect(bsn.elements[1]).toMatchObject({ position: 2, value: 'ASN-77120', ref: '396', name: 'Shipment Identification' });
    expect(bsn.elements[0]?.codeName).toBeTruthy();
    const levels = (nodes: HierarchyView[]): string => nodes.map((node) => `${node.level}${node.children.length ? `(${levels(node.children)})` : ''}`).join(' ');
    expect(levels(detail.hierarchy ?? [])).toBe('S(O(P(I I) P(I)))');
    expect(detail.hierarchy?.[0]?.levelName).toBe('Shipment');
    const hl = detail.hierarchy![0]!;
    expect(detail.segments[hl.segment]?.tag).toBe('HL');
    expect(detail.tree?.name).toBe('Ship Notice/Manifest');
    const loops = (view: LoopView): string[] => view.items.flatMap((item) => (item.kind === 'loop' ? [item.loop.id, ...loops(item.loop)] : []));
    expect(loops(detail.tree!)).toContain('HL');
  });

  it('places the SE01 problem at its byte in the raw text and in the SE segment', async () => {
    const detail = await detailOf('PO-55813');
    expect(detail.document.status).toBe('rejected');
    const problem = detail.problems.find((candidate) => candidate.code === 'transaction-count-mismatch');
    expect(problem).toBeDefined();
    expect(problem!.rawOffset).not.toBeNull();
    expect(detail.raw.text.slice(problem!.rawOffset! - 3, problem!.rawOffset! + 1)).toBe('SE*9');
    expect(detail.segments[problem!.segmentIndex!]?.tag).toBe('SE');
    expect(detail.segments[problem!.segmentIndex!]?.problems).toContain(detail.problems.indexOf(problem!));
    // The raw text is exactly the transaction's bytes in the archive.
    const file = fixtureBytes('po-850-bad-se01.x12');
    expect(detail.raw.text).toBe(file.subarray(detail.raw.byteStart, detail.raw.byteEnd).toString('latin1'));
    expect(detail.raw.text.startsWith('ST*850*0001')).toBe(true);
  });

  it('points an element problem at the bad value of the second transaction of a file', async () => {
    const detail = await detailOf('PO-55812');
    const problem = detail.problems.find((candidate) => candidate.code === 'element-invalid-date')!;
    expect(detail.raw.text.slice(problem.rawOffset!, problem.rawOffset! + 8)).toBe('20261399');
    expect(detail.segments[problem.segmentIndex!]?.tag).toBe('BEG');
    expect(detail.raw.byteStart).toBeGreaterThan(0);
  });

  it('summarises the envelopes, the file and its receipts (a second delivery is flagged duplicate)', async () => {
    const again = await workspace.core.invoke('ingest.upload', { files: [{ name: 'copy-of-invoice.x12', contentBase64: fixtureBytes('invoice-810.x12').toString('base64') }] });
    expect(again.ok).toBe(true);
    await new Promise<void>((resolve) => workspace.core.on('ingest.finished', () => resolve()));
    const detail = await detailOf('INV-30091');
    expect(detail.envelope.interchange).toMatchObject({ controlNumber: '000004712', sender: { qualifier: 'ZZ', id: 'LAKESIDEWHSE' }, version: '00401', standard: 'x12' });
    expect(detail.envelope.interchange.delimiters).toMatchObject({ element: '*', segment: '~', component: '>' });
    expect(detail.envelope.group).toMatchObject({ functionalId: 'IN', controlNumber: '4712', transactionCount: 1 });
    expect(detail.file.names).toEqual(['invoice-810.x12', 'copy-of-invoice.x12']);
    expect(detail.file.receipts.map((receipt) => receipt.duplicate)).toEqual([false, true]);
    expect(detail.spec).toMatchObject({ name: 'Invoice' });
  });

  it('reads EDIFACT too, with composite components named', async () => {
    const detail = await detailOf('PO-88120');
    expect(detail.document.type).toBe('ORDERS');
    const nad = detail.segments.find((segment) => segment.tag === 'NAD')!;
    expect(nad.elements[1]?.components?.[0]).toMatchObject({ value: '4012345000009', name: 'Party identifier' });
  });

  it('gives the same segments when only the envelope headers and the transaction are parsed (large interchanges)', () => {
    const bytes = fixtureBytes('orders-850-two.x12');
    const parsed = parseEdi(bytes);
    const interchange = parsed.interchanges[0]!;
    const group = interchange.groups[0]!;
    const second = group.transactions[1]!;
    const request = {
      interchange: interchange.range,
      firstGroupStart: group.range.start,
      group: group.range,
      groupFirstTransactionStart: group.transactions[0]!.range.start,
      transaction: second.range,
      type: '850',
      controlNumber: '0002',
    };
    const db = workspace.core.context.workspace.db;
    const archivePath = db.prepare("SELECT f.archive_path FROM files f JOIN receipts r ON r.file_id = f.id WHERE r.original_name = 'orders-850-two.x12'").pluck().get() as string;
    const path = `${workspace.core.context.workspace.folders.archive}/${archivePath}`;
    const whole = rereadTransaction({ path, ...request });
    const spliced = rereadTransaction({ path, ...request }, 0);
    expect(whole?.method).toBe('whole');
    expect(spliced?.method).toBe('envelope-and-transaction');
    const shape = (segments: { tag: string; offset: number; end: number }[] | undefined) => segments?.map((segment) => `${segment.tag}@${segment.offset}-${segment.end}`);
    expect(shape(spliced?.transaction.segments)).toEqual(shape(whole?.transaction.segments));
    expect(shape(whole?.transaction.segments)).toEqual(shape(second.segments));
    expect(readRange(path, second.range).toString('latin1').startsWith('ST*850*0002')).toBe(true);
  });

  it('answers not-found for an unknown id and rejects malformed input', async () => {
    expect(await workspace.core.invoke('documents.get', { id: 999_999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await workspace.core.call('documents.get', { id: 'one' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await workspace.core.call('documents.list', { limit: 501 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await workspace.core.call('documents.list', { filter: { color: 'red' } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('files and originals', () => {
  it('lists the quarantined text file with its reason, and gives back the original bytes', async () => {
    const files = await workspace.core.invoke('files.list', { state: 'quarantined' });
    if (!files.ok) throw new Error(files.error.message);
    expect(files.value.total).toBe(1);
    expect(files.value.rows[0]).toMatchObject({ name: 'delivery-note.txt', state: 'quarantined', documents: 0 });
    expect(files.value.rows[0]?.reason).toMatch(/not an EDI file/i);
    const original = await workspace.core.invoke('documents.original', { fileId: files.value.rows[0]!.id });
    if (!original.ok) throw new Error(original.error.message);
    expect(Buffer.from(original.value.contentBase64, 'base64').equals(fixtureBytes('delivery-note.txt'))).toBe(true);
    const all = await workspace.core.invoke('files.list', {});
    expect(all.ok && all.value.total).toBeGreaterThanOrEqual(6);
  });

  it('counts facets per partner, type and status', async () => {
    const facets = await workspace.core.invoke('documents.facets', {});
    if (!facets.ok) throw new Error(facets.error.message);
    expect(facets.value.statuses).toMatchObject({ rejected: 2 });
    expect(facets.value.types.find((type) => type.type === '850')).toMatchObject({ documents: 3, name: 'Purchase Order' });
    expect(facets.value.partners.map((partner) => partner.name)).toEqual(expect.arrayContaining(['ORCHARDMKT', 'LAKESIDEWHSE']));
  });
});
