/** The canonical document model: what every channel's document becomes. Pure TypeScript + zod. */
export * from './common.js';
export * from './dates.js';
export * from './decimal.js';
export * from './gs1.js';
export * from './invoice.js';
export * from './json-schema.js';
export * from './model.js';
export * from './money.js';
export * from './orders.js';
export * from './shipment.js';
export * from './stock.js';
