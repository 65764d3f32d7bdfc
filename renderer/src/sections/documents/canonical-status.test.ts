import { describe, expect, it } from 'vitest';
import { issueLocation, mapLabel, mapsHash, sortedIssues, type MappingIssue } from './canonical-status.js';

const issue = (severity: MappingIssue['severity'], message: string, segment: MappingIssue['segment'] = null): MappingIssue => ({ severity, ruleId: 'po-number', message, path: null, segment });

describe('canonical status', () => {
  it('links to the map editor of the partner, standard and type with the document as sample', () => {
    expect(mapsHash(12, 'x12', '850', 7)).toBe('#/maps/12/x12/850?sample=7');
    expect(mapsHash(3, 'edifact', 'ORDERS')).toBe('#/maps/3/edifact/ORDERS');
    expect(mapsHash(null, 'x12', '850', 7)).toBe('#/maps');
  });

  it('says which map made the document', () => {
    expect(mapLabel({ origin: 'partner', mapId: 4, version: 3 }, 'Acme 850')).toBe('Acme 850 · partner map v3');
    expect(mapLabel({ origin: 'default', mapId: null, version: null }, null)).toBe('built-in default map');
    expect(mapLabel(null, null)).toBe('no map');
  });

  it('lists errors before warnings before notes, keeping the order within each', () => {
    const sorted = sortedIssues([issue('info', 'a'), issue('warning', 'b'), issue('error', 'c'), issue('warning', 'd')]);
    expect(sorted.map((each) => each.message)).toEqual(['c', 'b', 'd', 'a']);
  });

  it('numbers segments from 1 at ST, as the segment table does', () => {
    expect(issueLocation(issue('error', 'x', { tag: 'BEG', index: 1, offset: 120 }))).toBe('BEG · segment 2');
    expect(issueLocation(issue('error', 'x'))).toBeNull();
  });
});
