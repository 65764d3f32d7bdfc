import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { SectionId } from '../../routing/sections.js';
import { useServices } from '../../services.js';
import { alertsStoreFor } from './alerts-store.js';
import './alerts.css';

/** Starts the alerts (once per window) and keeps "seen" in step with the section on screen; renders nothing. */
export function AlertsWatcher({ active }: { active: SectionId }) {
  const { client } = useServices();
  const store = alertsStoreFor(client);
  useEffect(() => store.getState().start(), [store]);
  useEffect(() => store.getState().setViewing(active === 'reconciliation'), [store, active]);
  return null;
}

/** The count of new high-priority mismatches on the Reconciliation item; nothing when there are none. */
export function AlertBadge() {
  const { client } = useServices();
  const badge = useStore(alertsStoreFor(client), (state) => state.badge);
  if (badge === 0) return null;
  const text = badge > 99 ? '99+' : String(badge);
  return (
    <span className="nav-alert-badge" data-testid="nav-alert-badge" title={`${badge} new high-priority ${badge === 1 ? 'mismatch' : 'mismatches'}`}>
      {text}
      <span className="visually-hidden"> new high-priority {badge === 1 ? 'mismatch' : 'mismatches'}</span>
    </span>
  );
}

/** Asks once, politely, whether Crossdock may show desktop notifications; gone for good after an answer. */
export function AlertsPermissionPrompt() {
  const { client } = useServices();
  const store = alertsStoreFor(client);
  const permission = useStore(store, (state) => state.permission);
  const prompted = useStore(store, (state) => state.prompted);
  if (prompted || permission !== 'default') return null;
  return (
    <div className="nav-alerts-prompt" role="region" aria-label="Desktop alerts" data-testid="alerts-prompt">
      <p>Get a desktop alert when an urgent mismatch appears or a deadline is close?</p>
      <div className="nav-alerts-actions">
        <button type="button" className="button button-small button-primary" onClick={() => void store.getState().askPermission()}>
          Turn on
        </button>
        <button type="button" className="button button-small button-quiet" onClick={() => store.getState().dismissPrompt()}>
          Not now
        </button>
      </div>
    </div>
  );
}
