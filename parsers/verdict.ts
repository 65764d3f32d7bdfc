import type { EdiFileResult, Problem, Verdict } from './model.js';

/**
 * The file's verdict from every level's problems. Group statuses count too, so transactions a stream handed to its
 * callback without keeping them still decide the verdict through the status of their group.
 */
export function verdictOf(result: EdiFileResult): Verdict {
  if (result.standard === null) return 'not-edi';
  let warned = false;
  const hasError = (problems: readonly Problem[]): boolean => {
    for (const problem of problems) {
      if (problem.severity === 'error') return true;
      if (problem.severity === 'warning') warned = true;
    }
    return false;
  };
  if (hasError(result.problems)) return 'errors';
  for (const interchange of result.interchanges) {
    if (hasError(interchange.problems)) return 'errors';
    for (const group of interchange.groups) {
      if (hasError(group.problems)) return 'errors';
      if (group.status === 'rejected' || group.status === 'partially-accepted') return 'errors';
      if (group.status === 'accepted-with-errors') warned = true;
      for (const transaction of group.transactions) if (hasError(transaction.problems)) return 'errors';
    }
  }
  return warned ? 'warnings' : 'ok';
}
