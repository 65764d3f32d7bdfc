import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ThreadIndex } from './incremental.js';
import { reconcileAll, reconcileThread } from './reconcile.js';
import { plantedDefect, SYNTHETIC_DEFECTS, syntheticContext, syntheticInputs, syntheticOrder } from './synthetic.js';
import { ackFact, context, controlFact, sampleInputs } from './test-fixtures.js';
import type { ReconcileInput } from './types.js';

// 20 synthetic orders with a defect in every second one, the sample thread, and facts
const mixed: ReconcileInput[] = [...syntheticInputs(20, 2), ...sampleInputs(), ackFact({ status: 'rejected' }), controlFact(), controlFact({ finding: 'gap', controlNumber: undefined, range: { from: 3, to: 4 } })];
const ctx = { ...syntheticContext(), items: context().items };
const baseline = reconcileAll(mixed, ctx);

describe('determinism', () => {
  it('finds something to compare (the baseline is not empty)', () => {
    expect(baseline.mismatches.length).toBeGreaterThan(10);
  });

  it('gives the same threads and mismatches for every order of the inputs', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(mixed, { minLength: mixed.length, maxLength: mixed.length }), (shuffled) => {
        const result = reconcileAll(shuffled, ctx);
        expect(result.mismatches).toEqual(baseline.mismatches);
        expect(result.threads.map((thread) => thread.key)).toEqual(baseline.threads.map((thread) => thread.key));
      }),
      { numRuns: 40 },
    );
  });

  it('gives the same ids to the same findings from fresh copies of the inputs', () => {
    const again = reconcileAll(structuredClone(mixed), ctx).mismatches.map((found) => found.id);
    expect(again).toEqual(baseline.mismatches.map((found) => found.id));
    expect(new Set(again).size).toBe(again.length);
  });

  it('keeps threads up to date one input at a time, equal to a full rebuild, for any arrival order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(mixed, { minLength: mixed.length, maxLength: mixed.length }), (arrival) => {
        const index = new ThreadIndex(ctx.items);
        for (const input of arrival) index.add(input);
        expect(index.all().map((thread) => thread.key)).toEqual(baseline.threads.map((thread) => thread.key));
        const mismatches = index.all().flatMap((thread) => reconcileThread(thread, ctx));
        expect(mismatches.map((found) => found.id).sort()).toEqual(baseline.mismatches.map((found) => found.id).sort());
      }),
      { numRuns: 15 },
    );
  });

  it('reports which threads an input changed and which merged away', () => {
    const index = new ThreadIndex(ctx.items);
    const [order, erp] = syntheticOrder(1);
    index.add(erp!);
    const wmsOnly = syntheticOrder(1).find((input) => input.document.kind === 'shipment' && input.document.role === 'warehouse-advice')!;
    expect(index.add(wmsOnly).updated.map((thread) => thread.key)).toEqual(['order:2:PO0000001']);
    expect(index.add(order!).updated.map((thread) => thread.documents.length)).toEqual([3]);
  });
});

describe('synthetic orders: every planted defect found, nothing else', () => {
  it.each(SYNTHETIC_DEFECTS.map((defect) => [defect.name, defect.type] as const))('%s gives exactly %s', (name, type) => {
    const found = reconcileAll(syntheticOrder(7, name), ctx).mismatches;
    expect(found.map((item) => item.type)).toEqual([type]);
  });

  it('200 orders with a defect in every tenth: precision and recall 100 %', () => {
    const found = reconcileAll(syntheticInputs(200, 10), ctx).mismatches;
    const expected = Array.from({ length: 200 }, (_, index) => plantedDefect(index, 10)).flatMap((defect, index) => (defect ? [`${index}:${defect.type}`] : []));
    const actual = found.map((item) => `${Number(item.threadKey.split(':PO')[1])}:${item.type}`);
    expect(actual.sort()).toEqual(expected.sort());
  });
});
