import type { APIRequestContext, Page } from '@playwright/test';

/** Calls the contract the way the browser client does: POST /api/<method> with the session token. */
export function contractCaller(request: APIRequestContext, appUrl: string) {
  const url = new URL(appUrl);
  const token = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
  return async (method: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: unknown }> => {
    const response = await request.post(`${url.origin}/api/${method}`, { headers: { Authorization: `Bearer ${token}`, 'X-Crossdock': '1' }, data: input });
    return (await response.json()) as { ok: boolean; value?: unknown };
  };
}

/** Selectors of Partners → Profiles, so the tests read as what a coordinator does. */
export function profilesPage(page: Page) {
  return {
    tab: page.getByTestId('partners-tab-profiles'),
    list: page.getByTestId('profile-list'),
    partners: page.getByTestId('profile-list-item'),
    partner: (name: string) => page.getByTestId('profile-list-item').filter({ hasText: name }),
    form: page.getByTestId('profile-form'),
    name: page.getByTestId('profile-name'),
    save: page.getByTestId('profile-save'),
    status: page.getByTestId('profile-status'),
    addRow: (list: 'identifiers' | 'items' | 'uomConversions' | 'locations' | 'contacts') => page.getByTestId(`profile-${list}-add`),
    cell: (list: string, column: string, row: number) => page.getByTestId(`${list}-${column}-${row}`),
    mergeTarget: page.getByTestId('profile-merge-target'),
    mergePreview: page.getByTestId('profile-merge-preview'),
    mergeMoves: page.getByTestId('profile-merge-moves'),
    mergeConfirm: page.getByTestId('profile-merge-confirm-button'),
    message: page.getByTestId('profiles-message'),
    exportButton: page.getByTestId('profile-export'),
    importInput: page.getByTestId('profile-import-input'),
  };
}
