import { connectorDepsFor, startSyncTask } from '../../connectors/context-deps.js';
import { ConnectorError } from '../../connectors/errors.js';
import { SecretsError } from '../../connectors/secrets.js';
import { addConnector, listConnectors, removeConnector, replayDeadLetters, testConnector, updateConnector } from '../../connectors/service.js';
import { listDeadLetters, listRuns } from '../../connectors/state.js';
import type { CoreContext } from '../../context.js';
import type { Handlers } from '../dispatch.js';
import { CoreError } from '../result.js';

/** Expected failures (bad settings, unknown name, missing passphrase) as CoreErrors the client can show. */
async function guarded<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ConnectorError) throw new CoreError(/no connector named/.test(error.message) ? 'not-found' : 'invalid-input', error.message);
    if (error instanceof SecretsError) throw new CoreError('invalid-input', error.message);
    throw error;
  }
}

export const connectorsHandlers: Partial<Handlers<CoreContext>> = {
  'connectors.list': (_input, context) => guarded(() => listConnectors(context, connectorDepsFor(context))),
  'connectors.add': (input, context) => guarded(() => addConnector(context, connectorDepsFor(context), input)),
  'connectors.update': ({ name, ...patch }, context) => guarded(() => updateConnector(context, connectorDepsFor(context), name, patch)),
  'connectors.remove': ({ name }, context) => guarded(async () => ({ removed: await removeConnector(context, connectorDepsFor(context), name) })),
  'connectors.test': ({ name }, context) => guarded(() => testConnector(context, connectorDepsFor(context), name)),
  'sync.run': (input, context) =>
    guarded(() => {
      const { taskId } = startSyncTask(context, connectorDepsFor(context), { ...input, trigger: 'manual' });
      return { taskId };
    }),
  'sync.pause': ({ name, paused }, context) => guarded(() => updateConnector(context, connectorDepsFor(context), name, { paused })),
  'sync.runs': ({ connector, limit }, { workspace }) => listRuns(workspace.db, connector, limit),
  'deadLetters.list': (filter, { workspace }) => listDeadLetters(workspace.db, filter),
  'deadLetters.replay': (filter, context) => guarded(() => replayDeadLetters(context, connectorDepsFor(context), filter)),
};
