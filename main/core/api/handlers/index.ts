import type { CoreContext } from '../../context.js';
import { mergeHandlers, type Handlers } from '../dispatch.js';
import { acksHandlers } from './acks.js';
import { connectorsHandlers } from './connectors.js';
import { demoHandlers } from './demo.js';
import { documentsHandlers } from './documents.js';
import { ingestHandlers } from './ingest.js';
import { ledgerHandlers } from './ledger.js';
import { mappingHandlers } from './mapping.js';
import { partnersHandlers } from './partners.js';
import { reconcileStoreHandlers } from './reconcile-store.js';
import { reviewHandlers } from './review.js';
import { settingsHandlers } from './settings.js';
import { shipcheckHandlers } from './shipcheck.js';
import { systemHandlers } from './system.js';

/** Every domain's handlers, merged; the type check below fails the build when a contract method has no handler. */
export const handlers = mergeHandlers<CoreContext>(systemHandlers, settingsHandlers, ingestHandlers, documentsHandlers, ledgerHandlers, acksHandlers, partnersHandlers, mappingHandlers, shipcheckHandlers, reviewHandlers, reconcileStoreHandlers, demoHandlers, connectorsHandlers) as Handlers<CoreContext>;

const everyMethodHasAHandler: Record<keyof Handlers<CoreContext>, unknown> = handlers;
void everyMethodHasAHandler;
