import { describe, expect, it } from 'vitest';
import { createEdiStream, parseEdi } from '../../../parsers/index.js';
import { buildFileReport, FileReportBuilder } from './file-report.js';

const ISA = `ISA*00*${' '.repeat(10)}*00*${' '.repeat(10)}*ZZ*${'BUYERCO'.padEnd(15)}*ZZ*${'SUPPLIERCO'.padEnd(15)}*240115*1030*U*00401*000000009*0*P*>~\n`;

/** One group of `count` 850s; the sets listed in `wrong` declare a wrong SE01. */
function file(count: number, wrong: number[]): Uint8Array {
  let text = `${ISA}GS*PO*BUYERCO*SUPPLIERCO*20240115*1030*9*X*004010~\n`;
  for (let i = 1; i <= count; i++) {
    const control = String(i).padStart(4, '0');
    text += `ST*850*${control}~\nBEG*00*SA*PO${i}**20240115~\nPO1*1*2*EA*3.50**BP*X1~\nSE*${wrong.includes(i) ? 9 : 4}*${control}~\n`;
  }
  text += `GE*${count}*9~\nIEA*1*000000009~\n`;
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

describe('file report', () => {
  it('lists transactions up to the cap, then only those with problems, and counts the rest', () => {
    const builder = new FileReportBuilder('many.x12', { transactions: 3, problems: 2 });
    const stream = createEdiStream({ keepSegments: false, onTransaction: builder.onTransaction });
    stream.write(file(10, [2, 7, 8, 9]));
    const report = builder.finish(stream.end());
    const group = report.interchanges[0]!.groups[0]!;
    expect(group.transactionCount).toBe(10);
    expect(group.statusCounts).toEqual({ accepted: 6, rejected: 4 });
    // 1, 2, 3 fill the cap; after it only rejected ones, up to twice the cap
    expect(group.transactions.map((transaction) => transaction.controlNumber)).toEqual(['0001', '0002', '0003', '0007', '0008', '0009']);
    expect(group.transactionsOmitted).toBe(4);
    expect(report.problems.map((problem) => problem.where.transaction)).toEqual(['0002', '0007']);
    expect(report.problemsOmitted).toBe(2);
  });

  it('reads transactions from the result when nothing was streamed, and lists each problem once', () => {
    const report = buildFileReport('few.x12', parseEdi(file(3, [3])));
    const group = report.interchanges[0]!.groups[0]!;
    expect(group.transactions.map((transaction) => [transaction.controlNumber, transaction.status])).toEqual([
      ['0001', 'accepted'],
      ['0002', 'accepted'],
      ['0003', 'rejected'],
    ]);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ code: 'transaction-count-mismatch', where: { interchange: '000000009', group: '9', transaction: '0003', transactionType: '850' } });
  });
});
