import type { CoreContext } from '../../context.js';
import { alertsSummary } from '../../reconcile-store/alerts.js';
import { findShipment, shipmentsToday } from '../../reconcile-store/shipments.js';
import type { Handlers } from '../dispatch.js';
import { CoreError } from '../result.js';

/** The shipment check (warehouse screen) and the alert badge. Reads only. */
export const shipcheckHandlers: Partial<Handlers<CoreContext>> = {
  'shipments.today': ({ day }, { workspace }) => shipmentsToday(workspace.db, { day }),
  'shipments.find': ({ query }, { workspace }) => {
    const found = findShipment(workspace.db, { query });
    // results are never null on the wire (ResultOf is NonNullable): nothing found is a not-found error the screen shows
    if (!found) throw new CoreError('not-found', `No shipment has the ASN number, shipment number, bill of lading or SSCC ${query.trim()}`);
    return found;
  },
  'alerts.summary': ({ since }, { workspace }) => alertsSummary(workspace.db, { since }),
};
