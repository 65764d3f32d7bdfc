import { describe, expect, it } from 'vitest';
import { sectionFromHash } from './sections.js';
import { screenFromHash } from './screens.js';

describe('screenFromHash', () => {
  it('knows #/check (and deeper links) and nothing that is a section', () => {
    expect(screenFromHash('#/check')).toBe('check');
    expect(screenFromHash('#/check/ASN-1')).toBe('check');
    expect(screenFromHash('#/documents')).toBeNull();
    expect(screenFromHash('')).toBeNull();
    expect(sectionFromHash('#/check')).toBeNull();
  });
});
