/**
 * The process the remap crash test kills: `node --import tsx main/core/mapping-store/remap-child.ts WORKSPACE
 * PARTNER_ID`. Re-maps the partner's X12 850 documents with the map that applies now and reports on stdout
 * `progress <documents done>` (as the task reports it) and `done <summary JSON>`.
 */
import { createCore } from '../core.js';
import { remapPartner } from './remap.js';

const [workspaceDir, partner] = process.argv.slice(2);
if (!workspaceDir || !partner) {
  process.stderr.write('usage: remap-child.ts WORKSPACE PARTNER_ID\n');
  process.exit(2);
}

const core = createCore({ workspaceDir, create: false, mode: 'cli', actor: 'crash-test' });
core.on('task.progress', (progress) => process.stdout.write(`progress ${progress.done}\n`));
const summary = await remapPartner(core.context, Number(partner), { standard: 'x12', type: '850' }).done;
core.close();
process.stdout.write(`done ${JSON.stringify(summary)}\n`);
