/**
 * A sample map for web-shop order exports: one row per order line, rows of one order grouped by order_id. Partners
 * whose columns differ copy it and rename the paths.
 */
import type { MapDefinition } from '../format.js';

export const csvOrdersMap: MapDefinition = {
  format: 'crossdock-map/1',
  kind: 'order',
  source: { standard: 'csv', header: true, delimiter: ',', groupBy: 'order_id' },
  name: 'CSV web orders (sample)',
  description: 'Columns: order_id, order_date (YYYY-MM-DD), currency, customer_email, ship_name, ship_address1, ship_address2, ship_city, ship_region, ship_postal_code, ship_country, line_number, sku, gtin, description, quantity, uom, unit_price.',
  rules: [
    { id: 'role', target: 'role', value: 'purchase-order' },
    { id: 'po-number', target: 'poNumber', from: 'order_id', transform: [{ op: 'trim' }], required: true },
    { id: 'document-date', target: 'documentDate', from: 'order_date', transform: [{ op: 'date', format: 'ISO' }] },
    { id: 'currency', target: 'currency', from: 'currency', transform: [{ op: 'upper' }] },
    {
      id: 'ship-to', target: 'parties[]', each: 'row()', when: { path: 'ship_name' }, rules: [
        { id: 'ship-to-role', target: 'role', value: 'ship-to' },
        { id: 'ship-to-name', target: 'name', from: 'ship_name', transform: [{ op: 'trim' }] },
        { id: 'ship-to-street-1', target: 'address.lines[]', from: 'ship_address1', transform: [{ op: 'trim' }] },
        { id: 'ship-to-street-2', target: 'address.lines[]', from: 'ship_address2', transform: [{ op: 'trim' }] },
        { id: 'ship-to-city', target: 'address.city', from: 'ship_city', transform: [{ op: 'trim' }] },
        { id: 'ship-to-region', target: 'address.region', from: 'ship_region' },
        { id: 'ship-to-postal-code', target: 'address.postalCode', from: 'ship_postal_code' },
        { id: 'ship-to-country', target: 'address.country', from: 'ship_country', transform: [{ op: 'upper' }] },
        {
          id: 'ship-to-contacts', target: 'contacts[]', each: 'row()', when: { path: 'customer_email' }, rules: [
            { id: 'ship-to-email', target: 'email', from: 'customer_email', transform: [{ op: 'trim' }] },
          ],
        },
      ],
    },
    {
      id: 'lines', target: 'lines[]', each: 'rows()', required: true, rules: [
        { id: 'line-number', target: 'lineNumber', from: 'line_number' },
        { id: 'line-sku', target: 'product.sku', from: 'sku', transform: [{ op: 'trim' }] },
        { id: 'line-gtin', target: 'product.gtin', from: 'gtin' },
        { id: 'line-description', target: 'product.description', from: 'description', transform: [{ op: 'trim' }] },
        { id: 'line-quantity', target: 'quantity.value', from: 'quantity', transform: [{ op: 'decimal' }], required: true },
        { id: 'line-uom', target: 'quantity.uom', from: 'uom', default: 'EA' },
        { id: 'line-price', target: 'unitPrice.amount', from: 'unit_price', transform: [{ op: 'decimal' }] },
        { id: 'line-price-currency', target: 'unitPrice.currency', from: 'currency', when: { path: 'unit_price' }, transform: [{ op: 'upper' }] },
      ],
    },
  ],
};
