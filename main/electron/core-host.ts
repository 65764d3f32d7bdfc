/**
 * Entry of the core's Electron utility process: SQLite and every other blocking piece of the core run here, never on
 * Electron's main thread. Started by core-client.ts with `--workspace DIR`.
 */
import { createCore } from '../core/core.js';
import { startInboxWatcher } from '../core/ingest/inbox-watcher.js';
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
    const core = createCore({ workspaceDir, create: true, mode: 'desktop' });
    const inbox = startInboxWatcher(core.context);
    // Shutdown closes the core at once and exits: stopping the watcher first means no new poll starts; a batch cut
    // short is left as a kill would leave it, which the next start resumes.
    return {
      ...core,
      close: () => {
        void inbox.stop();
        core.close();
      },
    };
  },
  (code) => process.exit(code),
);
