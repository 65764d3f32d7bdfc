import { businessKeys, canonicalTitle, headerDates, headerFacts, lineRows, packRows, parties, totalsView, type LabelledValue } from './canonical-view.js';

function Facts({ items, testId }: { items: LabelledValue[]; testId?: string }) {
  if (items.length === 0) return null;
  return (
    <dl className="canonical-facts" data-testid={testId}>
      {items.map((item, index) => (
        <div key={`${item.label}-${index}`} className="canonical-fact">
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Parties({ document }: { document: unknown }) {
  const rows = parties(document);
  if (rows.length === 0) return null;
  return (
    <div className="canonical-block">
      <h3 className="canonical-subtitle">Parties</h3>
      <ul className="canonical-parties" data-testid="canonical-parties">
        {rows.map((party, index) => (
          <li key={index} className="canonical-party">
            <span className="canonical-party-role">{party.role}</span>
            <span className="canonical-party-name">{party.name ?? <span className="documents-muted">no name</span>}</span>
            {party.ids.length > 0 && <span className="canonical-mono">{party.ids.join(' · ')}</span>}
            {party.address && <span className="documents-muted">{party.address}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Lines({ document }: { document: unknown }) {
  const rows = lineRows(document);
  // kinds without prices (ship notices, stock) would otherwise show two empty columns
  const priced = rows.some((row) => row.unitPrice !== null);
  const amounts = rows.some((row) => row.amount !== null);
  return (
    <div className="canonical-block">
      <h3 className="canonical-subtitle">
        Lines <span className="documents-muted">· {rows.length}</span>
      </h3>
      {rows.length === 0 ? (
        <p className="documents-muted">No lines.</p>
      ) : (
        <div className="canonical-table-box">
          <table className="canonical-table" data-testid="canonical-lines">
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Product</th>
                <th scope="col" className="canonical-number">
                  Quantity
                </th>
                {priced && (
                  <th scope="col" className="canonical-number">
                    Unit price
                  </th>
                )}
                {amounts && (
                  <th scope="col" className="canonical-number">
                    Amount
                  </th>
                )}
                <th scope="col">Detail</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-testid="canonical-line">
                  <td className="canonical-mono">{row.lineNumber}</td>
                  <td>
                    {row.productIds.length > 0 ? <span className="canonical-mono">{row.productIds.join(' · ')}</span> : <span className="documents-muted">no product id</span>}
                    {row.description && <span className="canonical-description">{row.description}</span>}
                  </td>
                  <td className="canonical-number canonical-mono">{row.quantity ?? '—'}</td>
                  {priced && <td className="canonical-number canonical-mono">{row.unitPrice ?? ''}</td>}
                  {amounts && <td className="canonical-number canonical-mono">{row.amount ?? ''}</td>}
                  <td className="canonical-detail">{row.detail.join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function Packs({ document }: { document: unknown }) {
  const rows = packRows(document);
  if (rows.length === 0) return null;
  return (
    <div className="canonical-block">
      <h3 className="canonical-subtitle">
        Packs <span className="documents-muted">· {rows.length}</span>
      </h3>
      <div className="canonical-table-box">
        <table className="canonical-table" data-testid="canonical-packs">
          <thead>
            <tr>
              <th scope="col">SSCC</th>
              <th scope="col">Level</th>
              <th scope="col">Type</th>
              <th scope="col" className="canonical-number">
                Lines
              </th>
              <th scope="col">Weight / tracking</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((pack) => (
              <tr key={pack.key} data-testid="canonical-pack">
                <td className="canonical-mono" style={{ paddingLeft: `${0.5 + pack.depth * 1.25}em` }}>
                  {pack.depth > 0 && <span aria-hidden="true">└ </span>}
                  {pack.sscc ?? <span className="documents-muted">no SSCC</span>}
                </td>
                <td>{pack.level ?? ''}</td>
                <td className="canonical-mono">{pack.packType ?? ''}</td>
                <td className="canonical-number">{pack.lineCount}</td>
                <td className="canonical-mono">{[pack.weight, pack.trackingNumber].filter(Boolean).join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function Totals({ document }: { document: unknown }) {
  const view = totalsView(document);
  if (!view) return null;
  return (
    <div className="canonical-block canonical-totals-block">
      {view.adjustments.length > 0 && (
        <div>
          <h3 className="canonical-subtitle">Allowances and charges</h3>
          <Facts items={view.adjustments} />
        </div>
      )}
      {view.taxes.length > 0 && (
        <div>
          <h3 className="canonical-subtitle">Taxes</h3>
          <Facts items={view.taxes} />
        </div>
      )}
      {view.totals.length > 0 && (
        <div>
          <h3 className="canonical-subtitle">Totals</h3>
          <Facts items={view.totals} testId="canonical-totals" />
        </div>
      )}
    </div>
  );
}

/** The canonical document as a coordinator reads it: who, which order, what, how many, for how much. */
export function CanonicalDocument({ document }: { document: unknown }) {
  const keys = businessKeys(document);
  return (
    <div className="canonical-document" data-testid="canonical-document">
      <div className="canonical-header">
        <h3 className="canonical-kind" data-testid="canonical-kind">
          {canonicalTitle(document)}
          {keys[0] && (
            <span className="canonical-key">
              {' '}
              · {keys[0].label} {keys[0].value}
            </span>
          )}
        </h3>
        <Facts items={keys.slice(1)} testId="canonical-keys" />
        <Facts items={headerFacts(document)} />
        <Facts items={headerDates(document)} testId="canonical-dates" />
      </div>
      <Parties document={document} />
      <Lines document={document} />
      <Packs document={document} />
      <Totals document={document} />
    </div>
  );
}
