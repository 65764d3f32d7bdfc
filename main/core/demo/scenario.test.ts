import { describe, expect, it } from 'vitest';
import { hasValidGs1CheckDigit } from '../canonical/gs1.js';
import { parseEdi } from '../../../parsers/index.js';
import { PARTNERS } from './cast.js';
import { DEFECT_SPECS } from './defects.js';
import { ediFilesOf } from './files.js';
import { buildScenario } from './scenario.js';

const NOW = new Date('2026-11-28T03:00:00Z');

describe('buildScenario', () => {
  it('is the same for the same seed and now, and different for another seed', () => {
    const texts = (seed: number) => ediFilesOf(buildScenario(NOW, seed)).map((file) => `${file.name}\n${file.text}`);
    expect(texts(5)).toEqual(texts(5));
    expect(texts(6)).not.toEqual(texts(5));
  });

  it.each([1, 2, 3, 20261128])('seed %i: 200 orders within three weeks, every defect planted once in an order old enough', (seed) => {
    const scenario = buildScenario(NOW, seed);
    expect(scenario.orders).toHaveLength(200);
    for (const order of scenario.orders) {
      expect(order.orderedAt.getTime()).toBeLessThan(NOW.getTime());
      expect(NOW.getTime() - order.orderedAt.getTime()).toBeLessThanOrEqual(21 * 86_400_000);
    }
    const planted = scenario.orders.filter((order) => order.defect !== null).map((order) => order.defect);
    expect(new Set(planted).size).toBe(planted.length);
    expect(planted.length).toBe(DEFECT_SPECS.length - 3);
    for (const partner of PARTNERS) expect(scenario.orders.filter((order) => order.partner.key === partner.key).length).toBeGreaterThan(25);
  });

  it('writes files that parse without an error, with unique valid SSCCs and control numbers in sequence', () => {
    const scenario = buildScenario(NOW, 9);
    const files = ediFilesOf(scenario);
    expect(files.map((file) => file.name)).toEqual(files.map((file) => file.name).sort());
    for (const file of files) {
      const parsed = parseEdi(new TextEncoder().encode(file.text));
      expect(parsed.problems.filter((problem) => problem.severity === 'error'), file.name).toEqual([]);
    }
    const ssccs = scenario.orders.flatMap((order) => order.shipment?.cartons.map((carton) => carton.sscc) ?? []);
    expect(ssccs.length).toBeGreaterThan(200);
    expect(new Set(ssccs).size).toBe(ssccs.length);
    for (const sscc of ssccs) expect(hasValidGs1CheckDigit(sscc), sscc).toBe(true);
    // per partner and direction, interchange numbers rise by one except the two planted defects
    const jumps: string[] = [];
    for (const series of new Set(scenario.events.map((event) => `${event.partner.key}:${event.direction}`))) {
      const numbers = scenario.events.filter((event) => `${event.partner.key}:${event.direction}` === series && !event.reuseInterchangeOf).map((event) => event.interchange!);
      numbers.forEach((value, index) => {
        if (index > 0 && value !== numbers[index - 1]! + 1) jumps.push(`${series} ${numbers[index - 1]}→${value}`);
      });
    }
    expect(jumps).toHaveLength(1);
    expect(scenario.events.filter((event) => event.reuseInterchangeOf)).toHaveLength(1);
  });
});

describe('shipments that leave on the creation day', () => {
  const cases = [
    [1, '2026-11-28T03:00:00Z'],
    [2, '2026-11-28T00:25:00Z'],
    [3, '2026-11-28T23:50:00Z'],
    [20261128, '2026-11-28T10:07:00Z'],
  ] as const;

  it.each(cases)('seed %i at %s: five orders ship today before now with their ASN, one of them with a differing carton', (seed, at) => {
    const now = new Date(at);
    const scenario = buildScenario(now, seed);
    expect(scenario.today.day).toBe(at.slice(0, 10));
    expect(scenario.today.orders).toHaveLength(5);
    const todayDefect = DEFECT_SPECS.find((spec) => spec.today)!;
    const dayStart = Date.parse(`${at.slice(0, 10)}T00:00:00Z`);
    for (const order of scenario.today.orders) {
      expect(order.shipment?.at.toISOString().slice(0, 10)).toBe(at.slice(0, 10));
      expect(order.shipment!.at.getTime()).toBeGreaterThan(dayStart);
      expect(order.asn!.at.getTime()).toBeGreaterThan(order.shipment!.at.getTime());
      expect(order.asn!.at.getTime()).toBeLessThan(now.getTime());
      expect(order.ack!.at.getTime()).toBeLessThan(order.shipment!.at.getTime());
      expect(order.erp[0]!.at.getTime()).toBeLessThan(order.shipment!.at.getTime());
    }
    const withDefect = scenario.today.orders.filter((order) => order.defect !== null);
    expect(withDefect.map((order) => order.defect)).toEqual([todayDefect]);
    const host = withDefect[0]!;
    expect(host.partner.key).toBe(todayDefect.partner);
    const units = (cartons: { lines: { quantity: number }[] }[]) => cartons.map((carton) => carton.lines.map((line) => line.quantity).join('+'));
    expect(units(host.asn!.cartons)).not.toEqual(units(host.shipment!.cartons));
    for (const order of scenario.today.orders.filter((each) => each !== host)) expect(units(order.asn!.cartons)).toEqual(units(order.shipment!.cartons));
  });

  it('a demo made in the first minutes of a day ships them the evening before, still before now', () => {
    const now = new Date('2026-11-28T00:05:00Z');
    const scenario = buildScenario(now, 4);
    expect(scenario.today.day).toBeNull();
    expect(scenario.today.orders).toHaveLength(5);
    for (const order of scenario.today.orders) {
      expect(order.shipment!.at.getTime()).toBeGreaterThan(now.getTime() - 7 * 3_600_000);
      expect(order.asn!.at.getTime()).toBeLessThan(now.getTime());
    }
  });
});
