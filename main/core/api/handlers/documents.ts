import type { CoreContext } from '../../context.js';
import { documentDetail } from '../../documents/detail.js';
import { documentFacets } from '../../documents/facets.js';
import { listFiles, originalFile } from '../../documents/files.js';
import { listDocuments } from '../../documents/list.js';
import type { Handlers } from '../dispatch.js';

export const documentsHandlers: Partial<Handlers<CoreContext>> = {
  'documents.list': (input, { workspace }) => listDocuments(workspace.db, input),
  'documents.get': ({ id }, { workspace }) => documentDetail(workspace.db, workspace.folders.archive, id),
  'documents.facets': (_input, { workspace }) => documentFacets(workspace.db),
  'documents.original': (input, { workspace }) => originalFile(workspace.db, workspace.folders.archive, input),
  'files.list': (input, { workspace }) => listFiles(workspace.db, input),
};
