/**
 * Synthetic document rows for the Documents query benchmark, written straight into a migrated workspace with SQL
 * (one transaction, prepared statements). The spread is deliberately uneven, the way real workspaces are: a few
 * partners send most documents, partners join and leave over two years, types go one way (850 in, 856 out), some
 * partners send far more broken files than others, and control numbers restart per interchange.
 */
import type Database from 'better-sqlite3';

export interface SyntheticOptions {
  documents: number;
  partners: number;
  documentsPerFile: number;
  seed: number;
  /** commit each file on its own, as ingest does (default: one transaction for everything, the fastest fill) */
  transactionPerFile?: boolean;
}

/** Small deterministic generator (mulberry32), so every run measures the same rows. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['Acme', 'Northwind', 'Harbor', 'Summit', 'Blue', 'Cedar', 'Pioneer', 'Metro', 'Granite', 'Sterling', 'Evergreen', 'Atlas', 'Beacon', 'Coastal', 'Delta', 'Frontier', 'Keystone', 'Liberty', 'Orchard', 'Prairie'];
const SUFFIXES = ['Foods', 'Retail', 'Supply', 'Distribution', 'Markets', 'Wholesale', 'Hardware', 'Pharmacy', 'Outfitters', 'Grocers'];

interface PartnerPlan {
  id: number;
  weight: number;
  /** the part of the two years it was active in, as fractions */
  activeFrom: number;
  activeTo: number;
  types: { type: string; direction: 'inbound' | 'outbound'; weight: number }[];
  rejectRate: number;
  warnRate: number;
  poPrefix: string;
}

const INBOUND = ['850', '860', '997', '945', '180'];
const OUTBOUND = ['855', '856', '810', '846', '940', '997'];

function planPartners(options: SyntheticOptions, next: () => number): PartnerPlan[] {
  return Array.from({ length: options.partners }, (_, index) => {
    const onlyInbound = index % 7 === 3;
    const inbound = INBOUND.filter(() => next() < 0.6);
    const outbound = onlyInbound ? [] : OUTBOUND.filter(() => next() < 0.6);
    const types = [
      ...(inbound.length > 0 ? inbound : ['850']).map((type) => ({ type, direction: 'inbound' as const, weight: type === '850' ? 5 : 1 })),
      ...outbound.map((type) => ({ type, direction: 'outbound' as const, weight: type === '856' || type === '810' ? 4 : 1 })),
    ];
    const start = index % 5 === 0 ? 0.6 + next() * 0.35 : next() * 0.3;
    const end = index % 11 === 0 ? start + (1 - start) * next() * 0.5 : 1;
    return {
      id: index + 1,
      weight: 1 / (index + 1),
      activeFrom: start,
      activeTo: Math.max(end, start + 0.02),
      types,
      rejectRate: index % 13 === 0 ? 0.3 : 0.01,
      warnRate: 0.05,
      poPrefix: ['PO', 'A', '45', 'ORD-'][index % 4]!,
    };
  });
}

function pickWeighted<T extends { weight: number }>(items: T[], total: number, value: number): T {
  let remaining = value * total;
  for (const item of items) {
    remaining -= item.weight;
    if (remaining <= 0) return item;
  }
  return items[items.length - 1]!;
}

const START = Date.parse('2025-01-01T00:00:00Z');
const SPAN = 2 * 365 * 24 * 3600 * 1000;

