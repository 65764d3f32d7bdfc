import { EmptyState } from '../../components/EmptyState.js';
import { WorkspaceCommand } from '../WorkspaceCommand.js';

export function ReconciliationSection() {
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
