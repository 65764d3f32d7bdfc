/**
 * Entry of the core's Electron utility process: SQLite and every other blocking piece of the core run here, never on
 * Electron's main thread. Started by core-client.ts with `--workspace DIR`.
 */
import { createCore } from '../core/core.js';
import { serveCore } from './core-service.js';
import { workspaceArgument } from './launch-options.js';

const port = process.parentPort;
const workspaceDir = workspaceArgument(process.argv);

serveCore(
  {
    postMessage: (message) => port.postMessage(message),
    onMessage: (listener) => port.on('message', (event) => listener(event.data)),
  },
  () => {
    if (!workspaceDir) throw new Error('core-host was started without --workspace DIR');
    return createCore({ workspaceDir, create: true, mode: 'desktop' });
  },
  (code) => process.exit(code),
);
