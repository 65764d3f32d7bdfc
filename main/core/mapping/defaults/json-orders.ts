/**
 * A sample map for marketplace order feeds in JSON: `{ "orders": [ { "id", "created_at", "currency",
 * "shipping_address": {...}, "line_items": [ { "sku", "barcode", "title", "quantity", "price" } ] } ] }`.
 */
import type { MapDefinition } from '../format.js';

export const jsonOrdersMap: MapDefinition = {
  format: 'crossdock-map/1',
  kind: 'order',
  source: { standard: 'json', documents: '$.orders[*]' },
  name: 'JSON marketplace orders (sample)',
  rules: [
    { id: 'role', target: 'role', value: 'purchase-order' },
    { id: 'po-number', target: 'poNumber', from: ['$.purchase_order', '$.id'], required: true },
    { id: 'order-number', target: 'orderNumber', from: '$.name' },
    { id: 'document-date', target: 'documentDate', from: '$.created_at', transform: [{ op: 'date', format: 'ISO' }] },
    { id: 'currency', target: 'currency', from: '$.currency', transform: [{ op: 'upper' }] },
    { id: 'notes', target: 'notes[]', from: '$.note' },
    {
      id: 'ship-to', target: 'parties[]', each: '$.shipping_address', rules: [
        { id: 'ship-to-role', target: 'role', value: 'ship-to' },
        { id: 'ship-to-name', target: 'name', from: ['$.name', '$.company'] },
        { id: 'ship-to-street-1', target: 'address.lines[]', from: '$.address1' },
        { id: 'ship-to-street-2', target: 'address.lines[]', from: '$.address2' },
        { id: 'ship-to-city', target: 'address.city', from: '$.city' },
        { id: 'ship-to-region', target: 'address.region', from: '$.province_code' },
        { id: 'ship-to-postal-code', target: 'address.postalCode', from: '$.zip' },
        { id: 'ship-to-country', target: 'address.country', from: '$.country_code' },
        {
          id: 'ship-to-contacts', target: 'contacts[]', each: '/$', when: { path: '/$.email' }, rules: [
            { id: 'ship-to-email', target: 'email', from: '/$.email' },
            { id: 'ship-to-phone', target: 'phone', from: '$.shipping_address.phone' },
          ],
        },
      ],
    },
    {
      id: 'lines', target: 'lines[]', each: '$.line_items[*]', required: true, rules: [
        { id: 'line-number', target: 'lineNumber', from: '$.id' },
        { id: 'line-sku', target: 'product.sku', from: '$.sku' },
        { id: 'line-gtin', target: 'product.gtin', from: '$.barcode' },
        { id: 'line-description', target: 'product.description', from: '$.title' },
        { id: 'line-quantity', target: 'quantity.value', from: '$.quantity', transform: [{ op: 'decimal' }], required: true },
        { id: 'line-uom', target: 'quantity.uom', value: 'EA' },
        { id: 'line-price', target: 'unitPrice.amount', from: '$.price', transform: [{ op: 'decimal' }] },
        { id: 'line-price-currency', target: 'unitPrice.currency', from: '/$.currency', when: { path: '$.price' }, transform: [{ op: 'upper' }] },
      ],
    },
  ],
};
