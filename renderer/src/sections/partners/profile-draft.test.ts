import { describe, expect, it } from 'vitest';
import { draftToUpdate, fieldErrorsFrom, toDraft } from './profile-draft.js';
import { partnerDetail } from './profile-test-data.js';

describe('profile draft', () => {
  it('turns a partner into text fields and back into a partners.update input, leaving blank optional text out', () => {
    const draft = toDraft(partnerDetail());
    expect(draft).toMatchObject({ name: 'Buyer Co', ackWithinHours: '24', asnWithinHours: '', pricePercent: '2.5', items: [{ buyerPart: 'BP-1', sku: 'SKU-1', gtin: '', description: '' }] });
    const prepared = draftToUpdate(3, { ...draft, asnWithinHours: ' 4 ', contacts: [{ name: 'Ann', role: '', email: 'ann@example.com', phone: '' }] });
    expect(prepared.ok && prepared.input).toMatchObject({
      partnerId: 3,
      identifiers: [{ kind: 'isa', qualifier: 'ZZ', id: 'BUYERCO' }, { kind: 'gs', id: 'BUYERCO' }],
      profile: {
        slas: { ackWithinHours: 24, asnWithinHours: 4 },
        tolerances: { pricePercent: '2.5', quantityUnits: null, quantityPercent: null },
        items: [{ buyerPart: 'BP-1', sku: 'SKU-1' }],
        contacts: [{ name: 'Ann', email: 'ann@example.com' }],
        ackOverdueHours: null,
      },
    });
  });

  it('refuses hours that are not whole numbers before calling the core', () => {
    const draft = toDraft(partnerDetail());
    expect(draftToUpdate(3, { ...draft, ackWithinHours: '1.5', ackOverdueHours: 'x' })).toEqual({
      ok: false,
      errors: { 'slas.ackWithinHours': 'Enter a whole number of hours.', ackOverdueHours: 'Enter a whole number of hours.' },
    });
  });

  it('places the core zod paths on draft fields and keeps the others for the form', () => {
    const { fields, unplaced } = fieldErrorsFrom([
      { path: 'profile.items.1.gtin', message: 'a GTIN has 8, 12, 13 or 14 digits' },
      { path: 'identifiers.0', message: 'already identifies Globex' },
      { path: 'name', message: 'a partner needs a name' },
      { path: '', message: 'rejected' },
    ]);
    expect(fields).toEqual({ 'items.1.gtin': 'a GTIN has 8, 12, 13 or 14 digits', 'identifiers.0': 'already identifies Globex', name: 'a partner needs a name' });
    expect(unplaced).toEqual(['rejected']);
  });
});
