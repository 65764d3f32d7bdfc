/** Statuses of transactions and groups, and the file verdict, derived from their problems. */
import type { EdiFileResult, Group, Problem, TransactionStatus, Verdict } from '../model.js';

/**
 * rejected: any error. accepted-with-errors: warnings (except a transaction merely having no spec, which is parsed
 * flat and accepted). Info never counts.
 */
export function transactionStatus(problems: readonly Problem[]): TransactionStatus {
  let status: TransactionStatus = 'accepted';
  for (const problem of problems) {
    if (problem.severity === 'error') return 'rejected';
    if (problem.severity === 'warning' && problem.code !== 'transaction-unsupported') status = 'accepted-with-errors';
  }
  return status;
}

/** An error on the group itself rejects it; otherwise the transactions decide (997 AK901 A / E / P / R). */
export function groupStatus(group: Group): Group['status'] {
  if (group.problems.some((p) => p.severity === 'error')) return 'rejected';
  const transactions = group.transactions;
  const rejected = transactions.filter((t) => t.status === 'rejected').length;
  if (transactions.length > 0 && rejected === transactions.length) return 'rejected';
  if (rejected > 0) return 'partially-accepted';
  const noted = transactions.some((t) => t.status === 'accepted-with-errors') || group.problems.some((p) => p.severity === 'warning');
  return noted ? 'accepted-with-errors' : 'accepted';
}

export function verdictOf(result: EdiFileResult): Verdict {
  if (result.standard === null) return 'not-edi';
  let warnings = false;
  const visit = (problems: readonly Problem[]): boolean => {
    for (const p of problems) {
      if (p.severity === 'error') return true;
      if (p.severity === 'warning') warnings = true;
    }
    return false;
  };
  if (visit(result.problems)) return 'errors';
  for (const interchange of result.interchanges) {
    if (visit(interchange.problems)) return 'errors';
    for (const group of interchange.groups) {
      if (visit(group.problems)) return 'errors';
      for (const transaction of group.transactions) if (visit(transaction.problems)) return 'errors';
    }
  }
  return warnings ? 'warnings' : 'ok';
}
