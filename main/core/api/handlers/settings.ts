import type { CoreContext } from '../../context.js';
import type { Handlers } from '../dispatch.js';

export const settingsHandlers: Partial<Handlers<CoreContext>> = {
  'settings.get': (_input, { settings }) => settings.read(),
  'settings.update': (patch, { settings, events, actor }) => {
    const updated = settings.update(patch, actor);
    events.emit('settings.changed', updated);
    return updated;
  },
};
