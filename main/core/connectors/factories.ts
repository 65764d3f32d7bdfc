/** The connector kinds this build knows; a new kind adds its factory here (one line). */
import { dropFolderFactory } from './drop-folder/connector.js';
import { restConnectorFactory } from './rest/connector.js';
import type { ConnectorFactory } from './types.js';

export const connectorFactories: ReadonlyMap<string, ConnectorFactory> = new Map([restConnectorFactory, dropFolderFactory].map((factory) => [factory.kind, factory]));
