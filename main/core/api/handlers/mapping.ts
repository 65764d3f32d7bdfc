import type { CoreContext } from '../../context.js';
import { mappingMethods } from '../methods/mapping.js';
import type { Handlers } from '../dispatch.js';
import { CoreError } from '../result.js';

const notYet = () => {
  throw new CoreError('unavailable', 'Not implemented yet');
};

export const mappingHandlers: Partial<Handlers<CoreContext>> = Object.fromEntries(Object.keys(mappingMethods).map((name) => [name, notYet]));
