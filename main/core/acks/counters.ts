/**
 * Our control numbers for the acks we send each partner (ISA13/GS06/ST02, UNB 0020/UNG 0048/UNH 0062), kept in
 * SQLite and incremented inside the caller's transaction, so a number is used once: a crash before the commit
 * rolls the number back together with the ack that used it.
 */
import type Database from 'better-sqlite3';
import type { ControlNumberSource } from '../../../parsers/index.js';
import type { AckStore } from './store.js';

/** Must be used inside the transaction that also records what the numbers were used for. */
export function ackCounterFor(db: Database.Database, store: AckStore, partnerId: number): ControlNumberSource {
  if (!db.inTransaction) throw new Error('Ack control numbers must be drawn inside the transaction that records the ack');
  store.ensureCounter.run(partnerId);
  return {
    nextInterchange: () => store.nextInterchange.get(partnerId) as number,
    nextGroup: () => store.nextGroup.get(partnerId) as number,
    nextTransaction: () => store.nextTransaction.get(partnerId) as number,
  };
}
