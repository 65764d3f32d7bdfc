/**
 * The crossdock command: a thin layer over the core. Each verb lives in commands/; this file routes, prints help
 * and turns failures into messages and exit codes (0 ok, 1 problems found or failure, 2 unusable arguments).
 */
import { WorkspaceError } from '../core/workspace/errors.js';
import { APP_VERSION } from '../core/version.js';
import { commands } from './commands/index.js';
import { EXIT, UsageError, type CliIo } from './io.js';

function help(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    `Crossdock ${APP_VERSION}: EDI and reconciliation workstation`,
    '',
    'Usage: crossdock <command> [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Options:',
    '  --help, -h     this help (crossdock <command> --help for a command)',
    '  --version, -v  print the version',
    '',
  ].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${APP_VERSION}\n`);
    return EXIT.ok;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`crossdock: unknown command '${name}'\n\n${help()}`);
    return EXIT.usage;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    return reportFailure(error, command.name, io);
  }
}

function reportFailure(error: unknown, commandName: string, io: CliIo): number {
  const code = (error as { code?: string }).code ?? '';
  if (error instanceof UsageError || code.startsWith('ERR_PARSE_ARGS')) {
    io.err(`crossdock ${commandName}: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  if (error instanceof WorkspaceError) {
    io.err(`crossdock ${commandName}: ${error.message}\n`);
    return EXIT.problems;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/NODE_MODULE_VERSION|was compiled against a different Node\.js version/.test(message)) {
    io.err(`crossdock: the SQLite module is built for another runtime (probably Electron). Run: npm run native:node\n`);
    return EXIT.problems;
  }
  io.err(`crossdock ${commandName}: ${error instanceof Error ? (error.stack ?? message) : message}\n`);
  return EXIT.problems;
}
