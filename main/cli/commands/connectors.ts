/**
 * `crossdock connectors add|list|test|remove` and `crossdock sync`: connectors from the command line. Secrets go to the
 * workspace's encrypted secrets file (passphrase from CROSSDOCK_SECRETS_PASSPHRASE, else asked on the terminal).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { SyncOutcome } from '../../core/connectors/runner.js';
import { connectorsToSync } from '../../core/connectors/context-deps.js';
import { connectorFactories } from '../../core/connectors/factories.js';
import type { ConnectorDeps } from '../../core/connectors/instances.js';
import { syncConnector } from '../../core/connectors/runner.js';
import { FileSecretStore, PASSPHRASE_ENV } from '../../core/connectors/secrets.js';
import { addConnector, listConnectors, removeConnector, testConnector } from '../../core/connectors/service.js';
import type { JsonValue } from '../../core/connectors/types.js';
import { createCore, type Core } from '../../core/core.js';
import { askHidden } from '../hidden-prompt.js';
import { EXIT, printJson, UsageError, type CliIo, type Command } from '../io.js';

const usage = `Usage:
  crossdock connectors add NAME --kind rest|drop-folder --side erp|wms --config FILE --workspace DIR [--secret KEY[=VALUE]]... [--schedule MINUTES]
      settings from a JSON file (no credentials in it); each --secret KEY without a value is asked for
  crossdock connectors list --workspace DIR [--json]
  crossdock connectors test NAME --workspace DIR [--json]
  crossdock connectors remove NAME --workspace DIR [--json]
      its settings, stream state and secrets go; the records it synced (and its run log) stay
Exit status: 0 done, 1 refused or the test failed, 2 bad arguments.`;

const syncUsage = `Usage:
  crossdock sync --workspace DIR [--connector NAME] [--json]
      every enabled connector (or one) from its last committed cursor; exit 1 when a connector failed or is offline`;

let cachedPassphrase: string | undefined;

function depsFor(workspace: string, io: CliIo): ConnectorDeps {
  const secrets = FileSecretStore.inWorkspace(workspace, () => process.env[PASSPHRASE_ENV] ?? cachedPassphrase);
  return { secrets, factories: connectorFactories, log: (name, message) => io.err(`${name}: ${message}\n`) };
}

async function ensurePassphrase(): Promise<void> {
  if (process.env[PASSPHRASE_ENV] || cachedPassphrase || !process.stdin.isTTY) return;
  cachedPassphrase = await askHidden('Secrets passphrase: ');
}

export const connectorsCommand: Command = {
  name: 'connectors',
  summary: 'add, list, test and remove connectors to ERP, WMS and storefront systems',
  usage,
  async run(args, io) {
    const [verb, ...rest] = args;
    const { values, positionals } = parseArgs({
      args: rest,
      options: {
        workspace: { type: 'string', short: 'w' },
        json: { type: 'boolean' },
        kind: { type: 'string' },
        side: { type: 'string' },
        config: { type: 'string' },
        secret: { type: 'string', multiple: true },
        schedule: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
    if (verb !== 'add' && verb !== 'list' && verb !== 'test' && verb !== 'remove') throw new UsageError(`Unknown connectors command ${verb ?? '(none)'}\n${usage}`);
    if (!values.workspace) throw new UsageError(`--workspace DIR is required\n${usage}`);
    const core = createCore({ workspaceDir: values.workspace, create: false, mode: 'cli', actor: 'cli' });
    const deps = depsFor(values.workspace, io);
    try {
      if (verb === 'list') {
        const list = await listConnectors(core.context, deps);
        if (values.json) printJson(io, list);
        else if (list.length === 0) io.out('No connectors. Add one with crossdock connectors add.\n');
        else
          for (const connector of list) {
            io.out(`${connector.name}  ${connector.kind}  ${connector.side}  ${connector.paused ? 'paused' : connector.state}${connector.stateMessage ? ` (${connector.stateMessage})` : ''}  dead letters: ${connector.openDeadLetters}\n`);
            for (const stream of connector.streams) io.out(`  ${stream.stream}: ${stream.records} records, last success ${stream.lastSuccessAt ?? 'never'}${stream.lastError ? `, last error: ${stream.lastError}` : ''}${stream.resumable ? ', resumes mid-run' : ''}\n`);
          }
        return EXIT.ok;
      }
      if (positionals.length !== 1) throw new UsageError(`connectors ${verb} needs one connector name\n${usage}`);
      const name = positionals[0]!;
      await ensurePassphrase();
      if (verb === 'remove') {
        const removed = await removeConnector(core.context, deps, name);
        if (values.json) printJson(io, { removed });
        else io.out(removed ? `removed ${name} (the records it synced stay)\n` : `no connector named ${name}\n`);
        return removed ? EXIT.ok : EXIT.problems;
      }
      if (verb === 'test') {
        const result = await testConnector(core.context, deps, name);
        if (values.json) printJson(io, result);
        else {
          io.out(`${result.ok ? 'ok' : 'FAILED'}: ${result.message}\n`);
          for (const stream of result.streams ?? []) io.out(`  ${stream.stream}: ${stream.ok ? 'ok' : 'FAILED'} ${stream.message}\n`);
        }
        return result.ok ? EXIT.ok : EXIT.problems;
      }
      if (!values.kind || !values.side || !values.config) throw new UsageError(`connectors add needs --kind, --side and --config\n${usage}`);
      if (values.side !== 'erp' && values.side !== 'wms') throw new UsageError('--side is erp or wms');
      const schedule = values.schedule === undefined ? undefined : Number(values.schedule);
      if (schedule !== undefined && !(Number.isInteger(schedule) && schedule > 0)) throw new UsageError('--schedule is a whole number of minutes');
      let config: JsonValue;
      try {
        config = JSON.parse(readFileSync(values.config, 'utf8')) as JsonValue;
      } catch (error) {
        io.err(`${values.config}: ${(error as Error).message}\n`);
        return EXIT.problems;
      }
      const secrets: Record<string, string> = {};
      for (const entry of values.secret ?? []) {
        const [key, ...value] = entry.split('=');
        secrets[key!] = value.length > 0 ? value.join('=') : await askHidden(`${key}: `);
      }
      const added = await addConnector(core.context, deps, { name, kind: values.kind, side: values.side, config, secrets, ...(schedule ? { scheduleMinutes: schedule } : {}) });
      if (values.json) printJson(io, added);
      else io.out(`added ${added.name} (${added.kind}; secrets: ${added.secretKeys.join(', ') || 'none'})\n`);
      return EXIT.ok;
    } catch (error) {
      if (error instanceof UsageError) throw error;
      io.err(`${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT.problems;
    } finally {
      core.close();
    }
  },
};

export const syncCommand: Command = {
  name: 'sync',
  summary: 'sync connectors now (incremental, resumes an interrupted run)',
  usage: syncUsage,
  async run(args, io) {
    const { values } = parseArgs({ args, options: { workspace: { type: 'string', short: 'w' }, connector: { type: 'string' }, json: { type: 'boolean' } }, strict: true });
    if (!values.workspace) throw new UsageError(`--workspace DIR is required\n${syncUsage}`);
    const core: Core = createCore({ workspaceDir: values.workspace, create: false, mode: 'cli', actor: 'cli' });
    const deps = depsFor(values.workspace, io);
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once('SIGINT', stop);
    try {
      await ensurePassphrase();
      const outcomes: SyncOutcome[] = [];
      for (const name of connectorsToSync(core.context, values.connector ? { connector: values.connector } : {})) {
        const outcome = await syncConnector(core.context, deps, { connector: name, trigger: 'cli', signal: controller.signal });
        outcomes.push(outcome);
        if (!values.json) io.out(`${name}: ${outcome.status}, ${outcome.records} records (${outcome.inserted} new, ${outcome.updated} changed, ${outcome.failed} dead letters) in ${outcome.pages} pages${outcome.message ? ` — ${outcome.message}` : ''}\n`);
      }
      if (values.json) printJson(io, outcomes);
      else if (outcomes.length === 0) io.out('Nothing to sync: no enabled connector.\n');
      return outcomes.every((outcome) => outcome.status === 'ok') ? EXIT.ok : EXIT.problems;
    } catch (error) {
      io.err(`${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT.problems;
    } finally {
      process.off('SIGINT', stop);
      core.close();
    }
  },
};
