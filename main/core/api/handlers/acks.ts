import type { CoreContext } from '../../context.js';
import { partnerAckPolicy, updatePartnerAckPolicy } from '../../acks/policy.js';
import { listOutboundAcks, listSentAcks } from '../../acks/status.js';
import type { Handlers } from '../dispatch.js';

export const acksHandlers: Partial<Handlers<CoreContext>> = {
  'acks.status': (filter, { workspace, settings }) => listOutboundAcks(workspace.db, filter, settings.read().ackOverdueHours, new Date()),
  'acks.sent': (filter, { workspace }) => listSentAcks(workspace.db, filter),
  'partners.ackPolicy.get': ({ partnerId }, { workspace, settings }) => partnerAckPolicy(workspace.db, partnerId, settings.read().ackOverdueHours),
  'partners.ackPolicy.set': ({ partnerId, policy, ackOverdueHours }, { workspace, settings, actor }) =>
    updatePartnerAckPolicy(workspace.db, partnerId, { policy, ackOverdueHours }, actor, new Date(), settings.read().ackOverdueHours),
};
