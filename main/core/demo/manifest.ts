/**
 * demo-manifest.json: every planted defect with the mismatch type and thread key the reconciliation must report.
 * Order defects live in the order's thread; stock, ack and control-number defects in theirs, which need the ids and
 * control numbers the ingest stored.
 */
import type Database from 'better-sqlite3';
import { PARTNERS } from './cast.js';
import { DEFECT_SPECS, type DemoManifest, type PlantedDefect } from './defects.js';
import type { DemoFile } from './files.js';
import type { DemoScenario, EdiEvent } from './model.js';
import type { PartnerRefs } from './records.js';

const ORDER_THREAD_TYPES = new Set(DEFECT_SPECS.filter((spec) => !['oversell-risk', 'ack-rejected', 'ack-overdue', 'control-number-duplicate', 'control-number-gap'].includes(spec.type)).map((spec) => spec.type));

function ackThreadKey(db: Database.Database, files: readonly DemoFile[], event: EdiEvent | undefined): string {
  const file = files.find((candidate) => candidate.event === event);
  if (!file) throw new Error('the acknowledged group has no file');
  const row = db
    .prepare('SELECT oa.partner_id, oa.interchange_control, oa.group_control, oa.group_id FROM outbound_acks oa JOIN receipts r ON r.file_id = oa.file_id WHERE r.original_name = ?')
    .get(file.name) as { partner_id: number; interchange_control: string; group_control: string; group_id: number } | undefined;
  if (!row) throw new Error(`no outbound group stored for ${file.name}`);
  return `ack:${row.partner_id}:${row.interchange_control}:${row.group_control}:${row.group_id}`;
}

export function manifestOf(db: Database.Database, scenario: DemoScenario, partners: PartnerRefs, files: readonly DemoFile[], counts: Omit<DemoManifest['counts'], 'orders'>): DemoManifest {
  const defects: PlantedDefect[] = [];
  const add = (spec: (typeof DEFECT_SPECS)[number], threadKey: string, poNumber: string | null) => {
    const partner = partners[spec.partner];
    defects.push({ id: `D${String(defects.length + 1).padStart(2, '0')}`, name: spec.name, type: spec.type, partner: partner.name, partnerId: partner.id, threadKey, poNumber, description: spec.description });
  };
  for (const spec of DEFECT_SPECS) {
    const order = scenario.orders.find((candidate) => candidate.defect === spec);
    const partnerId = partners[spec.partner].id;
    if (ORDER_THREAD_TYPES.has(spec.type)) {
      if (!order) throw new Error(`no order carries ${spec.name}`);
      add(spec, `order:${partnerId}:${order.po}`, order.po);
    } else if (spec.type === 'oversell-risk') {
      const report = scenario.inventory.filter((entry) => entry.partner.key === spec.partner).at(-1)!;
      add(spec, `stock:${report.lines[0]!.sku}`, null);
    } else if (spec.type === 'ack-rejected' || spec.type === 'ack-overdue') {
      const kind = spec.type === 'ack-overdue' || spec.partner === 'bricoland' ? 'asn' : 'invoice';
      const event = scenario.events.find((candidate) => candidate.kind === kind && candidate.order === order);
      add(spec, ackThreadKey(db, files, event), order?.po ?? null);
    } else if (spec.type === 'control-number-gap') {
      const event = scenario.events.find((candidate) => candidate.partner.key === spec.partner && candidate.skipBefore)!;
      const skipped = event.skipBefore!;
      add(spec, `control:${partnerId}:inbound:interchange:gap:${event.interchange! - skipped}-${event.interchange! - 1}`, null);
    } else if (spec.type === 'control-number-duplicate') {
      const event = scenario.events.find((candidate) => candidate.partner.key === spec.partner && candidate.reuseInterchangeOf)!;
      add(spec, `control:${partnerId}:inbound:interchange:duplicate:${String(event.interchange).padStart(9, '0')}`, null);
    }
  }
  return {
    format: 'crossdock-demo/1',
    seed: scenario.seed,
    now: scenario.now.toISOString(),
    partners: PARTNERS.map((partner) => ({ key: partner.key, id: partners[partner.key].id, name: partner.name, standard: partner.standard, version: partner.version })),
    counts: { orders: scenario.orders.length, ...counts },
    shippedToday: { day: scenario.today.day, threadKeys: scenario.today.orders.map((order) => `order:${partners[order.partner.key].id}:${order.po}`) },
    defects,
  };
}
