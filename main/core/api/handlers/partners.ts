import type { CoreContext } from '../../context.js';
import { mergePartners } from '../../partners/merge.js';
import { getPartner, listPartners, updatePartner } from '../../partners/profiles.js';
import { exportPartner, importPartner } from '../../partners/transfer.js';
import { evaluateAfterMerge, RECONCILING_PROFILE_FIELDS, startProfileReevaluation } from '../../reconcile-store/evaluate-ingest.js';
import type { Handlers } from '../dispatch.js';

/** Every change is announced, so the Documents filter, the ledger and other windows show current names and counts. */
function changed<T>(context: CoreContext, partnerIds: number[], result: T): T {
  context.events.emit('partners.changed', { partnerIds });
  return result;
}

export const partnersHandlers: Partial<Handlers<CoreContext>> = {
  'partners.list': (input, { workspace }) => listPartners(workspace.db, input),
  'partners.get': ({ partnerId }, { workspace }) => getPartner(workspace.db, partnerId),
  'partners.update': ({ partnerId, ...change }, context) => {
    const detail = updatePartner(context.workspace.db, partnerId, change, context.actor);
    // tolerances, SLAs, cross-references and ack hours decide mismatches: the partner's threads are checked again
    const profile = change.profile;
    if (profile && RECONCILING_PROFILE_FIELDS.some((field) => profile[field] !== undefined)) startProfileReevaluation(context, partnerId, detail.profile.name);
    return changed(context, [partnerId], detail);
  },
  'partners.merge': ({ from, into, dryRun }, context) => {
    const summary = mergePartners(context.workspace.db, from, into, { dryRun, actor: context.actor });
    if (summary.applied) evaluateAfterMerge(context, from);
    return summary.applied ? changed(context, [from, into], summary) : summary;
  },
  'partners.export': ({ partnerId }, { workspace }) => exportPartner(workspace.db, partnerId),
  'partners.import': ({ document }, context) => {
    const result = importPartner(context.workspace.db, document, context.actor);
    startProfileReevaluation(context, result.partner.id, result.partner.profile.name);
    return changed(context, [result.partner.id], result);
  },
};
