import './sync.css';
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { EmptyState } from '../../components/EmptyState.js';
import { TabList } from '../../components/TabList.js';
import { useServices } from '../../services.js';
import { AddConnector } from './AddConnectorForm.js';
import { ConnectorsTab } from './ConnectorsTab.js';
import { DeadLettersTab } from './DeadLettersTab.js';
import { RunsTab } from './RunsTab.js';
import { createSyncStore, type SyncStore } from './sync-store.js';

type TabId = 'connectors' | 'runs' | 'dead-letters';

export function SyncEmptyState({ store }: { store?: SyncStore }) {
  return (
    <EmptyState icon="sync" heading="No connectors yet">
      <p>
        Connectors bring in your ERP’s and your warehouse system’s view of every order, shipment, invoice and stock
        position, picking up only what changed since the last run. Each one is listed here with its streams, last sync,
        record counts, errors and the next run, with Sync now, Pause and a connection test.
      </p>
      <p>
        Add one from the command line, for example a REST/JSON API, a Tryton server or a drop folder of CSV or JSON
        exports:
      </p>
      <pre className="sync-command" tabIndex={0} aria-label="Example command">
        crossdock connectors add erp-shop --kind rest --side erp --config shop.json --secret token --workspace DIR
      </pre>
      <p>
        The config file describes the base URL, authentication and, per stream, the path, paging and map (see the
        connectors README). Secrets such as tokens go to the encrypted secret store, never the workspace.
      </p>
      {store && (
        <div className="sync-empty-add">
          Or add one here: <AddConnector store={store} />
        </div>
      )}
    </EmptyState>
  );
}

export function SyncSection() {
  const { client } = useServices();
  const [store] = useState(() => createSyncStore(client));
  useEffect(() => {
    const unsubscribe = store.getState().subscribe();
    void store.getState().load();
    return unsubscribe;
  }, [store]);
  return <SyncView store={store} />;
}

/** Separate from the loading effect so markup tests can render a store in any state. */
export function SyncView({ store, initialTab = 'connectors' }: { store: SyncStore; initialTab?: TabId }) {
  const status = useStore(store, (state) => state.status);
  const error = useStore(store, (state) => state.error);
  const connectorCount = useStore(store, (state) => state.connectors.length);
  const deadLetterCount = useStore(store, (state) => state.deadLetters.length);
  const [tab, setTab] = useState<TabId>(initialTab);

  if (status === 'loading' && connectorCount === 0) return <p className="sync-loading">Loading connectors…</p>;
  if (status === 'ready' && connectorCount === 0 && deadLetterCount === 0) return <SyncEmptyState store={store} />;

  const tabs: { id: TabId; label: string }[] = [
    { id: 'connectors', label: `Connectors (${connectorCount})` },
    { id: 'runs', label: 'Runs' },
    { id: 'dead-letters', label: `Dead letters (${deadLetterCount})` },
  ];
  return (
    <div className="sync" data-testid="sync-section">
      <div className="sync-top">
        <TabList tabs={tabs} selected={tab} onSelect={setTab} prefix="sync" label="Sync views" listClassName="sync-tabs" />
        <AddConnector store={store} />
      </div>
      {error && (
        <p className="sync-error" role="alert" data-testid="sync-error">
          {status === 'failed' ? 'Could not load: ' : ''}
          {error}
        </p>
      )}
      <div role="tabpanel" id={`sync-panel-${tab}`} aria-labelledby={`sync-tab-${tab}`} className="sync-panel">
        {tab === 'connectors' ? <ConnectorsTab store={store} /> : tab === 'runs' ? <RunsTab store={store} /> : <DeadLettersTab store={store} />}
      </div>
    </div>
  );
}
