import { describe, expect, it } from 'vitest';
import { controlFact, only } from '../test-fixtures.js';

describe('control-number-duplicate', () => {
  it('flags a duplicate with the ledger files and documents as evidence', () => {
    const [found] = only('control-number-duplicate', [controlFact()]);
    expect(found).toMatchObject({ threadKey: 'control:3:inbound:interchange:duplicate:000000042', severity: 'high', owner: 'edi', actual: { value: { kind: 'count', value: 2 } }, partner: { id: 3 } });
    expect(found?.evidence[0]?.source).toEqual({ kind: 'ledger', fileIds: [11, 12], documentIds: [101, 102] });
  });

  it('rates our own outbound duplicates lower than inbound ones', () => {
    expect(only('control-number-duplicate', [controlFact({ direction: 'outbound' })])[0]?.severity).toBe('medium');
  });

  it('ignores gaps and a duplicate fact without its number', () => {
    expect(only('control-number-duplicate', [controlFact({ finding: 'gap', controlNumber: undefined, range: { from: 5, to: 6 } })])).toEqual([]);
    expect(only('control-number-duplicate', [controlFact({ controlNumber: undefined })])).toEqual([]);
  });

  it('counts the occurrences from the files when the ledger gives no count', () => {
    expect(only('control-number-duplicate', [controlFact({ occurrenceCount: undefined, fileIds: [1, 2, 3] })])[0]?.actual.value).toEqual({ kind: 'count', value: 3 });
  });
});
