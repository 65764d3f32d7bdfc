import type { CoreContext } from '../../context.js';
import type { Handlers } from '../dispatch.js';

export const mappingHandlers: Partial<Handlers<CoreContext>> = {};
