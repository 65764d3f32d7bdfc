import type { ShipmentCheckRow } from '../../../../main/core/reconcile-store/types.js';
import { count, formatShipped, MATCH_LABELS } from './check-labels.js';
import { MatchBadge } from './MatchBadge.js';

/** The code that finds a row's shipment again: the ASN number, else the warehouse's number, else the bill of lading. */
export function queryOf(row: ShipmentCheckRow): string | null {
  return row.asnNumber ?? row.shipmentNumber ?? row.billOfLading;
}

/** Today's shipments, problems first; each row is a button (Tab to it, Enter opens its cartons). */
export function TodayList({ rows, status, error, onOpen }: { rows: ShipmentCheckRow[]; status: 'loading' | 'ready' | 'failed'; error: string | null; onOpen: (query: string) => void }) {
  if (status === 'loading') return <p className="check-quiet">Loading today’s shipments…</p>;
  if (status === 'failed') return <p className="check-quiet check-error">Today’s shipments could not be loaded: {error}</p>;
  if (rows.length === 0) return <p className="check-quiet">No shipments have left today yet.</p>;
  const problems = rows.filter((row) => row.match !== 'matched' && row.match !== 'pending').length;
  return (
    <section aria-labelledby="check-today-title">
      <h2 id="check-today-title" className="check-heading">
        Today’s shipments: {rows.length}
        {problems > 0 ? `, ${problems} ${problems === 1 ? 'needs' : 'need'} a look` : ', all in order'}
      </h2>
      <ul className="check-today" data-testid="check-today">
        {rows.map((row) => {
          const query = queryOf(row);
          const label = MATCH_LABELS[row.match];
          return (
            <li key={row.threadKey}>
              <button type="button" className="check-today-row" disabled={query === null} onClick={() => query && onOpen(query)} data-testid="check-today-row">
                <MatchBadge label={label} />
                <span className="check-today-main">
                  <span className="check-today-po">PO {row.poNumber ?? '—'}</span>
                  <span className="check-today-partner">{row.partnerName ?? 'Unknown partner'}</span>
                </span>
                <span className="check-today-numbers">
                  {row.asnNumber ? <span>ASN {row.asnNumber}</span> : <span className="check-missing">no ASN</span>}
                  {row.shipmentNumber ? <span>WMS {row.shipmentNumber}</span> : <span className="check-missing">not in WMS</span>}
                </span>
                <span className="check-today-meta">
                  <span>{count(row.cartons, 'carton')}</span>
                  <span>{formatShipped(row.shippedAt)}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
