import type { CoreContext } from '../../context.js';
import { assertEmptyWorkspace, DemoError, populateDemoWorkspace, type DemoStep } from '../../demo/create.js';
import { CoreError } from '../result.js';
import type { Handlers } from '../dispatch.js';

const STEPS: DemoStep[] = ['scenario', 'partners', 'maps', 'files', 'ingest', 'records', 'reconcile', 'done'];

/** The app cannot switch to another folder while it runs, so the demo fills the open workspace (only when empty). */
function startDemo(context: CoreContext) {
  try {
    assertEmptyWorkspace(context.workspace.db);
  } catch (error) {
    throw new CoreError('conflict', (error as Error).message);
  }
  const task = context.tasks.start('demo', 'Creating the demo workspace', STEPS.length - 1);
  void populateDemoWorkspace(context, { onProgress: (progress) => task.update({ done: STEPS.indexOf(progress.step), current: progress.message }) }).then(
    (result) => {
      task.finish(`${result.manifest.counts.orders} orders, ${result.mismatchesFound} mismatches to review`);
      context.events.emit('partners.changed', { partnerIds: result.manifest.partners.map((partner) => partner.id) });
    },
    (error: unknown) => task.fail(error instanceof DemoError ? error.message : `The demo could not be created: ${(error as Error).message}`),
  );
  return { workspaceDir: context.workspace.path, taskId: task.taskId };
}

export const demoHandlers: Partial<Handlers<CoreContext>> = {
  'demo.create': (_input, context) => startDemo(context),
};
