import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../test-support/fake-client.js';
import { EditConnectorForm, RemoveConnectorConfirm } from './ConnectorManage.js';
import { createSyncStore } from './sync-store.js';
import { connector, streamStatus } from './test-data.js';

describe('connector edit and remove markup', () => {
  const store = createSyncStore(new FakeClient(), { status: 'ready' });

  it('asks before removing, says the synced records stay, and focuses Cancel', () => {
    const html = renderToStaticMarkup(<RemoveConnectorConfirm store={store} connector={connector({ streams: [streamStatus({ records: 1300, inserted: 1234 })] })} onClose={() => {}} />);
    expect(html).toContain('role="alertdialog"');
    expect(html).toContain('Remove connector erp-shop?');
    expect(html).toContain('The 1,234 records it brought in stay in the workspace');
    expect(html).toMatch(/<button type="button" class="button button-small" autofocus="">Cancel</);
  });

  it('fills the edit form with the stored config and names the stored secret without its value', () => {
    const html = renderToStaticMarkup(<EditConnectorForm store={store} connector={connector({ config: { baseUrl: 'http://shop.test' }, secretKeys: ['token'], scheduleMinutes: null })} onClose={() => {}} />);
    expect(html).toContain('&quot;baseUrl&quot;: &quot;http://shop.test&quot;');
    expect(html).toContain('stored: token; empty keeps it');
    expect(html).toMatch(/type="password"[^>]*placeholder="unchanged"[^>]*value=""/);
  });
});
