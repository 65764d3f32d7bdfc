import { useState, useSyncExternalStore } from 'react';
import { EmptyState } from '../../components/EmptyState.js';
import { TabList } from '../../components/TabList.js';
import { navigate } from '../documents/navigate.js';
import { WorkspaceCommand } from '../WorkspaceCommand.js';
import { DashboardView } from './DashboardView.js';
import { DASHBOARD_HASH, parseReconHash, queueHash, rememberedQueue, type ReconRoute } from './queue-route.js';
import { QueueView } from './QueueView.js';
import { ThreadView } from './ThreadView.js';
import { useReconAnswer } from './use-recon-data.js';
import './reconciliation.css';

const subscribeHash = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** Before anything was ever reconciled: what the section does and how to see it with data. */
function FirstRun() {
  return (
    <EmptyState icon="reconciliation" heading="Nothing to reconcile yet">
      <p>
        Crossdock matches every order’s documents and records: the partner’s order, your ERP sales order, the
        acknowledgment, the warehouse shipment, the ship notice and the invoice. Only what does not match appears here,
        with the evidence: quantities, prices, missing or late documents, and the money at risk.
      </p>
      <p>Data arrives from Documents (EDI files) and Sync (ERP and WMS). To see it with realistic data first, create a demo workspace:</p>
      <WorkspaceCommand verb="demo" label="demo command" />
    </EmptyState>
  );
}

const TABS = [
  { id: 'queue', label: 'Review queue' },
  { id: 'dashboard', label: 'Dashboard' },
] as const;

function routeKey(route: ReconRoute): string {
  if (route.view === 'queue') return queueHash(route.filter, route.sort, route.viewId);
  return route.view === 'dashboard' ? DASHBOARD_HASH : `thread:${route.key}:${route.mismatchId ?? ''}`;
}

/** Reconciliation: the review queue and the dashboard as tabs, and one thread at its own address. */
export function ReconciliationSection() {
  const hash = useSyncExternalStore(subscribeHash, () => window.location.hash, () => '#/reconciliation');
  const parsed = parseReconHash(hash);
  const key = routeKey(parsed);
  // Parsing the address makes new objects each render; keep one per distinct address so effects run once per change.
  const [stable, setStable] = useState({ key, route: parsed });
  if (stable.key !== key) setStable({ key, route: parsed });
  const route = stable.key === key ? stable.route : parsed;
  const status = useReconAnswer('reconcile.status', {});
  const nothingYet = status.loaded.status === 'ready' && status.loaded.value.threads === 0 && status.loaded.value.lastFullRunAt === null && status.loaded.value.open === 0;

  if (route.view === 'thread') return <ThreadView key={route.key} threadKey={route.key} mismatchId={route.mismatchId} />;
  if (nothingYet && route.view === 'queue' && Object.keys(route.filter).length === 0) return <FirstRun />;
  const tab = route.view === 'dashboard' ? 'dashboard' : 'queue';
  return (
    <div className="recon" data-testid="reconciliation">
      <TabList
        tabs={TABS}
        selected={tab}
        prefix="recon"
        label="Reconciliation views"
        onSelect={(id) => navigate(id === 'dashboard' ? DASHBOARD_HASH : rememberedQueue() === DASHBOARD_HASH ? '#/reconciliation' : rememberedQueue())}
      />
      <div role="tabpanel" id={`recon-panel-${tab}`} aria-labelledby={`recon-tab-${tab}`} className="recon-panel">
        {route.view === 'dashboard' ? <DashboardView /> : <QueueView filter={route.filter} sort={route.sort} viewId={route.viewId} />}
      </div>
    </div>
  );
}
