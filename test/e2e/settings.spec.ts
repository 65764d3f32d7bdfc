import { expect, test } from './fixtures.js';
import { settingsPage, shell } from './pages/shell.js';

test('settings are saved to the workspace, survive a reload and reject a bad GLN at its field', async ({ page, app }) => {
  await page.goto(app.url);
  await shell(page).nav('settings').click();
  const settings = settingsPage(page);

  await settings.field('company-name').fill('Acme Supply Co');
  await settings.field('glns-add').click();
  await settings.field('glns-0').fill('12345');
  await settings.save.click();
  await expect(settings.field('status')).toContainText(/needs attention/);
  await expect(page.getByText('a GLN has 13 digits')).toBeVisible();
  await expect(settings.field('glns-0')).toBeFocused();

  await settings.field('glns-0').fill('5012345678900');
  await settings.save.click();
  await expect(settings.field('status')).toContainText(/saved/i);

  await page.reload();
  await expect(settings.field('company-name')).toHaveValue('Acme Supply Co');
  await expect(settings.field('glns-0')).toHaveValue('5012345678900');
});

test('the theme setting applies at once and overrides the system preference', async ({ page, app }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(app.url);
  await shell(page).nav('settings').click();
  await settingsPage(page).field('theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await settingsPage(page).save.click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
