import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { purchaseOrder } from '../../../test/helpers/x12-samples.js';
import { parseEdi, type Interchange } from '../../../parsers/index.js';
import { migrate } from '../workspace/migrate.js';
import { createPartnerResolver } from './resolve.js';

const company = { name: 'Acme', x12Ids: [{ qualifier: 'ZZ', id: 'ACMESUPPLY' }], edifactIds: [], glns: [] };

function interchangeOf(text: string): Interchange {
  const interchange = parseEdi(new TextEncoder().encode(text)).interchanges[0];
  if (!interchange) throw new Error('the sample has no interchange');
  return interchange;
}

const po = (control: string, groupVersion = '004010') => interchangeOf(purchaseOrder({ po: `PO-${control}`, control, lines: 1 }).replace('*X*004010', `*X*${groupVersion}`));

let db: Database.Database;
let profileWrites: () => number;
beforeEach(() => {
  db = new Database(':memory:');
  migrate(db);
  db.exec(`CREATE TEMP TABLE profile_writes (n INTEGER);
    CREATE TEMP TRIGGER count_profile_writes AFTER UPDATE OF profile_json ON partners BEGIN INSERT INTO profile_writes VALUES (1); END;`);
  const count = db.prepare('SELECT count(*) FROM profile_writes').pluck();
  profileWrites = () => count.get() as number;
});

const storedProfile = (partnerId: number) => JSON.parse(db.prepare('SELECT profile_json FROM partners WHERE id = ?').pluck().get(partnerId) as string) as { versions: string[]; note?: string };

describe('partner resolution: the learned profile', () => {
  it('writes nothing when an interchange teaches nothing new, and learns a new version when one comes', () => {
    const partners = createPartnerResolver(db);
    const first = partners.resolve(po('000000001'), company);
    expect(first.created).toBe(true);
    for (let control = 2; control <= 5; control++) partners.resolve(po(`00000000${control}`), company);
    expect(profileWrites()).toBe(0);
    const later = partners.resolve(po('000000006', '005010'), company);
    expect(later.partnerId).toBe(first.partnerId);
    expect(profileWrites()).toBe(1);
    expect(storedProfile(first.partnerId).versions).toEqual(['00401', '004010', '005010']);
  });

  it('merges in full again when the stored profile changed since (edited by a user or another connection)', () => {
    const partners = createPartnerResolver(db);
    const { partnerId } = partners.resolve(po('000000001'), company);
    partners.resolve(po('000000002'), company);
    db.prepare('UPDATE partners SET profile_json = ? WHERE id = ?').run(JSON.stringify({ note: 'edited', versions: [], quirks: [], standards: ['x12'] }), partnerId);
    partners.resolve(po('000000003'), company);
    expect(storedProfile(partnerId)).toMatchObject({ note: 'edited', versions: ['00401', '004010'] });
  });

  it('learns again what a rolled-back transaction had written', () => {
    const partners = createPartnerResolver(db);
    const { partnerId } = partners.resolve(po('000000001'), company);
    expect(() =>
      db.transaction(() => {
        partners.resolve(po('000000002', '005010'), company);
        throw new Error('the file failed');
      })(),
    ).toThrow('the file failed');
    expect(storedProfile(partnerId).versions).toEqual(['00401', '004010']);
    partners.resolve(po('000000003', '005010'), company);
    expect(storedProfile(partnerId).versions).toEqual(['00401', '004010', '005010']);
  });
});
