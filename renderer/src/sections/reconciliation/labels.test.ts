import { describe, expect, it } from 'vitest';
import { MISMATCH_TYPES as CORE_TYPES } from '../../../../main/core/reconcile/types.js';
import { QUEUE_SORT_FIELDS, RESOLUTION_REASONS } from '../../../../main/core/reconcile-store/types.js';
import { ageText, MISMATCH_TYPES, moneyText, USER_RESOLUTION_REASONS } from './labels.js';
import { DEFAULT_SORT, parseReconHash } from './queue-route.js';

describe('the renderer copy of the reconciliation vocabulary', () => {
  it('names every mismatch type the core has, in its order, and no other', () => {
    expect(MISMATCH_TYPES).toEqual([...CORE_TYPES]);
  });

  it('offers every resolution reason except the system’s data-corrected', () => {
    expect(USER_RESOLUTION_REASONS).toEqual(RESOLUTION_REASONS.filter((reason) => reason !== 'data-corrected'));
  });

  it('reads every sort field the core sorts by from the address', () => {
    for (const field of QUEUE_SORT_FIELDS) expect(parseReconHash(`#/reconciliation?sort=${field}&dir=asc`)).toMatchObject({ sort: { field, direction: 'asc' } });
    expect(parseReconHash('#/reconciliation?sort=nonsense')).toMatchObject({ sort: DEFAULT_SORT });
  });
});

describe('display formats', () => {
  const now = Date.parse('2026-11-28T12:00:00Z');
  it('says ages in minutes, hours, then days', () => {
    expect(ageText('2026-11-28T11:15:00Z', now)).toBe('45 min');
    expect(ageText('2026-11-28T07:00:00Z', now)).toBe('5 h');
    expect(ageText('2026-11-25T12:00:00Z', now)).toBe('3 d');
    expect(ageText('2026-11-28T12:05:00Z', now)).toBe('0 min');
    expect(ageText('not a date', now)).toBe('—');
  });

  it('shows money with two decimals and its currency', () => {
    expect(moneyText({ amount: '1234.5', currency: 'USD' })).toMatch(/^1.?234\.50 USD$/);
    expect(moneyText({ amount: '7', currency: null })).toBe('7.00');
    expect(moneyText(null)).toBe('');
  });
});
