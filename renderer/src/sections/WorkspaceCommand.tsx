import { CommandLine } from '../components/CommandLine.js';
import { Skeleton } from '../components/Skeleton.js';
import { useSession } from '../services.js';

/** A `crossdock` command line for this workspace; `DIR` until the workspace path is known. */
export function WorkspaceCommand({ verb, label }: { verb: string; label: string }) {
  const path = useSession((state) => state.workspace?.path ?? null);
  const loading = useSession((state) => state.loading);
  if (path === null && loading) return <Skeleton width="28em" />;
  return <CommandLine text={`crossdock ${verb} --workspace ${quoteForShell(path ?? 'DIR')}`} label={label} />;
}

/** The path is pasted into a shell: quoted when it needs it (double quotes for Windows paths, which cmd.exe needs). */
export function quoteForShell(path: string): string {
  if (/^[\w@%+=:,./-]+$/.test(path)) return path;
  if (/^[A-Za-z]:\\/.test(path)) return `"${path}"`;
  return `'${path.replace(/'/g, `'\\''`)}'`;
}
