/**
 * What the Canonical panel shows, worked out from a stored canonical document. The document arrives as `unknown`: a
 * map with errors may have stored one that breaks the model (a missing poNumber, a number where text belongs), so
 * every read here checks its type and a wrong field shows as absent instead of breaking the view.
 */

type Data = Record<string, unknown>;

const isData = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);
const data = (value: unknown): Data => (isData(value) ? value : {});
const list = (value: unknown): Data[] => (Array.isArray(value) ? value.filter(isData) : []);
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : null);

export interface LabelledValue {
  label: string;
  value: string;
}

/** '12.50 USD', or '12.50' without a currency; decimal strings stay as written (never through a float). */
export function formatMoney(value: unknown): string | null {
  const money = data(value);
  const amount = text(money.amount);
  if (!amount) return null;
  const currency = text(money.currency);
  return currency ? `${amount} ${currency}` : amount;
}

/** '10 CA' */
export function formatQuantity(value: unknown): string | null {
  const quantity = data(value);
  const amount = text(quantity.value);
  if (!amount) return null;
  const uom = text(quantity.uom);
  return uom ? `${amount} ${uom}` : amount;
}

/** '2026-11-27', '2026-11-27 16:05 America/New_York': as precise as the source was, never padded to midnight. */
export function formatCanonicalDate(value: unknown): string | null {
  const date = data(value);
  const written = text(date.value);
  if (!written) return null;
  const zone = text(date.timeZone);
  const shown = written.replace('T', ' ');
  return zone ? `${shown} ${zone}` : shown;
}

const words = (code: string) => code.replace(/-/g, ' ');

/** 'Purchase order' for an order with role purchase-order, 'Ship notice (ASN)' for an asn shipment... */
const KIND_TITLES: Record<string, string> = {
  'order/purchase-order': 'Purchase order',
  'order/warehouse-order': 'Warehouse shipping order',
  order: 'Order',
  'order-change': 'Order change',
  'order-ack': 'Order acknowledgment',
  'shipment/asn': 'Ship notice (ASN)',
  'shipment/warehouse-advice': 'Warehouse shipping advice',
  'shipment/receipt': 'Receiving advice',
  shipment: 'Shipment',
  invoice: 'Invoice',
  inventory: 'Inventory position',
  return: 'Return',
  credit: 'Credit / debit note',
};

export function canonicalTitle(document: unknown): string {
  const root = data(document);
  const kind = text(root.kind) ?? 'unknown';
  const role = text(root.role);
  return KIND_TITLES[`${kind}/${role}`] ?? KIND_TITLES[kind] ?? `Unknown kind ${kind}`;
}

/** The business keys a coordinator searches by, in the order they matter for this kind. */
const KEY_FIELDS: [field: string, label: string][] = [
  ['poNumber', 'PO'],
  ['orderNumber', 'Order'],
  ['asnNumber', 'ASN'],
  ['shipmentNumber', 'Shipment'],
  ['receiptNumber', 'Receipt'],
  ['invoiceNumber', 'Invoice'],
  ['creditNumber', 'Credit'],
  ['returnNumber', 'Return (RMA)'],
  ['reportNumber', 'Report'],
  ['releaseNumber', 'Release'],
  ['contractNumber', 'Contract'],
  ['changeNumber', 'Change sequence'],
  ['billOfLading', 'Bill of lading'],
  ['proNumber', 'PRO'],
];

/** The document's own number first (the invoice number on an invoice, the ASN number on a shipment), then the rest. */
const OWN_KEY: Record<string, string> = { invoice: 'invoiceNumber', credit: 'creditNumber', return: 'returnNumber', inventory: 'reportNumber' };

export function businessKeys(document: unknown): LabelledValue[] {
  const root = data(document);
  const own = OWN_KEY[text(root.kind) ?? ''];
  const keys = KEY_FIELDS.flatMap(([field, label]) => {
    const value = text(root[field]);
    return value ? [{ field, label, value }] : [];
  });
  keys.sort((a, b) => Number(b.field === own) - Number(a.field === own));
  // a shipment names the orders it fulfils in orders[], not in a poNumber of its own
  const orders = list(root.orders).flatMap((order) => (text(order.poNumber) ? [text(order.poNumber)!] : []));
  if (!text(root.poNumber) && orders.length > 0) keys.push({ field: 'orders', label: orders.length === 1 ? 'PO' : 'POs', value: orders.join(', ') });
  return keys.map(({ label, value }) => ({ label, value }));
}

