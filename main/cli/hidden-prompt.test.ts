import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { askHidden } from './hidden-prompt.js';

describe('askHidden', () => {
  it('returns the typed line and never writes it to the screen', async () => {
    const keyboard = new PassThrough();
    const screen = new PassThrough();
    let shown = '';
    screen.on('data', (chunk: Buffer) => (shown += chunk.toString()));
    const answer = askHidden('Secrets passphrase: ', keyboard, screen);
    keyboard.write('correct horse');
    keyboard.write(' battery\n');
    expect(await answer).toBe('correct horse battery');
    expect(shown).toContain('Secrets passphrase: ');
    expect(shown).not.toContain('correct');
    expect(shown).not.toContain('battery');
  });
});
