import { useStore } from 'zustand';
import type { LedgerDirection, LedgerEntry, LedgerKind, LedgerLevel } from '../../../../main/core/ledger/types.js';
import { toLedgerRows } from './partner-rows.js';
import type { PartnersStore } from './partners-store.js';

const kinds: LedgerKind[] = ['duplicate', 'gap', 'out-of-sequence'];
const levels: LedgerLevel[] = ['interchange', 'group', 'transaction'];
const directions: LedgerDirection[] = ['inbound', 'outbound'];

/** '' in a select means "any". */
function pick<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The envelope id that numbered (a merged partner has one series per id); outbound also the partner id addressed. */
function seriesLabel(entry: LedgerEntry | undefined): { text: string; title: string } {
  const series = entry?.series;
  if (!series) return { text: '—', title: '' };
  const sender = `${series.senderQualifier}:${series.senderId}`;
  if (series.receiverId === null) return { text: series.senderId, title: `Numbered by ${sender}` };
  return { text: `${series.senderId} → ${series.receiverId}`, title: `Numbered by ${sender} for ${series.receiverQualifier ?? ''}:${series.receiverId}` };
}

export function LedgerTab({ store }: { store: PartnersStore }) {
  const ledger = useStore(store, (state) => state.ledger);
  const partners = useStore(store, (state) => state.partners);
  const filters = useStore(store, (state) => state.filters);
  const setFilter = useStore(store, (state) => state.setFilter);
  const rows = toLedgerRows(ledger?.entries ?? []);
  const filtered = Object.keys(filters).length > 0;

  return (
    <section className="partners-ledger" aria-label="Control numbers">
      <div className="partners-filters">
        <label>
          Partner{' '}
          <select
            value={filters.partnerId ?? ''}
            onChange={(event) => void setFilter('partnerId', event.target.value ? Number(event.target.value) : undefined)}
          >
            <option value="">All partners</option>
            {partners.map((partner) => (
              <option key={partner.id} value={partner.id}>
                {partner.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Direction{' '}
          <select value={filters.direction ?? ''} onChange={(event) => void setFilter('direction', pick(event.target.value, directions))}>
            <option value="">Both</option>
            <option value="inbound">Inbound</option>
            <option value="outbound">Outbound</option>
          </select>
        </label>
        <label>
          Level{' '}
          <select value={filters.level ?? ''} onChange={(event) => void setFilter('level', pick(event.target.value, levels))}>
            <option value="">All levels</option>
            <option value="interchange">Interchange</option>
            <option value="group">Group</option>
            <option value="transaction">Transaction</option>
          </select>
        </label>
        <label>
          Kind{' '}
          <select value={filters.kind ?? ''} onChange={(event) => void setFilter('kind', pick(event.target.value, kinds))}>
            <option value="">All kinds</option>
            <option value="duplicate">Duplicate</option>
            <option value="gap">Gap</option>
            <option value="out-of-sequence">Out of sequence</option>
          </select>
        </label>
        {ledger && (
          <span className="partners-count" data-testid="ledger-count">
            {ledger.total === rows.length ? `${rows.length} findings` : `${rows.length} of ${ledger.total} findings`}
          </span>
        )}
      </div>
      {rows.length === 0 ? (
        <div className="partners-empty" data-testid="ledger-empty">
          <p>
            <strong>{filtered ? 'Nothing matches these filters.' : 'No control-number problems.'}</strong>
          </p>
          <p>
            Every interchange (ISA13 / UNB), group (GS06 / UNG) and transaction set (ST02 / UNH) control number is tracked
            per partner, direction and sender id (a merged partner keeps one series per id). Numbers used twice, numbers
            skipped (gaps) and numbers that arrive after a higher one (out of sequence) are listed here as files arrive.
          </p>
        </div>
      ) : (
        <table className="partners-table">
          <thead>
            <tr>
              <th>Kind</th>
              <th>Partner</th>
              <th>Direction</th>
              <th>Level</th>
              <th>Sender</th>
              <th>Number</th>
              <th>First seen (UTC)</th>
              <th>Last seen (UTC)</th>
              <th>Files</th>
              <th>Documents</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, rowIndex) => {
              const series = seriesLabel(ledger?.entries[rowIndex]);
              return (
                <tr key={row.key} data-testid="ledger-row" data-kind={row.kind}>
                  <td>
                    <span className={`partners-badge partners-badge-${row.kind}`}>{row.kindLabel}</span>
                  </td>
                  <td>{row.partner}</td>
                  <td>{row.direction}</td>
                  <td className="partners-level">{row.level}</td>
                  <td className="partners-series" title={series.title}>
                    {series.text}
                  </td>
                  <td className="partners-number">
                    {row.numbers}
                    {row.numbersNote && <span className="partners-note"> ({row.numbersNote})</span>}
                  </td>
                  <td className="partners-time">{row.firstSeen}</td>
                  <td className="partners-time">{row.lastSeen}</td>
                  <td>{row.files}</td>
                  <td>
                    {row.documents.length === 0
                      ? '—'
                      : row.documents.map((link, index) => (
                          <span key={link.documentId}>
                            {index > 0 && ', '}
                            <a href={link.href}>{link.label}</a>
                          </span>
                        ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
