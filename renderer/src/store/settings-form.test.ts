import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../test-support/fake-client.js';
import { draftPath, draftToPatch, fieldErrorsFrom, sameDraft, shiftRowErrors, toDraft } from './settings-form.js';

describe('draftToPatch', () => {
  it('gives back the settings a draft was made from', () => {
    const settings = sampleSettings();
    const outcome = draftToPatch(toDraft(settings));
    expect(outcome.ok && outcome.prepared.patch).toEqual(settings);
  });

  it('drops blank rows, trims values and records where each kept row came from', () => {
    const draft = {
      ...toDraft(sampleSettings()),
      companyName: '  Acme  ',
      x12Ids: [{ qualifier: '', id: ' ' }, { qualifier: 'ZZ', id: ' ACME ' }],
      glns: ['', '0614141000005', '  ', '123'],
      ackOverdueHours: ' 48 ',
    };
    const outcome = draftToPatch(draft);
    if (!outcome.ok) throw new Error('expected a patch');
    expect(outcome.prepared.patch.company).toEqual({ name: 'Acme', x12Ids: [{ qualifier: 'ZZ', id: 'ACME' }], edifactIds: [], glns: ['0614141000005', '123'] });
    expect(outcome.prepared.patch.ackOverdueHours).toBe(48);
    expect(outcome.prepared.rowOrigins).toEqual({ x12Ids: [1], edifactIds: [], glns: [1, 3] });
  });

  it('keeps a half-filled row so the server can say what is missing', () => {
    const outcome = draftToPatch({ ...toDraft(sampleSettings()), edifactIds: [{ qualifier: '14', id: '' }] });
    expect(outcome.ok && outcome.prepared.patch.company.edifactIds).toEqual([{ qualifier: '14', id: '' }]);
  });

  it.each(['', 'abc', '1.5', '-3'])('refuses hours %j before calling the core', (hours) => {
    expect(draftToPatch({ ...toDraft(sampleSettings()), ackOverdueHours: hours })).toEqual({
      ok: false,
      errors: { ackOverdueHours: 'Enter a whole number of hours.' },
    });
  });
});

describe('server error paths', () => {
  const origins = { x12Ids: [2], edifactIds: [], glns: [1, 3] };
  it('maps list rows of the patch back to the rows of the draft', () => {
    expect(draftPath('company.glns.1', origins)).toBe('company.glns.3');
    expect(draftPath('company.x12Ids.0.id', origins)).toBe('company.x12Ids.2.id');
    expect(draftPath('ackOverdueHours', origins)).toBe('ackOverdueHours');
    expect(draftPath('company.glns', origins)).toBe('company.glns');
  });

  it('reads invalid-input details into field errors and keeps pathless messages for the form', () => {
    const details = [
      { path: 'company.glns.0', message: 'a GLN has 13 digits' },
      { path: 'company.glns.0', message: 'second message for the same field' },
      { path: '', message: 'Unrecognized key: "extra"' },
      { path: 'ackOverdueHours', message: 'Too big' },
      'garbage',
    ];
    expect(fieldErrorsFrom(details, origins)).toEqual({
      fields: { 'company.glns.1': 'a GLN has 13 digits', ackOverdueHours: 'Too big' },
      unplaced: ['Unrecognized key: "extra"'],
    });
    expect(fieldErrorsFrom(undefined, origins)).toEqual({ fields: {}, unplaced: [] });
  });

  it('moves row errors up when a row above is removed', () => {
    const errors = { 'company.glns.0': 'a', 'company.glns.2': 'c', 'company.x12Ids.1.id': 'x', theme: 't' };
    expect(shiftRowErrors(errors, 'glns', 1)).toEqual({ 'company.glns.0': 'a', 'company.glns.1': 'c', 'company.x12Ids.1.id': 'x', theme: 't' });
    expect(shiftRowErrors(errors, 'x12Ids', 1)).toEqual({ 'company.glns.0': 'a', 'company.glns.2': 'c', theme: 't' });
  });
});

describe('sameDraft', () => {
  it('sees any edit', () => {
    const draft = toDraft(sampleSettings());
    expect(sameDraft(draft, toDraft(sampleSettings()))).toBe(true);
    expect(sameDraft(draft, { ...draft, glns: [...draft.glns, ''] })).toBe(false);
  });
});