/** Purpose, status, order type, currency, carrier, terms: the header facts that are not keys, dates or parties. */
export function headerFacts(document: unknown): LabelledValue[] {
  const root = data(document);
  const facts: LabelledValue[] = [];
  const add = (label: string, value: string | null) => value && facts.push({ label, value });
  const coded = (value: unknown, code: unknown) => {
    const shown = text(value);
    const source = text(code);
    return shown ? (source ? `${words(shown)} (${source})` : words(shown)) : source;
  };
  add('Role', text(root.role) && words(text(root.role)!));
  add('Purpose', coded(root.purpose, root.purposeCode));
  add('Status', coded(root.status, root.statusCode));
  add('Adjustment', text(root.adjustment));
  add('Order type', text(root.orderType));
  add('Channel', text(root.channel));
  add('Currency', text(root.currency));
  add('Reason', coded(root.reason, root.reasonCode));
  const carrier = data(root.carrier);
  add('Carrier', [text(carrier.scac), text(carrier.name), text(carrier.serviceLevel), text(carrier.trackingNumber) && `tracking ${text(carrier.trackingNumber)}`].filter(Boolean).join(' · ') || null);
  const terms = data(root.terms);
  const termsText =
    text(terms.description) ??
    ([text(terms.discountPercent) && `${text(terms.discountPercent)}% ${text(terms.discountDays) ?? '?'} days`, text(terms.netDays) && `net ${text(terms.netDays)}`].filter(Boolean).join(', ') || null);
  add('Terms', termsText && (formatCanonicalDate(terms.dueDate) ? `${termsText} · due ${formatCanonicalDate(terms.dueDate)}` : termsText));
  add('Total weight', formatQuantity(root.totalWeight));
  add('Declared lines', text(root.declaredLineCount));
  add('Declared packages', text(root.declaredPackageCount));
  add('Total amount', formatMoney(root.totalAmount));
  return facts;
}

/** The document date, the as-of moment, and every dated event ('requested delivery 2026-12-01 (002)'). */
export function headerDates(document: unknown): LabelledValue[] {
  const root = data(document);
  const dates: LabelledValue[] = [];
  const documentDate = formatCanonicalDate(root.documentDate);
  if (documentDate) dates.push({ label: 'Document date', value: documentDate });
  const asOf = formatCanonicalDate(root.asOf);
  if (asOf) dates.push({ label: 'As of', value: asOf });
  for (const event of list(root.dates)) {
    const value = formatCanonicalDate(event.date);
    if (!value) continue;
    const qualifier = text(event.qualifier) ?? 'date';
    const label = words(qualifier).replace(/^./, (first) => first.toUpperCase());
    dates.push({ label, value: text(event.code) ? `${value} (${text(event.code)})` : value });
  }
  return dates;
}

export interface PartyView {
  role: string;
  name: string | null;
  /** 'GLN 0614141000012', 'buyer-assigned DC07' */
  ids: string[];
  address: string | null;
}

const SCHEME_LABELS: Record<string, string> = { gln: 'GLN', duns: 'DUNS', 'duns-plus-4': 'DUNS+4' };

export function parties(document: unknown): PartyView[] {
  return list(data(document).parties).map((party) => {
    const address = data(party.address);
    const place = [text(address.city), [text(address.region), text(address.postalCode)].filter(Boolean).join(' '), text(address.country)].filter(Boolean).join(', ');
    const role = text(party.role) ?? 'party';
    const code = text(party.roleCode);
    return {
      role: code ? `${words(role)} (${code})` : words(role),
      name: text(party.name),
      ids: list(party.ids).flatMap((id) => {
        const value = text(id.value);
        const scheme = text(id.scheme) ?? 'id';
        return value ? [`${SCHEME_LABELS[scheme] ?? words(scheme)} ${value}`] : [];
      }),
      address: [...(Array.isArray(address.lines) ? address.lines.map(text).filter((line): line is string => line !== null) : []), place].filter(Boolean).join(', ') || null,
    };
  });
}

