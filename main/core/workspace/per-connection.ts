import type Database from 'better-sqlite3';

/**
 * `make` run once per connection and remembered with it (prepared statements: preparing costs more than running
 * the small look-ups the hot paths make; the WeakMap lets a closed workspace's statements go with it).
 */
export function perConnection<T>(make: (db: Database.Database) => T): (db: Database.Database) => T {
  const made = new WeakMap<Database.Database, T>();
  return (db) => {
    let found = made.get(db);
    if (found === undefined) {
      found = make(db);
      made.set(db, found);
    }
    return found;
  };
}
