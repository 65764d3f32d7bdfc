import { randomBytes } from 'node:crypto';
import { constants as bufferLimits } from 'node:buffer';
import { closeSync, existsSync, ftruncateSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { sha256Of } from './archive.js';
import { readHashed } from './read-hashed.js';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('readHashed', () => {
  // empty, smaller than a chunk, exactly one chunk, several chunks with a partial last one
  it.each([0, 1_500, 4 * 1024 * 1024, 9 * 1024 * 1024 + 123])('reads %i bytes as readFile does, with their SHA-256 and modification time', async (size) => {
    const path = join(temp.path, `file-${size}`);
    writeFileSync(path, randomBytes(size));
    const read = await readHashed(path);
    const expected = readFileSync(path);
    expect(Buffer.from(read.bytes).equals(expected)).toBe(true);
    expect(read.sha256).toBe(sha256Of(expected));
    expect(read.modifiedMs).toBe(statSync(path).mtimeMs);
  });

  // a stat size of 0 with bytes behind it: read to the end, as readFile does
  it.skipIf(!existsSync('/proc/version'))('reads a file whose stat gives no size to its end', async () => {
    const read = await readHashed('/proc/version');
    const expected = readFileSync('/proc/version');
    expect(statSync('/proc/version').size).toBe(0);
    expect(expected.length).toBeGreaterThan(0);
    expect(Buffer.from(read.bytes).equals(expected)).toBe(true);
    expect(read.sha256).toBe(sha256Of(expected));
  });

  // a sparse file: the size without the disk space
  it('refuses a file larger than one buffer can hold, saying its size, the limit and what to do, before reading it', async () => {
    const path = join(temp.path, 'huge.x12');
    const handle = openSync(path, 'w');
    ftruncateSync(handle, bufferLimits.MAX_LENGTH + 1);
    closeSync(handle);
    await expect(readHashed(path)).rejects.toThrow(/huge\.x12 is 4\.0 GiB; one file can be at most 4\.0 GiB here\. Split it/);
  });

  it('fails for a missing file', async () => {
    await expect(readHashed(join(temp.path, 'missing'))).rejects.toThrow(/ENOENT/);
  });
});
