import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { createSettingsStore } from './settings-store.js';
import { DATABASE_FILE, openWorkspace } from './workspace.js';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

const company = { name: 'Acme', x12Ids: [{ qualifier: 'ZZ', id: 'ACME' }], edifactIds: [], glns: [] };

describe('settings store (cached read)', () => {
  it('reads the same object until something changes, then the new values', () => {
    const workspace = openWorkspace(join(temp.path, 'ws'), { create: true });
    const settings = createSettingsStore(workspace.db);
    const first = settings.read();
    expect(settings.read()).toBe(first);
    const updated = settings.update({ company, ackOverdueHours: 6 }, 'test');
    expect(updated.company).toEqual(company);
    expect(settings.read().ackOverdueHours).toBe(6);
    expect(settings.read()).not.toBe(first);
    workspace.close();
  });

  it('sees a change committed by another connection (another process on the same workspace)', () => {
    const dir = join(temp.path, 'ws');
    const workspace = openWorkspace(dir, { create: true });
    const settings = createSettingsStore(workspace.db);
    expect(settings.read().company.name).toBe('');
    const other = new Database(join(dir, DATABASE_FILE));
    try {
      createSettingsStore(other).update({ company }, 'other process');
    } finally {
      other.close();
    }
    expect(settings.read().company).toEqual(company);
    workspace.close();
  });

  it('hands out a frozen object: a caller cannot change what the next caller reads', () => {
    const workspace = openWorkspace(join(temp.path, 'ws'), { create: true });
    const settings = createSettingsStore(workspace.db);
    const read = settings.read();
    expect(() => read.company.x12Ids.push({ qualifier: 'ZZ', id: 'X' })).toThrow(TypeError);
    expect(settings.read().company.x12Ids).toEqual([]);
    workspace.close();
  });
});
