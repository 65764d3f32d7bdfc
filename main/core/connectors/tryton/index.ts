export { trytonConnectorFactory, trytonConfigSchema, type TrytonConfig } from './config.js';
export { TrytonConnector } from './connector.js';
export { TrytonClient, type TrytonRecord, type SearchReadRequest } from './client.js';