export interface LineRow {
  /** index in the shown order, for React keys */
  key: string;
  lineNumber: string;
  /** 'buyer NW-88812', 'vendor CD-WID-10', 'GTIN 00614141123452' */
  productIds: string[];
  description: string | null;
  quantity: string | null;
  unitPrice: string | null;
  amount: string | null;
  /** what else matters for this kind: ack statuses, the change, the pack's SSCC, the stock type, the reason */
  detail: string[];
}

const PRODUCT_LABELS: [field: string, label: string][] = [
  ['buyerPart', 'buyer'],
  ['vendorPart', 'vendor'],
  ['sku', 'SKU'],
  ['gtin', 'GTIN'],
  ['upc', 'UPC'],
  ['ean', 'EAN'],
];

export function productIds(value: unknown): string[] {
  const product = data(value);
  const ids = PRODUCT_LABELS.flatMap(([field, label]) => (text(product[field]) ? [`${label} ${text(product[field])}`] : []));
  for (const other of list(product.other)) if (text(other.value)) ids.push(`${text(other.qualifier) ?? '?'} ${text(other.value)}`);
  return ids;
}

function baseRow(line: Data, key: string): LineRow {
  return {
    key,
    lineNumber: text(line.lineNumber) ?? '—',
    productIds: productIds(line.product),
    description: text(data(line.product).description),
    quantity: formatQuantity(line.quantity),
    unitPrice: formatMoney(line.unitPrice),
    amount: formatMoney(line.amount),
    detail: [],
  };
}

function lineDetail(kind: string, line: Data, row: LineRow): void {
  const add = (value: string | null | false | undefined) => value && row.detail.push(value);
  if (kind === 'order-ack') {
    row.quantity = formatQuantity(line.orderedQuantity);
    for (const status of list(line.statuses)) {
      const date = formatCanonicalDate(status.date);
      add([text(status.status), formatQuantity(status.quantity), text(status.code) && `(${text(status.code)})`, date && `on ${date}`].filter(Boolean).join(' '));
    }
  }
  if (kind === 'order-change') {
    add([text(line.change) && words(text(line.change)!), text(line.changeCode) && `(${text(line.changeCode)})`].filter(Boolean).join(' '));
    add(formatQuantity(line.previousQuantity) && `was ${formatQuantity(line.previousQuantity)}`);
  }
  if (kind === 'inventory') {
    row.quantity = list(line.quantities)
      .map((entry) => [formatQuantity(entry.quantity), text(entry.type) && words(text(entry.type)!), formatCanonicalDate(entry.date) && `from ${formatCanonicalDate(entry.date)}`].filter(Boolean).join(' '))
      .join('; ') || null;
    add(text(line.location) && `location ${text(line.location)}`);
  }
  if (kind === 'shipment') {
    add(formatQuantity(line.orderedQuantity) && `ordered ${formatQuantity(line.orderedQuantity)}`);
    add(formatQuantity(line.rejectedQuantity) && `rejected ${formatQuantity(line.rejectedQuantity)}`);
    add(text(line.status) && `status ${text(line.status)}`);
    add(text(line.lot) && `lot ${text(line.lot)}`);
  }
  if (kind === 'return' || kind === 'credit') {
    add([text(line.reason), text(line.reasonCode) && `(${text(line.reasonCode)})`].filter(Boolean).join(' '));
    add(text(line.condition) && `condition ${text(line.condition)}`);
    add(text(line.disposition) && `disposition ${text(line.disposition)}`);
    add(text(line.invoiceLineNumber) && `invoice line ${text(line.invoiceLineNumber)}`);
  }
  add(text(line.poNumber) && `PO ${text(line.poNumber)}${text(line.poLineNumber) ? ` line ${text(line.poLineNumber)}` : ''}`);
  if (!text(line.poNumber)) add(text(line.poLineNumber) && `PO line ${text(line.poLineNumber)}`);
  add(text(line.priceBasis) && `price per ${text(line.priceBasis)}`);
  for (const event of list(line.dates)) add(formatCanonicalDate(event.date) && `${words(text(event.qualifier) ?? 'date')} ${formatCanonicalDate(event.date)}`);
}

