import { canonicalJsonSchema, canonicalKinds } from '../../canonical/index.js';
import type { CoreContext } from '../../context.js';
import { canonicalStoreFor } from '../../mapping-store/canonical-store.js';
import { builtInDefaults } from '../../mapping-store/engine.js';
import { getMap, listMaps, listSamples, publishMap, rollbackMap, saveDraft } from '../../mapping-store/maps-service.js';
import { previewMap } from '../../mapping-store/preview.js';
import { regressionResult, startRegression } from '../../mapping-store/regression.js';
import { mapRepositoryFor, parseDefinition } from '../../mapping-store/repository.js';
import type { Handlers } from '../dispatch.js';
import { CoreError } from '../result.js';

export const mappingHandlers: Partial<Handlers<CoreContext>> = {
  'maps.list': ({ partnerId }, { workspace }) => listMaps(workspace.db, partnerId ?? null),
  'maps.get': ({ id }, { workspace }) => getMap(workspace.db, id),
  'maps.defaults': () => ({ maps: builtInDefaults() }),
  'maps.saveDraft': ({ partnerId, standard, type, definition, note, draftId }, context) => saveDraft(context, { partnerId, standard, type }, definition, note ?? null, draftId),
  'maps.discardDraft': ({ id }, context) => ({ discarded: mapRepositoryFor(context.workspace.db).discardDraft(id, context.actor) }),
  'maps.publish': ({ id }, context) => publishMap(context, id),
  'maps.rollback': ({ partnerId, standard, type, toVersion }, context) => rollbackMap(context, { partnerId, standard, type }, toVersion),
  'maps.preview': (input, { workspace }) => {
    const target = 'documentId' in input ? { documentId: input.documentId } : { fileId: input.fileId, ordinal: input.ordinal };
    return previewMap(workspace.db, workspace.folders.archive, input.definition, target, input.partnerId, undefined, { includeSource: input.includeSource ?? true });
  },
  'maps.samples': ({ partnerId, standard, type, offset, limit }, { workspace }) => listSamples(workspace.db, { partnerId, standard, type }, offset, limit),
  'maps.regression': (input, context) => {
    let definition: unknown;
    let draftId: number | null = null;
    if ('draftId' in input) {
      const row = mapRepositoryFor(context.workspace.db).require(input.draftId);
      if (row.partner_id !== input.partnerId || row.standard !== input.standard || row.doc_type !== input.type) {
        throw new CoreError('invalid-input', `Map ${row.id} belongs to another partner, standard or type`);
      }
      definition = parseDefinition(row);
      draftId = row.id;
    } else definition = input.definition;
    return { taskId: startRegression(context, { partnerId: input.partnerId, standard: input.standard, type: input.type, definition, draftId }).taskId };
  },
  'maps.regressionResult': ({ taskId, only, offset, limit }) => regressionResult(taskId, { only, offset, limit }),
  'canonical.get': ({ documentId }, { workspace }) => {
    const record = canonicalStoreFor(workspace.db).get(documentId);
    if (!record) throw new CoreError('not-found', `There is no document ${documentId}; it may have been re-processed`);
    return record;
  },
  'canonical.schema': ({ kind }) => ({
    schemas: kind ? { [kind]: canonicalJsonSchema(kind) } : Object.fromEntries(canonicalKinds.map((each) => [each, canonicalJsonSchema(each)])),
  }),
};
