import type { CoreContext } from '../../context.js';
import { alertsSummary } from '../../reconcile-store/alerts.js';
import { findShipment, shipmentsToday } from '../../reconcile-store/shipments.js';
import type { Handlers } from '../dispatch.js';

/** The shipment check (warehouse screen) and the alert badge. Reads only. */
export const shipcheckHandlers: Partial<Handlers<CoreContext>> = {
  'shipments.today': ({ day }, { workspace }) => shipmentsToday(workspace.db, { day }),
  'shipments.find': ({ query }, { workspace }) => findShipment(workspace.db, { query }),
  'alerts.summary': ({ since }, { workspace }) => alertsSummary(workspace.db, { since }),
};