/** Fills an empty migrated workspace database; returns how many documents it wrote. */
export function fillSyntheticDocuments(db: Database.Database, options: SyntheticOptions): number {
  const next = random(options.seed);
  const partners = planPartners(options, next);
  const partnerWeight = partners.reduce((sum, partner) => sum + partner.weight, 0);
  const files = Math.ceil(options.documents / options.documentsPerFile);
  const insertPartner = db.prepare('INSERT INTO partners (id, name, created_at) VALUES (?, ?, ?)');
  const insertFile = db.prepare(`INSERT INTO files (id, sha256, size, archive_path, first_received_at, state, standard, verdict, parsed_at, parser_version) VALUES (?, ?, ?, ?, ?, 'parsed', 'x12', ?, ?, 1)`);
  const insertReceipt = db.prepare(`INSERT INTO receipts (file_id, received_at, source, original_name, delivery_key) VALUES (?, ?, 'inbox', ?, ?)`);
  const insertInterchange = db.prepare(`INSERT INTO interchanges (id, file_id, ordinal, standard, partner_id, direction, sender_qualifier, sender_id, receiver_qualifier, receiver_id, control_number, version, delimiters_json, byte_start, byte_end) VALUES (?, ?, 0, 'x12', ?, ?, 'ZZ', ?, 'ZZ', 'US', ?, '00401', '{}', 0, ?)`);
  const insertGroup = db.prepare(`INSERT INTO groups (id, interchange_id, ordinal, functional_id, control_number, version, explicit, status, transaction_count, byte_start, byte_end) VALUES (?, ?, 0, 'PO', ?, '004010', 1, 'accepted', ?, 0, ?)`);
  const insertDocument = db.prepare(`INSERT INTO documents (file_id, interchange_id, group_id, ordinal, partner_id, direction, standard, type, version, control_number, status, error_count, warning_count, problems_json, segment_count, byte_start, byte_end, received_at, po_number, reference, document_date, amount)
    VALUES (?, ?, ?, ?, ?, ?, 'x12', ?, '004010', ?, ?, ?, ?, ?, 20, ?, ?, ?, ?, ?, ?, ?)`);
  const brokenProblems = JSON.stringify([{ severity: 'error', code: 'transaction-count-mismatch', message: 'SE01 says 99 segments but the transaction has 20.', level: 'transaction', position: { offset: 10, line: 1, column: 11 } }]);

  let written = 0;
  const writeFile = (file: number) => {
    // Files arrive in time order; which partner sent it depends on who was active then.
    const moment = file / files;
    let partner = pickWeighted(partners, partnerWeight, next());
    for (let tries = 0; tries < 20 && (moment < partner.activeFrom || moment > partner.activeTo); tries++) partner = pickWeighted(partners, partnerWeight, next());
    const kind = pickWeighted(partner.types, partner.types.reduce((sum, item) => sum + item.weight, 0), next());
    const receivedAt = new Date(START + moment * SPAN + Math.floor(next() * 60_000)).toISOString();
    const control = String(100_000 + file).padStart(9, '0');
    const count = Math.min(options.documentsPerFile, options.documents - written);
    insertFile.run(file, `${file.toString(16).padStart(64, '0')}`, 2000 * count, `xx/${file}`, receivedAt, 'ok', receivedAt);
    insertReceipt.run(file, receivedAt, `${kind.type}_${partner.id}_${file}.x12`, `bench-${file}`);
    insertInterchange.run(file, file, partner.id, kind.direction, `P${partner.id}`, control, 2000 * count);
    insertGroup.run(file, file, String(file), count, 2000 * count);
    for (let ordinal = 0; ordinal < count; ordinal++) {
      const roll = next();
      const status = roll < partner.rejectRate ? 'rejected' : roll < partner.rejectRate + partner.warnRate ? 'accepted-with-errors' : 'accepted';
      const errors = status === 'accepted' ? 0 : 1;
      const po = `${partner.poPrefix}${String(Math.floor(next() * 10_000_000)).padStart(7, '0')}`;
      const reference = kind.type === '856' ? `ASN${file}${ordinal}` : kind.type === '810' ? `INV${file}-${ordinal}` : null;
      insertDocument.run(
        file, file, file, ordinal, partner.id, kind.direction, kind.type, String(ordinal + 1).padStart(4, '0'), status, errors, 0,
        errors > 0 ? brokenProblems : '[]', 2000 * ordinal, 2000 * (ordinal + 1), receivedAt, po, reference, receivedAt.slice(0, 10).replaceAll('-', ''),
        kind.type === '810' ? (next() * 10_000).toFixed(2) : null,
      );
      written++;
    }
  };
  db.transaction(() => {
    for (const partner of partners) {
      const name = `${WORDS[Math.floor(next() * WORDS.length)]} ${SUFFIXES[Math.floor(next() * SUFFIXES.length)]} ${partner.id}`;
      insertPartner.run(partner.id, name, new Date(START).toISOString());
    }
  })();
  const eachFile = options.transactionPerFile ? db.transaction(writeFile) : writeFile;
  const all = () => {
    for (let file = 1; file <= files && written < options.documents; file++) eachFile(file);
  };
  if (options.transactionPerFile) all();
  else db.transaction(all)();
  return written;
}
