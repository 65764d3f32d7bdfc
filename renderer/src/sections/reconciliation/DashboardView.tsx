import { formatDateTime } from '../../components/documents/format.js';
import { Skeleton } from '../../components/Skeleton.js';
import { BarChart, ColumnChart, TrendChart } from './Charts.js';
import { MISMATCH_TYPE_LABELS, moneyText } from './labels.js';
import { queueHash, DEFAULT_SORT } from './queue-route.js';
import { useReconAnswer } from './use-recon-data.js';
import './recon-dashboard.css';

/** Open mismatches by type, partner and age, the 30-day trend and the money at risk, drawn as our own SVG. */
export function DashboardView() {
  const { loaded } = useReconAnswer('reconcile.dashboard', {});
  if (loaded.status === 'failed') return <p role="alert">{loaded.message}</p>;
  if (loaded.status === 'loading')
    return (
      <div className="recon-dashboard" aria-busy="true">
        <Skeleton width="40%" />
      </div>
    );
  const dashboard = loaded.value;
  const money = dashboard.moneyAtRisk.filter((entry) => Number(entry.amount) > 0);
  return (
    <div className="recon-dashboard" data-testid="recon-dashboard">
      <div className="recon-tiles">
        <a className="recon-tile" href="#/reconciliation" data-testid="recon-tile-open">
          <span className="recon-tile-value">{dashboard.openTotal.toLocaleString()}</span>
          <span className="recon-tile-label">open mismatches</span>
        </a>
        <div className="recon-tile" data-testid="recon-tile-money">
          <span className="recon-tile-value">{money.length === 0 ? '0.00' : money.map((entry) => moneyText(entry)).join(' + ')}</span>
          <span className="recon-tile-label">money at risk</span>
        </div>
        <div className="recon-tile">
          <span className="recon-tile-value">
            {dashboard.threads.clean.toLocaleString()} / {dashboard.threads.total.toLocaleString()}
          </span>
          <span className="recon-tile-label">threads clean</span>
        </div>
        <div className="recon-tile">
          <span className="recon-tile-value recon-tile-small">{dashboard.lastEvaluatedAt ? formatDateTime(dashboard.lastEvaluatedAt) : 'never'}</span>
          <span className="recon-tile-label">last checked</span>
        </div>
      </div>
      <div className="recon-charts">
        <section className="panel" aria-labelledby="chart-type">
          <h2 className="panel-title" id="chart-type">
            Open by type
          </h2>
          <BarChart title="Open mismatches by type" testId="recon-chart-type" bars={dashboard.byType.map((entry) => ({ label: MISMATCH_TYPE_LABELS[entry.type] ?? entry.type, value: entry.open, href: queueHash({ types: [entry.type] }, DEFAULT_SORT), ...(Number(entry.money) > 0 ? { note: `${moneyText({ amount: entry.money, currency: null })} at risk` } : {}) }))} />
        </section>
        <section className="panel" aria-labelledby="chart-partner">
          <h2 className="panel-title" id="chart-partner">
            Open by partner
          </h2>
          <BarChart title="Open mismatches by partner" testId="recon-chart-partner" bars={dashboard.byPartner.map((entry) => ({ label: entry.partnerName ?? 'No partner', value: entry.open, ...(entry.partnerId !== null ? { href: queueHash({ partnerIds: [entry.partnerId] }, DEFAULT_SORT) } : {}), ...(Number(entry.money) > 0 ? { note: `${moneyText({ amount: entry.money, currency: null })} at risk` } : {}) }))} />
        </section>
        <section className="panel" aria-labelledby="chart-aging">
          <h2 className="panel-title" id="chart-aging">
            Aging (days open)
          </h2>
          <ColumnChart title="Open mismatches by age in days" testId="recon-chart-aging" bars={dashboard.aging.map((entry) => ({ label: entry.bucket, value: entry.open }))} />
        </section>
        <section className="panel" aria-labelledby="chart-trend">
          <h2 className="panel-title" id="chart-trend">
            Last 30 days
          </h2>
          <TrendChart title="Mismatches found and resolved per day over the last 30 days" testId="recon-chart-trend" days={dashboard.trend} />
        </section>
      </div>
    </div>
  );
}
