import type Database from 'better-sqlite3';
import type { Settings } from '../api/types.js';

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  company: { name: '', x12Ids: [], edifactIds: [], glns: [] },
  ackOverdueHours: 24,
};

type SettingsKey = keyof Settings;

/** Settings are stored one key per row so a change to one never rewrites (or races with) another. */
export function createSettingsStore(db: Database.Database) {
  const selectAll = db.prepare('SELECT key, value_json FROM settings');
  const upsert = db.prepare(
    `INSERT INTO settings (key, value_json, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`,
  );
  const audit = db.prepare('INSERT INTO audit_log (at, actor, action, subject, detail_json) VALUES (?, ?, ?, ?, ?)');

  function read(): Settings {
    const settings: Settings = structuredClone(DEFAULT_SETTINGS);
    for (const row of selectAll.all() as { key: string; value_json: string }[]) {
      if (row.key in settings) (settings as unknown as Record<string, unknown>)[row.key] = JSON.parse(row.value_json);
    }
    return settings;
  }

  function update(patch: Partial<Settings>, actor: string): Settings {
    const now = new Date().toISOString();
    db.transaction(() => {
      for (const key of Object.keys(patch) as SettingsKey[]) {
        const value = patch[key];
        if (value === undefined) continue;
        upsert.run(key, JSON.stringify(value), now);
        audit.run(now, actor, 'settings.update', `settings:${key}`, JSON.stringify({ value }));
      }
    })();
    return read();
  }

  return { read, update };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
