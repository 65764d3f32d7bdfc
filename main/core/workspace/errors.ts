export type WorkspaceErrorKind =
  | 'workspace-newer'
  | 'migration-edited'
  | 'not-a-workspace'
  | 'locked'
  | 'unreadable';

/** A workspace that cannot be opened, with a message meant for the user. */
export class WorkspaceError extends Error {
  constructor(
    readonly kind: WorkspaceErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'WorkspaceError';
  }
}
