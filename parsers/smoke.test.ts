import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from './problems.js';

describe('problem catalogue', () => {
  it('gives every code a title', () => {
    for (const [code, def] of Object.entries(PROBLEM_CODES)) expect(def.title, code).not.toBe('');
  });
});
