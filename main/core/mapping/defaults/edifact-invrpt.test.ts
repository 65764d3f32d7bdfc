import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { edifactInvrptMap } from './edifact-invrpt.js';
import { corpusDir, describeGoldens } from './edifact-testkit.js';

describeGoldens('INVRPT', edifactInvrptMap, ['invrpt-d96a.edi', 'invrpt-d01b.edi']);

describe.skipIf(!existsSync(corpusDir))('EDIFACT INVRPT default map on ../shared/corpus (skipped: no corpus folder beside the repository)', () => {
  it('has no INVRPT file to map (SOURCES.tsv lists none)', () => {
    const labelled = readFileSync(path.join(corpusDir, '../SOURCES.tsv'), 'utf8').split('\n').filter((row) => row.startsWith('edifact/') && row.split('\t')[4] === 'INVRPT');
    expect(labelled).toEqual([]);
  });
});
