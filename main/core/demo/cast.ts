/**
 * Who is in the demo: our company, three trading partners with complete profiles, and the catalogue they order
 * from. Plain data; partner ids are the workspace's and only known once the profiles are imported.
 */
import { gs1CheckDigit } from '../canonical/gs1.js';
import type { PartnerExport } from '../partners/profile-schema.js';

export const COMPANY = {
  name: 'Crossdock Supply Co.',
  x12Id: 'CROSSDOCKSUP',
  duns: '614141007',
  gln: withCheckDigit('061414100000'),
};

/** A GS1 code (GTIN, GLN) with its check digit appended to `body`. */
export function withCheckDigit(body: string): string {
  return `${body}${gs1CheckDigit(body)}`;
}

export interface CatalogItem {
  sku: string;
  description: string;
  /** GTIN-13 of the each */
  gtin: string;
  /** our price per each (USD); partners' prices derive from it */
  eachPrice: number;
  /** eaches in a case */
  caseSize: number;
}

const item = (index: number, sku: string, description: string, eachPrice: number, caseSize = 12): CatalogItem => ({
  sku,
  description,
  gtin: withCheckDigit(`06141412${String(index).padStart(4, '0')}`),
  eachPrice,
  caseSize,
});

export const CATALOG: CatalogItem[] = [
  item(1, 'LED-A19-4PK', 'LED bulb A19, 4 pack', 7.5),
  item(2, 'BAT-AA-24', 'Alkaline batteries AA, 24 pack', 11.25),
  item(3, 'TAPE-DUCT-20', 'Duct tape 20 m, silver', 4.2),
  item(4, 'GLOVE-NIT-100', 'Nitrile gloves, box of 100', 8.9),
  item(5, 'FLT-HVAC-1620', 'HVAC filter 16x20x1', 6.4),
  item(6, 'CORD-EXT-25', 'Extension cord 25 ft', 13.75),
  item(7, 'SCR-WOOD-200', 'Wood screws 4x40, box of 200', 5.6),
  item(8, 'BRUSH-PNT-3', 'Paint brush 3 in', 3.3),
  item(9, 'BIN-STOR-64', 'Storage bin 64 qt, clear', 9.8, 6),
  item(10, 'TOWEL-PAP-6', 'Paper towels, 6 rolls', 6.99, 8),
  item(11, 'SPONGE-6PK', 'Kitchen sponges, 6 pack', 2.85),
  item(12, 'BAG-TRASH-45', 'Trash bags 45 L, 40 count', 7.1),
];

export const WAREHOUSES = ['EAST', 'WEST'] as const;

export type PartnerKey = 'summit' | 'freshway' | 'bricoland';

export interface ShipTo {
  code: string;
  gln: string;
  name: string;
  warehouse: (typeof WAREHOUSES)[number];
}

export interface DemoPartner {
  key: PartnerKey;
  name: string;
  standard: 'x12' | 'edifact';
  version: string;
  /** X12 ISA/GS id, or the EDIFACT GLN */
  envelopeId: string;
  currency: 'USD' | 'EUR';
  /** order unit: CA (cases, ERP in eaches), EA, or PCE (EDIFACT pieces) */
  orderUom: 'CA' | 'EA' | 'PCE';
  shipTos: ShipTo[];
  /** SKUs this partner buys, and the partner's own part number for each */
  items: { sku: string; buyerPart: string }[];
  /** share of the demo's orders */
  weight: number;
  /** price factor against our each price (a partner's negotiated price) */
  priceFactor: number;
  profile: PartnerExport;
}

const partsOf = (prefix: string, skus: string[], start: number) => skus.map((sku, index) => ({ sku, buyerPart: `${prefix}${start + index * 7}` }));

function profileOf(partner: Omit<DemoPartner, 'profile'>, extra: { duns?: string; contacts: PartnerExport['profile']['contacts']; tolerances: NonNullable<PartnerExport['profile']['tolerances']>; ackOverdueHours: number; delimiters?: NonNullable<PartnerExport['profile']['outboundDelimiters']> }): PartnerExport {
  const catalog = new Map(CATALOG.map((entry) => [entry.sku, entry]));
  const identifiers: PartnerExport['identifiers'] =
    partner.standard === 'x12'
      ? [{ kind: 'isa', qualifier: 'ZZ', id: partner.envelopeId }, { kind: 'gs', id: partner.envelopeId }, ...(extra.duns ? [{ kind: 'duns' as const, id: extra.duns }] : [])]
      : [{ kind: 'unb', qualifier: '14', id: partner.envelopeId }, { kind: 'gln', id: partner.envelopeId }];
  return {
    format: 'crossdock-partner/1',
    profile: {
      name: partner.name,
      channel: 'edi',
      standard: partner.standard,
      version: partner.version,
      outboundDelimiters: extra.delimiters ?? null,
      ackOverdueHours: extra.ackOverdueHours,
      slas: { ackWithinHours: 24, asnWithinHours: 24 },
      tolerances: extra.tolerances,
      items: partner.items.map(({ sku, buyerPart }) => ({ sku, buyerPart, gtin: catalog.get(sku)!.gtin, description: catalog.get(sku)!.description })),
      uomConversions:
        partner.orderUom === 'PCE'
          ? [{ from: 'PCE', to: 'EA', factor: '1' }]
          : [{ from: 'CA', to: 'EA', factor: '12' }, ...CATALOG.filter((entry) => entry.caseSize !== 12).map((entry) => ({ from: 'CA', to: 'EA', factor: String(entry.caseSize), sku: entry.sku }))],
      locations: partner.shipTos.map((shipTo) => ({ code: shipTo.code, gln: shipTo.gln, warehouse: shipTo.warehouse, name: shipTo.name })),
      contacts: extra.contacts,
    },
    identifiers,
  };
}

