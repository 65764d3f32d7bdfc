/** Where a command writes; tests pass their own to capture output. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** true when stdout is a terminal: progress lines and colour only then */
  isTty: boolean;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  isTty: Boolean(process.stdout.isTTY),
};

/** Exit codes: 0 success, 1 the work found problems or failed, 2 the arguments were unusable. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export class UsageError extends Error {}

export interface Command {
  name: string;
  /** one line for `crossdock --help` */
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

export function printJson(io: CliIo, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}
