import type { CoreContext } from '../../context.js';
import type { Handlers } from '../dispatch.js';

export const partnersHandlers: Partial<Handlers<CoreContext>> = {};
