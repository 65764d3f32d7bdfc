import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createServices, ServicesProvider } from '../../services.js';
import type { SettingsState } from '../../store/settings-store.js';
import { basicFakeClient } from '../../test-support/fake-client.js';
import { SettingsSection } from './SettingsSection.js';

/**
 * Server rendering shows a store's initial state, so the loaded state is copied into a fresh store; its actions
 * still act on the original, which does not matter for markup.
 */
async function renderLoaded(prepare: (state: SettingsState) => void | Promise<void> = () => {}): Promise<string> {
  const services = createServices(basicFakeClient());
  await services.settings.getState().load();
  await prepare(services.settings.getState());
  const snapshot = services.settings.getState();
  return renderToStaticMarkup(
    <ServicesProvider services={{ ...services, settings: createStore<SettingsState>()(() => snapshot) }}>
      <SettingsSection />
    </ServicesProvider>,
  );
}

describe('settings form markup', () => {
  it('has a stable test id on every field and on Save', async () => {
    const html = await renderLoaded();
    for (const testId of [
      'settings-theme',
      'settings-company-name',
      'settings-x12-ids',
      'settings-x12-ids-qualifier-0',
      'settings-x12-ids-id-0',
      'settings-x12-ids-add',
      'settings-edifact-ids',
      'settings-edifact-ids-add',
      'settings-glns',
      'settings-glns-0',
      'settings-glns-add',
      'settings-ack-overdue-hours',
      'settings-save',
      'settings-discard',
      'settings-status',
    ]) {
      expect(html).toContain(`data-testid="${testId}"`);
    }
    expect(html).toContain('value="Northwind Supply"');
    expect(html).toContain('value="0614141000005"');
    expect(html).toContain('All changes saved');
  });

  it('shows a field error next to its field, marks the field invalid and links the message to it', async () => {
    const html = await renderLoaded(async (state) => {
      state.edit((draft) => ({ ...draft, ackOverdueHours: 'often' }));
      await state.save();
    });
    expect(html).toMatch(/aria-invalid="true" aria-describedby="([^"]+)-error[^"]*"[^>]*data-testid="settings-ack-overdue-hours"/);
    expect(html).toContain('Enter a whole number of hours.');
    expect(html).toContain('Not saved: one field needs attention');
  });

  it('puts a GLN error on the GLN row it belongs to', async () => {
    const html = await renderLoaded(async (state) => {
      state.edit((draft) => ({ ...draft, glns: [...draft.glns, '42'] }));
      await state.save();
    });
    expect(html).toMatch(/aria-invalid="true"[^>]*data-testid="settings-glns-1"/);
    expect(html).toMatch(/aria-invalid="false"[^>]*data-testid="settings-glns-0"/);
    expect(html).toContain('a GLN has 13 digits');
  });
});
