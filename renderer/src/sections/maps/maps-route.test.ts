import { describe, expect, it } from 'vitest';
import { editorHash, parseMapsHash } from './maps-route.js';

describe('maps routes', () => {
  it('reads the editor address with its sample and writes it back', () => {
    expect(parseMapsHash('#/maps/12/x12/850?sample=7')).toEqual({ view: 'editor', partnerId: 12, standard: 'x12', type: '850', sample: 7 });
    expect(parseMapsHash(editorHash(3, 'edifact', 'ORDERS'))).toEqual({ view: 'editor', partnerId: 3, standard: 'edifact', type: 'ORDERS', sample: null });
    expect(editorHash(3, 'x12', '850', 9)).toBe('#/maps/3/x12/850?sample=9');
  });

  it('falls back to the home view for anything it cannot read', () => {
    expect(parseMapsHash('#/maps')).toEqual({ view: 'home' });
    expect(parseMapsHash('#/maps/onboard')).toEqual({ view: 'onboard' });
    expect(parseMapsHash('#/maps/0/x12/850')).toEqual({ view: 'home' });
    expect(parseMapsHash('#/maps/4/cobol/850')).toEqual({ view: 'home' });
    expect(parseMapsHash('#/maps/4/x12/8 50')).toEqual({ view: 'home' });
    expect(parseMapsHash('#/maps/4/x12/850?sample=abc')).toMatchObject({ view: 'editor', sample: null });
  });
});
