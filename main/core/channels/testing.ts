/** Test support: channel partners with published CSV/JSON maps in a real workspace, and sample order files. */
import type { MapDefinition } from '../mapping/index.js';
import { csvOrdersMap } from '../mapping/defaults/csv-orders.js';
import { jsonOrdersMap } from '../mapping/defaults/json-orders.js';
import { mapRepositoryFor } from '../mapping-store/repository.js';
import { unwrap, type MappingWorkspace } from '../mapping-store/test-workspace.js';
import type { PartnerChannel } from '../partners/profile-schema.js';

export { csvOrdersMap, jsonOrdersMap };

/** A partner created the way a coordinator does it (import, then the channel set by partners.update). */
export async function channelPartner(ws: MappingWorkspace, name: string, channel: PartnerChannel): Promise<number> {
  const imported = unwrap(await ws.core.invoke('partners.import', { document: { format: 'crossdock-partner/1', profile: { name }, identifiers: [] } }));
  const partnerId = imported.partner.id;
  unwrap(await ws.core.invoke('partners.update', { partnerId, profile: { channel } }));
  return partnerId;
}

/** Saves and publishes a map version with the maps repository; returns its id. */
export function publishMap(ws: MappingWorkspace, partnerId: number | null, standard: 'csv' | 'json', type: string, definition: MapDefinition): number {
  const repository = mapRepositoryFor(ws.db);
  const draft = repository.saveDraft({ partnerId, standard, type }, JSON.stringify(definition), null, 'test');
  return repository.publish(draft.id, 'test', 'map.published').id;
}

export const CSV_HEADER =
  'order_id,order_date,currency,customer_email,ship_name,ship_address1,ship_address2,ship_city,ship_region,ship_postal_code,ship_country,line_number,sku,gtin,description,quantity,uom,unit_price';

/** 3 orders over 7 rows (2 + 3 + 2), CRLF rows, a quoted description with a comma and a line break, a UTF-8 name. */
export function webOrdersCsv(prefix = 'WEB'): string {
  const rows = [
    CSV_HEADER,
    `${prefix}-1001,2026-11-20,usd,ann@example.com,Ann Émile,1 Main St,,Springfield,IL,62701,us,1,SKU-1,00012345678905,Blue mug,2,EA,9.50`,
    `${prefix}-1001,2026-11-20,usd,ann@example.com,Ann Émile,1 Main St,,Springfield,IL,62701,us,2,SKU-2,,"Tea, green",1,EA,4.25`,
    `${prefix}-1002,2026-11-21,usd,bob@example.com,Bob Stone,9 Elm Rd,Apt 4,Portland,OR,97201,us,1,SKU-3,,"Kettle ""steel""\nlarge",1,EA,30.00`,
    `${prefix}-1002,2026-11-21,usd,bob@example.com,Bob Stone,9 Elm Rd,Apt 4,Portland,OR,97201,us,2,SKU-1,,Blue mug,4,EA,9.50`,
    `${prefix}-1002,2026-11-21,usd,bob@example.com,Bob Stone,9 Elm Rd,Apt 4,Portland,OR,97201,us,3,SKU-4,,Spoon,12,EA,0.80`,
    `${prefix}-1003,2026-11-22,eur,cy@example.com,Cy Berg,Hauptstr. 5,,Berlin,BE,10115,de,1,SKU-5,,Plate,6,EA,3.10`,
    `${prefix}-1003,2026-11-22,eur,cy@example.com,Cy Berg,Hauptstr. 5,,Berlin,BE,10115,de,2,SKU-2,,"Tea, green",3,EA,4.25`,
  ];
  return `${rows.join('\r\n')}\r\n`;
}

export function marketplaceOrdersJson(): string {
  const order = (id: string, lines: { sku: string; quantity: number; price: string }[]) => ({
    id,
    name: `#${id}`,
    created_at: '2026-11-23T10:15:00Z',
    currency: 'usd',
    email: 'buyer@example.com',
    shipping_address: { name: 'Dee Quinn', address1: '4 Oak Ave', city: 'Austin', province_code: 'TX', zip: '73301', country_code: 'US' },
    line_items: lines.map((line, index) => ({ id: String(index + 1), title: `Item ${line.sku}`, ...line })),
  });
  const feed = {
    shop: 'Südmarkt',
    orders: [order('MK-1', [{ sku: 'SKU-1', quantity: 1, price: '9.50' }]), order('MK-2', [{ sku: 'SKU-2', quantity: 2, price: '4.25' }, { sku: 'SKU-3', quantity: 1, price: '30.00' }])],
  };
  return JSON.stringify(feed, null, 2);
}
