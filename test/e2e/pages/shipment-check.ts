import type { Page } from '@playwright/test';
import type { RunningApp } from '../fixtures.js';

/** Selectors of the shipment check screen (#/check), so tests read as what a warehouse person does. */
export function shipmentCheckPage(page: Page) {
  return {
    root: page.getByTestId('shipment-check'),
    query: page.getByTestId('check-query'),
    status: page.getByTestId('check-status'),
    todayRows: page.getByTestId('check-today-row'),
    detail: page.getByTestId('check-detail'),
    detailMatch: page.getByTestId('check-detail-match'),
    cartons: page.getByTestId('check-carton'),
    carton: (sscc: string) => page.locator(`[data-testid="check-carton"][data-sscc="${sscc}"]`),
    exit: page.getByTestId('check-exit'),
    /** the count of new high-priority mismatches on the Reconciliation navigation item */
    navBadge: page.getByTestId('nav-alert-badge'),
    alertsPrompt: page.getByTestId('alerts-prompt'),
  };
}

/** Calls the app's API as the browser does (POST /api/<method> with the session token). */
export async function callApi<T>(app: RunningApp, method: string, input: unknown): Promise<T> {
  const url = new URL(app.url);
  const token = new URLSearchParams(url.hash.slice(1)).get('token');
  const response = await fetch(new URL(`/api/${method}`, url.origin), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Crossdock': '1', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export interface Carton {
  sscc: string;
  gtin: string;
  quantity: number;
}

const ymd = (date: Date) => date.toISOString().slice(0, 10).replaceAll('-', '');

/** Our X12 856 for one order: a carton per HL P level with its SSCC (MAN*GM with the 00 AI), items by GTIN. */
export function asn856(options: { asnNumber: string; poNumber: string; bol: string; shippedAt: Date; cartons: Carton[] }): string {
  const day = ymd(options.shippedAt);
  const segments = [`BSN*00*${options.asnNumber}*${day}*0930*0001`, 'HL*1**S', `TD1*CTN25*${options.cartons.length}`, `REF*BM*${options.bol}`, `DTM*011*${day}*0930`, 'HL*2*1*O', `PRF*${options.poNumber}`];
  let hl = 2;
  for (const carton of options.cartons) {
    const pack = ++hl;
    segments.push(`HL*${pack}*2*P`, `MAN*GM*00${carton.sscc}`, `HL*${++hl}*${pack}*I`, `LIN**UK*${carton.gtin}`, `SN1**${carton.quantity}*EA`);
  }
  segments.push(`CTT*${hl}`);
  const body = ['ST*856*0001', ...segments, `SE*${segments.length + 2}*0001`];
  const isaDate = day.slice(2);
  return [
    `ISA*00*          *00*          *ZZ*CROSSDOCKUS    *ZZ*SHIPCHECKMART  *${isaDate}*0930*U*00401*000000501*0*P*>`,
    `GS*SH*CROSSDOCKUS*SHIPCHECKMART*${day}*0930*501*X*004010`,
    ...body,
    'GE*1*501',
    'IEA*1*000000501',
  ].join('~\n') + '~\n';
}

/** The warehouse's record of the same shipment in the canonical JSON (as `crossdock schema` prints it). */
export function wmsShipment(options: { shipmentNumber: string; poNumber: string; shippedAt: Date; cartons: Carton[] }): unknown {
  return {
    kind: 'shipment',
    role: 'asn',
    source: { kind: 'connector', connector: 'wms', stream: 'shipments', recordId: options.shipmentNumber },
    channel: 'edi',
    shipmentNumber: options.shipmentNumber,
    documentDate: { value: options.shippedAt.toISOString().slice(0, 10), precision: 'day' },
    orders: [{ poNumber: options.poNumber }],
    packs: options.cartons.map((carton) => ({ sscc: carton.sscc, level: 'pack', lines: [{ product: { gtin: carton.gtin }, quantity: { value: String(carton.quantity), uom: 'EA' } }] })),
  };
}
