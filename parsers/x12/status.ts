/** Statuses of transactions and groups, and the file verdict, derived from their problems. */
import type { Group, Problem, TransactionStatus } from '../model.js';
import type { DroppedTally } from './transactions.js';

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
export function groupStatus(group: Group, dropped: DroppedTally = { total: 0, rejected: 0, noted: 0 }): Group['status'] {
  if (group.problems.some((p) => p.severity === 'error')) return 'rejected';
  const transactions = group.transactions;
  const total = transactions.length + dropped.total;
  const rejected = transactions.filter((t) => t.status === 'rejected').length + dropped.rejected;
  if (total > 0 && rejected === total) return 'rejected';
  if (rejected > 0) return 'partially-accepted';
  const noted = dropped.noted > 0 || transactions.some((t) => t.status === 'accepted-with-errors') || group.problems.some((p) => p.severity === 'warning');
  return noted ? 'accepted-with-errors' : 'accepted';
}
