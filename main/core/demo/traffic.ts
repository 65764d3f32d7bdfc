/**
 * The EDI traffic of a scenario in time order: orders and returns from the partners, our acks, ASNs, invoices and
 * inventory advice, the partners' functional acks of our groups, and envelope control numbers in sequence per
 * partner and direction, with the two control-number defects planted (a skipped pair, a reused number).
 */
import type { DemoPartner } from './cast.js';
import { HOUR, type AckOutcome, type DemoScenario, type EdiEvent, type randomSource } from './model.js';

const BASES: Record<string, number> = {
  'summit:inbound': 4100,
  'summit:outbound': 1200,
  'freshway:inbound': 52000,
  'freshway:outbound': 2200,
  'bricoland:inbound': 7000,
  'bricoland:outbound': 3300,
};

const KIND_ORDER = ['order', 'return', 'order-ack', 'asn', 'invoice', 'inventory', 'functional-ack'];

function byTime(a: EdiEvent, b: EdiEvent): number {
  return a.at.getTime() - b.at.getTime() || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.partner.key.localeCompare(b.partner.key);
}

function outcomeFor(defectName: string | undefined, kind: 'order-ack' | 'asn' | 'invoice', partner: DemoPartner): AckOutcome {
  if (defectName === 'no-functional-ack' && kind === 'asn') return 'none';
  if (defectName === 'group-rejected' && kind === (partner.standard === 'x12' ? 'invoice' : 'asn')) return 'rejected';
  return 'accepted';
}

export function eventsOf(scenario: DemoScenario, random: ReturnType<typeof randomSource>): EdiEvent[] {
  const events: EdiEvent[] = [];
  for (const order of scenario.orders) {
    const partner = order.partner;
    const defect = order.defect?.name;
    if (order.ediOrder) events.push({ kind: 'order', at: order.orderedAt, partner, direction: 'inbound', order });
    if (order.ack) events.push({ kind: 'order-ack', at: order.ack.at, partner, direction: 'outbound', order, ackOutcome: outcomeFor(defect, 'order-ack', partner) });
    if (order.asn) events.push({ kind: 'asn', at: order.asn.at, partner, direction: 'outbound', order, ackOutcome: outcomeFor(defect, 'asn', partner) });
    if (order.invoice) events.push({ kind: 'invoice', at: order.invoice.at, partner, direction: 'outbound', order, ackOutcome: outcomeFor(defect, 'invoice', partner) });
  }
  for (const ret of scenario.returns) {
    if (ret.announced) events.push({ kind: 'return', at: new Date(ret.receivedAt.getTime() - 20 * HOUR), partner: ret.order.partner, direction: 'inbound', ret });
  }
  for (const report of scenario.inventory) events.push({ kind: 'inventory', at: new Date(report.asOf.getTime() + 10 * 60_000), partner: report.partner, direction: 'outbound', report, ackOutcome: 'accepted' });
  events.sort(byTime);

  const acks: EdiEvent[] = [];
  for (const event of events) {
    if (event.direction !== 'outbound' || !('ackOutcome' in event) || event.ackOutcome === 'none') continue;
    const at = new Date(event.at.getTime() + random.int(20, 200) * 60_000);
    if (at.getTime() > scenario.now.getTime() - 5 * 60_000) continue;
    acks.push({ kind: 'functional-ack', at, partner: event.partner, direction: 'inbound', of: event, rejected: event.ackOutcome === 'rejected' });
  }
  const all = [...events, ...acks].sort(byTime);
  plantControlNumberDefects(all);
  assignControlNumbers(all);
  return all;
}

/** Summit skips two interchange numbers half-way; FreshWay reuses an earlier number in one of its 997s. */
function plantControlNumberDefects(events: EdiEvent[]): void {
  const summitInbound = events.filter((event) => event.partner.key === 'summit' && event.direction === 'inbound');
  summitInbound[Math.floor(summitInbound.length / 2)]!.skipBefore = 2;
  const freshwayInbound = events.filter((event) => event.partner.key === 'freshway' && event.direction === 'inbound');
  const reusing = freshwayInbound.filter((event) => event.kind === 'functional-ack').at(-8)!;
  const position = freshwayInbound.indexOf(reusing);
  reusing.reuseInterchangeOf = freshwayInbound[position - 5]!;
}

function assignControlNumbers(events: EdiEvent[]): void {
  const interchange = new Map<string, number>();
  const group = new Map<string, number>();
  for (const event of events) {
    const series = `${event.partner.key}:${event.direction}`;
    const base = BASES[series]!;
    if (event.reuseInterchangeOf) {
      event.interchange = event.reuseInterchangeOf.interchange!;
    } else {
      const next = (interchange.get(series) ?? base) + 1 + (event.skipBefore ?? 0);
      interchange.set(series, next);
      event.interchange = next;
    }
    if (event.partner.standard === 'x12') {
      const next = (group.get(series) ?? base) + 1;
      group.set(series, next);
      event.group = next;
    }
  }
}
