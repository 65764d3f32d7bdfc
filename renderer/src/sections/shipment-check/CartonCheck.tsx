import type { CartonComparison, ShipmentCheckDetail } from '../../../../main/core/reconcile-store/types.js';
import { CARTON_LABELS, cartonsProblemsFirst, count, formatShipped, formatSscc, MATCH_LABELS } from './check-labels.js';
import { MatchBadge } from './MatchBadge.js';

function Contents({ lines, none }: { lines: CartonComparison['wms']; none: string }) {
  if (!lines) return <span className="check-missing">{none}</span>;
  return (
    <ul className="check-contents">
      {lines.map((line) => (
        <li key={`${line.product}|${line.uom}`}>
          <strong>{line.quantity}</strong> {line.uom} <span className="check-product">{line.product}</span>
        </li>
      ))}
    </ul>
  );
}

/** One shipment: its status, every carton side by side (warehouse vs ASN), then its lines and open mismatches. */
export function CartonCheck({ detail }: { detail: ShipmentCheckDetail }) {
  const scanned = detail.foundBy?.kind === 'sscc' ? detail.foundBy.value : null;
  const cartons = cartonsProblemsFirst(detail.cartonsCompared);
  const problems = cartons.filter((carton) => carton.match !== 'matched').length;
  return (
    <section className="check-detail" aria-labelledby="check-detail-title" data-testid="check-detail">
      <header className="check-detail-head">
        <MatchBadge label={MATCH_LABELS[detail.match]} testId="check-detail-match" />
        <div>
          <h2 id="check-detail-title" className="check-detail-title">
            PO {detail.poNumber ?? '—'} · {detail.partnerName ?? 'Unknown partner'}
          </h2>
          <p className="check-detail-numbers">
            <span>ASN {detail.asnNumber ?? '—'}</span>
            <span>WMS {detail.shipmentNumber ?? '—'}</span>
            {detail.billOfLading ? <span>BOL {detail.billOfLading}</span> : null}
            <span>Shipped {formatShipped(detail.shippedAt)}</span>
          </p>
        </div>
      </header>
      <h3 className="check-heading">
        {count(cartons.length, 'carton')}
        {cartons.length > 0 ? (problems > 0 ? `: ${problems} ${problems === 1 ? 'does' : 'do'} not match the ASN` : ': all match the ASN') : ''}
      </h3>
      {cartons.length === 0 ? (
        <p className="check-quiet">Neither the warehouse nor the ASN lists cartons for this shipment.</p>
      ) : (
        <table className="check-cartons" data-testid="check-cartons">
          <thead>
            <tr>
              <th scope="col">Carton (SSCC)</th>
              <th scope="col">Warehouse packed</th>
              <th scope="col">ASN says</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {cartons.map((carton) => (
              <tr key={carton.sscc} className={`check-carton check-carton-${carton.match}${carton.sscc === scanned ? ' check-carton-scanned' : ''}`} data-testid="check-carton" data-sscc={carton.sscc} data-match={carton.match}>
                <th scope="row" className="check-sscc">
                  {formatSscc(carton.sscc)}
                  {carton.sscc === scanned ? <span className="check-scanned-tag">Scanned</span> : null}
                </th>
                <td>
                  <Contents lines={carton.wms} none="not shipped" />
                </td>
                <td>
                  <Contents lines={carton.asn} none="not on the ASN" />
                </td>
                <td>
                  <MatchBadge label={CARTON_LABELS[carton.match]} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {detail.lines.length > 0 ? (
        <>
          <h3 className="check-heading">Lines</h3>
          <table className="check-lines">
            <thead>
              <tr>
                <th scope="col">Product</th>
                <th scope="col">Ordered</th>
                <th scope="col">Warehouse shipped</th>
                <th scope="col">ASN says</th>
              </tr>
            </thead>
            <tbody>
              {detail.lines.map((line) => {
                const sum = (column: string) => {
                  const cells = line.cells[column];
                  if (!cells?.length) return '—';
                  return cells.map((cell) => `${cell.quantity ?? '?'} ${cell.uom ?? ''}`.trim()).join(' + ');
                };
                return (
                  <tr key={line.lineKey}>
                    <th scope="row">{line.product}</th>
                    <td>{sum('order')}</td>
                    <td className={line.differs.includes('wms-shipment') ? 'check-cell-differs' : undefined}>
                      {sum('wms-shipment')}
                      {line.differs.includes('wms-shipment') ? <span className="check-differs-tag"> ✕ more than ordered</span> : null}
                    </td>
                    <td className={line.differs.includes('asn') ? 'check-cell-differs' : undefined}>
                      {sum('asn')}
                      {line.differs.includes('asn') ? <span className="check-differs-tag"> ✕ differs</span> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      ) : null}
      {detail.mismatches.length > 0 ? (
        <>
          <h3 className="check-heading">Open problems on this order: {detail.mismatches.length}</h3>
          <ul className="check-problems">
            {detail.mismatches.map((row) => (
              <li key={row.id}>
                <span className={`check-severity check-severity-${row.severity}`}>{row.severity}</span> {row.summary}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
