import { expect, test } from './fixtures.js';
import { SECTIONS, shell } from './pages/shell.js';

test('the shell shows the workspace and every section, each saved as a screenshot', async ({ page, app }) => {
  await page.goto(app.url);
  const ui = shell(page);
  await expect(ui.statusBar).toBeVisible();
  await expect(ui.workspacePath).toContainText(app.workspaceDir);
  await expect(page).not.toHaveURL(/token=/);

  for (const section of SECTIONS) {
    await ui.nav(section).click();
    await expect(ui.section(section)).toBeVisible();
    await expect(ui.nav(section)).toHaveAttribute('aria-current', 'page');
    await expect(page).toHaveURL(new RegExp(`#/${section}$`));
    await page.screenshot({ path: `test-results/screenshots/${section}.png`, fullPage: true });
  }
});

test('a reload keeps the section and the session', async ({ page, app }) => {
  await page.goto(app.url);
  const ui = shell(page);
  await ui.nav('partners').click();
  await page.reload();
  await expect(ui.section('partners')).toBeVisible();
  await expect(ui.workspacePath).toContainText(app.workspaceDir);
});

test('the sections are reachable from the keyboard with a visible focus ring', async ({ page, app }) => {
  await page.goto(app.url);
  const ui = shell(page);
  await expect(ui.statusBar).toBeVisible();
  await ui.nav('documents').focus();
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('data-testid', 'nav-partners');
  const outline = await focused.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(ui.section('partners')).toBeVisible();
});

test('the contract refuses a caller without the token', async ({ page, app }) => {
  const origin = new URL(app.url).origin;
  const response = await page.request.post(`${origin}/api/workspace.info`, { data: {}, headers: { 'X-Crossdock': '1' } });
  expect(response.status()).toBe(401);
});