export interface PackRow {
  key: string;
  /** nesting depth: 0 for a pallet, 1 for a carton on it */
  depth: number;
  sscc: string | null;
  level: string | null;
  packType: string | null;
  lineCount: number;
  weight: string | null;
  trackingNumber: string | null;
}

/** A shipment's packs, depth first (pallet, then its cartons), and every line with the SSCC path it sits in. */
function walkPacks(packs: Data[], depth: number, path: string[], found: { packs: PackRow[]; lines: { line: Data; path: string[] }[] }, prefix: string): void {
  packs.forEach((pack, index) => {
    const key = `${prefix}${index}`;
    const sscc = text(pack.sscc);
    const here = [...path, sscc ?? 'no SSCC'];
    const lines = list(pack.lines);
    found.packs.push({ key, depth, sscc, level: text(pack.level), packType: text(pack.packType), lineCount: lines.length, weight: formatQuantity(pack.weight), trackingNumber: text(pack.trackingNumber) });
    for (const line of lines) found.lines.push({ line, path: here });
    walkPacks(list(pack.packs), depth + 1, here, found, `${key}.`);
  });
}

export function packRows(document: unknown): PackRow[] {
  const found = { packs: [] as PackRow[], lines: [] as { line: Data; path: string[] }[] };
  walkPacks(list(data(document).packs), 0, [], found, 'p');
  return found.packs;
}

/** The lines table of any kind; a shipment's packed lines follow its loose ones, each saying which pack holds it. */
export function lineRows(document: unknown): LineRow[] {
  const root = data(document);
  const kind = text(root.kind) ?? '';
  const loose = list(root.lines).map((line) => ({ line, path: [] as string[] }));
  const found = { packs: [] as PackRow[], lines: [] as { line: Data; path: string[] }[] };
  if (kind === 'shipment') walkPacks(list(root.packs), 0, [], found, 'p');
  return [...loose, ...found.lines].map(({ line, path }, index) => {
    const row = baseRow(line, `l${index}`);
    lineDetail(kind, line, row);
    if (path.length > 0) row.detail.unshift(`in ${path.join(' › ')}`);
    return row;
  });
}

export interface TotalsView {
  /** allowances and charges with their amounts ('charge D240 Freight 15.00') */
  adjustments: LabelledValue[];
  taxes: LabelledValue[];
  totals: LabelledValue[];
}

const TOTAL_LABELS: [field: string, label: string][] = [
  ['lineTotal', 'Lines'],
  ['allowanceTotal', 'Allowances'],
  ['chargeTotal', 'Charges'],
  ['taxTotal', 'Tax'],
  ['discountableAmount', 'Discountable'],
  ['total', 'Total'],
];

/** Header allowances/charges, taxes and totals (invoices and credits; an order's allowances too). Null when none. */
export function totalsView(document: unknown): TotalsView | null {
  const root = data(document);
  const adjustments = list(root.allowancesCharges).map((entry) => ({
    label: [text(entry.type) ?? 'adjustment', text(entry.code), text(entry.description)].filter(Boolean).join(' '),
    value: [formatMoney(entry.amount), text(entry.percent) && `${text(entry.percent)}%`, formatMoney(entry.basis) && `of ${formatMoney(entry.basis)}`].filter(Boolean).join(' ') || '—',
  }));
  const taxes = list(root.taxes).map((tax) => ({
    label: [text(tax.type) ?? 'tax', text(tax.category), text(tax.jurisdiction)].filter(Boolean).join(' '),
    value: [formatMoney(tax.amount), text(tax.percent) && `${text(tax.percent)}%`, formatMoney(tax.taxableAmount) && `on ${formatMoney(tax.taxableAmount)}`].filter(Boolean).join(' ') || '—',
  }));
  const totalsData = data(root.totals);
  const totals = TOTAL_LABELS.flatMap(([field, label]) => (formatMoney(totalsData[field]) ? [{ label, value: formatMoney(totalsData[field])! }] : []));
  if (text(totalsData.declaredLineCount)) totals.push({ label: 'Declared lines', value: text(totalsData.declaredLineCount)! });
  return adjustments.length || taxes.length || totals.length ? { adjustments, taxes, totals } : null;
}
