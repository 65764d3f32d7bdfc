import { EmptyState } from '../../components/EmptyState.js';

export function SyncSection() {
  return (
    <EmptyState icon="sync" heading="No connectors yet">
      <p>
        Connectors bring in your ERP’s and your warehouse system’s view of every order, shipment, invoice and stock
        position, picking up only what changed since the last run. Each one will be listed here with its streams, last
        sync, record counts, errors and the next run, with Sync now, Pause and a connection test.
      </p>
      <p>
        Supported will be Tryton, any REST/JSON API configured without code, and a drop folder for systems that only
        export CSV or JSON. Everything stays usable offline; a sync catches up when the connection returns.
      </p>
    </EmptyState>
  );
}
