import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../../core/core.js';
import { DATABASE_FILE } from '../../core/workspace/workspace.js';
import { EXIT, printJson, UsageError, type CliIo, type Command } from '../io.js';

const usage = `Usage:
  crossdock workspace init DIR          create a workspace (workspace.db, archive/, inbox/, outbox/)
  crossdock workspace info DIR [--json] show its path, id and schema version`;

export const workspaceCommand: Command = {
  name: 'workspace',
  summary: 'create a workspace or show what is in one',
  usage,
  async run(args, io) {
    const [verb, ...rest] = args;
    const { values, positionals } = parseArgs({ args: rest, options: { json: { type: 'boolean' } }, allowPositionals: true, strict: true });
    const dir = positionals[0];
    if (!dir || positionals.length > 1) throw new UsageError(`${verb ?? 'workspace'} needs exactly one folder\n${usage}`);
    if (verb === 'init') return init(dir, values.json ?? false, io);
    if (verb === 'info') return info(dir, values.json ?? false, io);
    throw new UsageError(`Unknown workspace command ${verb ?? '(none)'}\n${usage}`);
  },
};

async function init(dir: string, json: boolean, io: CliIo): Promise<number> {
  const existed = existsSync(join(resolve(dir), DATABASE_FILE));
  const core = createCore({ workspaceDir: dir, create: true, mode: 'cli' });
  try {
    const result = await core.invoke('workspace.info', {});
    if (!result.ok) throw new Error(result.error.message);
    if (json) printJson(io, { created: !existed, ...result.value });
    else io.out(`${existed ? 'Workspace already exists' : 'Created workspace'} at ${result.value.path} (schema version ${result.value.schemaVersion})\n`);
    return EXIT.ok;
  } finally {
    core.close();
  }
}

async function info(dir: string, json: boolean, io: CliIo): Promise<number> {
  const core = createCore({ workspaceDir: dir, create: false, mode: 'cli' });
  try {
    const result = await core.invoke('workspace.info', {});
    if (!result.ok) throw new Error(result.error.message);
    const value = result.value;
    if (json) printJson(io, value);
    else {
      io.out(
        [
          `Workspace       ${value.path}`,
          `Id              ${value.id}`,
          `Schema version  ${value.schemaVersion}`,
          `Created         ${value.createdAt} by Crossdock ${value.createdByVersion}`,
          `Database        ${(value.databaseBytes / 1024).toFixed(0)} KiB`,
          `Inbox           ${value.folders.inbox}`,
          '',
        ].join('\n'),
      );
    }
    return EXIT.ok;
  } finally {
    core.close();
  }
}
