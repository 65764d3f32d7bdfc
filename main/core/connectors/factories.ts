/** The connector kinds this build knows; a new kind adds its factory here (one line). */
import { dropFolderFactory } from './drop-folder/connector.js';
import { restConnectorFactory } from './rest/connector.js';
import { trytonConnectorFactory } from './tryton/config.js';
import type { ConnectorFactory } from './types.js';

export const connectorFactories: ReadonlyMap<string, ConnectorFactory> = new Map([restConnectorFactory, dropFolderFactory, trytonConnectorFactory].map((factory) => [factory.kind, factory]));
