import { isAbsolute, join, resolve } from 'node:path';

/** The value of `--workspace DIR` or `--workspace=DIR`, wherever it appears (Electron and Chromium add their own). */
export function workspaceArgument(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index]!;
    if (argument === '--workspace') {
      const value = argv[index + 1];
      return value && !value.startsWith('--') ? value : undefined;
    }
    if (argument.startsWith('--workspace=')) return argument.slice('--workspace='.length) || undefined;
  }
  return undefined;
}

/** The workspace folder for this run: `--workspace DIR` (relative to where Crossdock was started) or userData/workspace. */
export function resolveWorkspaceDir(argv: readonly string[], userDataDir: string, cwd: string): string {
  const chosen = workspaceArgument(argv);
  if (chosen === undefined) return join(userDataDir, 'workspace');
  return isAbsolute(chosen) ? chosen : resolve(cwd, chosen);
}
