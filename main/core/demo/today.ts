/**
 * Shipments that leave today: the demo is usually opened the day it is made, and the shipment check (for the
 * warehouse) lists only the day's shipments. A handful of recent orders ship between the start of the creation day
 * and a few minutes before `now`, their ASNs a little later, one with a carton the ASN and the warehouse disagree on.
 * "Today" is both the local and the UTC calendar day, so the check finds them whichever the reader's clock uses.
 */
import type { DefectSpec } from './defects.js';
import { DAY, HOUR, type DemoOrder, type randomSource } from './model.js';

type Random = ReturnType<typeof randomSource>;

const MINUTE = 60_000;
/** Shipments planned on the creation day. */
export const TODAY_SHIPMENTS = 5;
/** Less of the day than this has passed: the shipments leave the evening before (a demo made just after midnight). */
const SHORTEST_DAY = 20 * MINUTE;

export interface TodayWindow {
  /** the calendar day the shipments leave on (YYYY-MM-DD), null when the day had just begun */
  day: string | null;
  first: Date;
  last: Date;
}

const atMinute = (ms: number) => new Date(Math.floor(ms / MINUTE) * MINUTE);

/** When today's shipments may leave: from the later of local and UTC midnight to three minutes before `now`. */
export function todayWindow(now: Date): TodayWindow {
  const local = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  const utc = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const start = Math.max(local, utc);
  const last = atMinute(now.getTime() - 3 * MINUTE);
  if (now.getTime() - start < SHORTEST_DAY) return { day: null, first: atMinute(now.getTime() - 6 * HOUR), last };
  return { day: now.toISOString().slice(0, 10), first: atMinute(start + MINUTE), last };
}

/**
 * Picks the most recent plain orders old enough to have been entered and acknowledged before the window, gives each
 * a ship time inside it, and plants `defect` in one of `defect.partner`'s. Returns the chosen orders.
 */
export function planTodayShipments(orders: DemoOrder[], now: Date, random: Random, defect: DefectSpec | undefined): DemoOrder[] {
  const window = todayWindow(now);
  const latestOrder = window.first.getTime() - 4 * HOUR;
  const candidates = orders
    .filter((order) => order.defect === null && order.ediOrder && order.orderedAt.getTime() <= latestOrder && order.orderedAt.getTime() >= latestOrder - 3 * DAY)
    .sort((a, b) => b.orderedAt.getTime() - a.orderedAt.getTime());
  const chosen = candidates.slice(0, TODAY_SHIPMENTS);
  if (defect && !chosen.some((order) => order.partner.key === defect.partner)) {
    const host = candidates.find((order) => order.partner.key === defect.partner);
    if (host) chosen[chosen.length - 1] = host;
  }
  chosen.sort((a, b) => a.orderedAt.getTime() - b.orderedAt.getTime());
  const slot = (window.last.getTime() - window.first.getTime()) / Math.max(1, chosen.length);
  chosen.forEach((order, index) => {
    const start = window.first.getTime() + index * slot;
    // the first two thirds of the slot: the ASN follows within the rest, before now
    order.shipsAt = atMinute(start + random.next() * (slot * 2) / 3);
  });
  const host = defect ? chosen.find((order) => order.partner.key === defect.partner) : undefined;
  if (defect && !host) throw new Error(`no recent ${defect.partner} order to ship today with ${defect.name}`);
  if (host && defect) host.defect = defect;
  return chosen;
}

/** The ASN of a shipment that left today: 20 to 90 minutes later, never after a minute before `now`. */
export function todayAsnAt(shippedAt: Date, now: Date, random: Random): Date {
  const latest = now.getTime() - MINUTE;
  const wanted = shippedAt.getTime() + random.int(20, 90) * MINUTE;
  return atMinute(Math.max(shippedAt.getTime() + MINUTE, Math.min(wanted, latest)));
}
