/** The demo's own plain model of orders and EDI traffic, before it is written as X12, EDIFACT or canonical JSON. */
import type { DemoPartner, ShipTo } from './cast.js';
import type { DefectSpec } from './defects.js';

export interface OrderLine {
  lineNumber: number;
  sku: string;
  buyerPart: string;
  gtin: string;
  description: string;
  /** in the partner's order unit */
  quantity: number;
  uom: string;
  /** per order unit, 2 decimals */
  price: string;
  /** eaches per order unit (CA = 12 EA; 1 for EA and PCE) */
  eachesPerUnit: number;
}

/** Quantities per order line, in the order unit. */
export type LineQuantities = Map<number, number>;

export interface Carton {
  sscc: string;
  lines: { lineNumber: number; quantity: number }[];
}

export interface DemoOrder {
  index: number;
  partner: DemoPartner;
  po: string;
  so: string;
  orderedAt: Date;
  deliveryBy: Date;
  shipTo: ShipTo;
  lines: OrderLine[];
  defect: DefectSpec | null;
  /** the 850 / ORDERS reached us */
  ediOrder: boolean;
  erp: { at: Date; so: string; quantities: LineQuantities; eachPrices: Map<number, string> }[];
  ack: { at: Date; number: string; rejectedLine: number | null } | null;
  shipment: { at: Date; number: string; bol: string; cartons: Carton[] } | null;
  asn: { at: Date; number: string; cartons: Carton[] } | null;
  invoice: { at: Date; number: string; quantities: LineQuantities; prices: Map<number, string>; totalExtra: string } | null;
  /** set for the orders that ship on the creation day: when the truck leaves */
  shipsAt?: Date;
}

export interface DemoReturn {
  order: DemoOrder;
  number: string;
  receivedAt: Date;
  lineNumber: number;
  quantity: number;
  /** the partner announced it with a 180 */
  announced: boolean;
  /** ERP credit: null none, else the amount credited */
  credit: { number: string; at: Date; amount: string } | null;
}

export interface InventoryReport {
  partner: DemoPartner;
  number: string;
  asOf: Date;
  /** per SKU and warehouse, in eaches */
  lines: { sku: string; warehouse: string; available: number }[];
}

export type AckOutcome = 'accepted' | 'rejected' | 'none';

interface EventBase {
  at: Date;
  partner: DemoPartner;
  direction: 'inbound' | 'outbound';
  /** assigned in time order per partner and direction */
  interchange?: number;
  group?: number;
  /** inbound: numbers the partner skipped before this one */
  skipBefore?: number;
  /** inbound: the partner reuses the interchange number of this earlier event */
  reuseInterchangeOf?: EdiEvent;
}

export type EdiEvent = EventBase &
  (
    | { kind: 'order'; order: DemoOrder }
    | { kind: 'order-ack'; order: DemoOrder; ackOutcome: AckOutcome }
    | { kind: 'asn'; order: DemoOrder; ackOutcome: AckOutcome }
    | { kind: 'invoice'; order: DemoOrder; ackOutcome: AckOutcome }
    | { kind: 'inventory'; report: InventoryReport; ackOutcome: AckOutcome }
    | { kind: 'return'; ret: DemoReturn }
    | { kind: 'functional-ack'; of: EdiEvent; rejected: boolean }
  );

export interface StockPosition {
  sku: string;
  warehouse: string;
  onHand: number;
  allocated: number;
}

export interface DemoScenario {
  now: Date;
  seed: number;
  orders: DemoOrder[];
  returns: DemoReturn[];
  inventory: InventoryReport[];
  stock: StockPosition[];
  events: EdiEvent[];
  /** the orders that ship on the creation day (today.ts) */
  today: { day: string | null; orders: DemoOrder[] };
}

/** A deterministic pseudo-random source (mulberry32). */
export function randomSource(seed: number): { next(): number; int(min: number, max: number): number; pick<T>(values: readonly T[]): T } {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (values) => values[Math.floor(next() * values.length)]!,
  };
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export const cents = (amount: string): number => Math.round(Number(amount) * 100);
export const money = (value: number): string => value.toFixed(2);