const summitBase: Omit<DemoPartner, 'profile'> = {
  key: 'summit',
  name: 'Summit Home Stores',
  standard: 'x12',
  version: '004010',
  envelopeId: 'SUMMITHOME',
  currency: 'USD',
  orderUom: 'CA',
  shipTos: [
    { code: 'DC0042', gln: withCheckDigit('061414110042'), name: 'Summit DC 42 Columbus', warehouse: 'EAST' },
    { code: 'DC0077', gln: withCheckDigit('061414110077'), name: 'Summit DC 77 Reno', warehouse: 'WEST' },
  ],
  items: partsOf('SH-10', ['LED-A19-4PK', 'BAT-AA-24', 'TAPE-DUCT-20', 'GLOVE-NIT-100', 'FLT-HVAC-1620', 'CORD-EXT-25', 'SCR-WOOD-200', 'BIN-STOR-64'], 4411),
  weight: 95,
  priceFactor: 12,
};

const freshwayBase: Omit<DemoPartner, 'profile'> = {
  key: 'freshway',
  name: 'FreshWay Markets',
  standard: 'x12',
  version: '005010',
  envelopeId: 'FRESHWAYMKT',
  currency: 'USD',
  orderUom: 'EA',
  shipTos: [
    { code: 'FW-DC1', gln: withCheckDigit('061414120001'), name: 'FreshWay DC 1 Harrisburg', warehouse: 'EAST' },
    { code: 'FW-DC3', gln: withCheckDigit('061414120003'), name: 'FreshWay DC 3 Fresno', warehouse: 'WEST' },
  ],
  items: partsOf('FW', ['BAT-AA-24', 'GLOVE-NIT-100', 'TOWEL-PAP-6', 'SPONGE-6PK', 'BAG-TRASH-45', 'LED-A19-4PK'], 70031),
  weight: 60,
  priceFactor: 1.05,
};

const bricolandBase: Omit<DemoPartner, 'profile'> = {
  key: 'bricoland',
  name: 'Bricoland SA',
  standard: 'edifact',
  version: 'D96A',
  envelopeId: withCheckDigit('376001234000'),
  currency: 'EUR',
  orderUom: 'PCE',
  shipTos: [
    { code: 'BRL-LYON', gln: withCheckDigit('376001234101'), name: 'Bricoland entrepôt Lyon', warehouse: 'EAST' },
    { code: 'BRL-LILLE', gln: withCheckDigit('376001234102'), name: 'Bricoland entrepôt Lille', warehouse: 'EAST' },
  ],
  items: partsOf('BR-', ['TAPE-DUCT-20', 'SCR-WOOD-200', 'BRUSH-PNT-3', 'CORD-EXT-25', 'FLT-HVAC-1620', 'BIN-STOR-64'], 52010),
  weight: 45,
  priceFactor: 0.95,
};

export const PARTNERS: DemoPartner[] = [
  {
    ...summitBase,
    profile: profileOf(summitBase, {
      duns: '614141502',
      tolerances: { pricePercent: '0', quantityUnits: '0', quantityPercent: '0' },
      ackOverdueHours: 24,
      contacts: [
        { name: 'Dana Whitfield', role: 'Replenishment buyer', email: 'dana.whitfield@summit-home.example', phone: '+1 614 555 0142' },
        { name: 'EDI support', role: 'EDI coordinator', email: 'edi@summit-home.example' },
      ],
    }),
  },
  {
    ...freshwayBase,
    profile: profileOf(freshwayBase, {
      duns: '614141603',
      tolerances: { pricePercent: '0.5', quantityUnits: '0', quantityPercent: '0' },
      ackOverdueHours: 12,
      delimiters: { element: '*', component: '>', segment: '~', repetition: '^' },
      contacts: [{ name: 'Marcus Bell', role: 'Category manager, household', email: 'm.bell@freshway.example', phone: '+1 717 555 0190' }],
    }),
  },
  {
    ...bricolandBase,
    profile: profileOf(bricolandBase, {
      tolerances: { pricePercent: '0', quantityUnits: '0', quantityPercent: '0' },
      ackOverdueHours: 24,
      contacts: [
        { name: 'Claire Martin', role: 'Acheteuse quincaillerie', email: 'claire.martin@bricoland.example', phone: '+33 4 72 00 00 00' },
        { name: 'Service EDI', role: 'EDI', email: 'edi@bricoland.example' },
      ],
    }),
  },
];

export function catalogItem(sku: string): CatalogItem {
  const found = CATALOG.find((entry) => entry.sku === sku);
  if (!found) throw new Error(`no catalogue item ${sku}`);
  return found;
}
