/**
 * The process the crash test kills: `node --import tsx test/helpers/ingest-child.ts WORKSPACE FOLDER`. Opens the
 * workspace (which resumes whatever a previous, killed run left), ingests every file under FOLDER through the app's
 * task path, and reports on stdout, one line each: `open` once the workspace is open, `progress <files done>` (as
 * the task reports it), and `done <summary JSON, without the per-file reports>` at the end.
 */
import { createCore } from '../../main/core/core.js';
import { sourcesFromPaths } from '../../main/core/ingest/batch.js';
import { startIngestTask } from '../../main/core/ingest/run-task.js';

const [workspaceDir, folder] = process.argv.slice(2);
if (!workspaceDir || !folder) {
  process.stderr.write('usage: ingest-child.ts WORKSPACE FOLDER\n');
  process.exit(2);
}

const core = createCore({ workspaceDir, create: true, mode: 'cli', actor: 'crash-test' });
process.stdout.write('open\n');
core.on('task.progress', (progress) => process.stdout.write(`progress ${progress.done}\n`));
const { sources } = sourcesFromPaths([folder]);
const summary = await startIngestTask(core.context, sources, 'cli', 'crash test').done;
core.close();
process.stdout.write(`done ${JSON.stringify({ ...summary, reports: undefined })}\n`);
