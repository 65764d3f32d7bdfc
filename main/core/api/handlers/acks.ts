import type { CoreContext } from '../../context.js';
import { documentAcks } from '../../acks/for-document.js';
import { partnerAckPolicy, updatePartnerAckPolicy } from '../../acks/policy.js';
import { listSentAcks } from '../../acks/sent.js';
import { listOutboundAcks } from '../../acks/status.js';
import type { Handlers } from '../dispatch.js';

export const acksHandlers: Partial<Handlers<CoreContext>> = {
  'acks.status': (filter, { workspace, settings }) => listOutboundAcks(workspace.db, filter, settings.read().ackOverdueHours, new Date()),
  'acks.sent': (filter, { workspace }) => listSentAcks(workspace.db, filter),
  'acks.forDocument': ({ documentId }, { workspace, settings }) => documentAcks(workspace.db, documentId, settings.read().ackOverdueHours, new Date()),
  'partners.ackPolicy.get': ({ partnerId }, { workspace, settings }) => partnerAckPolicy(workspace.db, partnerId, settings.read().ackOverdueHours),
  'partners.ackPolicy.set': ({ partnerId, policy, ackOverdueHours }, { workspace, settings, actor }) =>
    updatePartnerAckPolicy(workspace.db, partnerId, { policy, ackOverdueHours }, actor, new Date(), settings.read().ackOverdueHours),
};
