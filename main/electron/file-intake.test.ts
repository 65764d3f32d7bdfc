import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/helpers/temp-dir.js';
import { createPathIntake, type ReceivedPaths } from './file-intake.js';

describe('path intake', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir('crossdock-intake-')));
  afterEach(() => temp.cleanup());

  it('sorts what arrived into files, folders and missing paths, once each', async () => {
    const file = join(temp.path, 'po.edi');
    const folder = join(temp.path, 'inbound');
    writeFileSync(file, 'ISA*00*');
    mkdirSync(folder);
    const delivered: ReceivedPaths[] = [];
    const intake = createPathIntake((received) => void delivered.push(received));
    await intake([file, folder, file, join(temp.path, 'gone.edi')], 'drop');
    await intake([], 'dialog');
    expect(delivered).toEqual([{ origin: 'drop', files: [file], folders: [folder], missing: [join(temp.path, 'gone.edi')] }]);
  });
});
