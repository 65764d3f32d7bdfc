import type { Command } from '../io.js';
import { ackCommand } from './ack.js';
import { connectorsCommand, syncCommand } from './connectors.js';
import { demoCommand } from './demo.js';
import { exportCommand } from './export.js';
import { importRecordsCommand } from './import-records.js';
import { ingestCommand } from './ingest.js';
import { inspectCommand } from './inspect.js';
import { mapCommand } from './map.js';
import { partnersCommand } from './partners.js';
import { reconcileCommand } from './reconcile.js';
import { schemaCommand } from './schema.js';
import { workspaceCommand } from './workspace.js';

/** Every verb of the crossdock command, in the order `--help` lists them. */
export const commands: Command[] = [workspaceCommand, ingestCommand, inspectCommand, ackCommand, partnersCommand, schemaCommand, mapCommand, exportCommand, demoCommand, importRecordsCommand, reconcileCommand, connectorsCommand, syncCommand];
