import { servePage } from '../../lib/cli/routes';
import { openPopup, tabIdOf, toolbarBadge } from './support/extension';
import { clickToolbarButton } from './support/toolbar';
import { expect, test } from './support/test';

const NORTHWIND_SITE = 'https://www.northwind-analytics.com/';

test('clicking the toolbar button on a company website reads and scores it', async ({ ext }) => {
  await servePage(ext.context, NORTHWIND_SITE, 'sample/northwind-analytics-website.html');
  const page = await ext.context.newPage();
  await page.goto(NORTHWIND_SITE);
  const tabId = await tabIdOf(ext, page);
  expect(await toolbarBadge(ext, tabId)).toBe('');
  await clickToolbarButton(ext, page);
  await expect.poll(() => toolbarBadge(ext, tabId)).toMatch(/^\d+$/);
  const popup = await openPopup(ext, tabId);
  await expect(popup.getByRole('heading', { name: 'Northwind Analytics' })).toBeVisible();
  console.log(await popup.locator('main').innerText());
});

test('enrich from website: a LinkedIn company page reads the company site from the background', async () => {
  const { launchWithSitesGranted } = await import('./support/toolbar');
  const ext = await launchWithSitesGranted(['https://*/*', 'http://*/*']);
  try {
    const { SAMPLE_URL } = await import('../../lib/cli/commands/demo');
    await servePage(ext.context, SAMPLE_URL, 'sample/northwind-analytics-company.html');
    await servePage(ext.context, NORTHWIND_SITE, 'sample/northwind-analytics-website.html');
    await servePage(ext.context, `${NORTHWIND_SITE}careers`, 'sample/northwind-analytics-careers.html');
    const page = await ext.context.newPage();
    await page.goto(SAMPLE_URL);
    const tabId = await tabIdOf(ext, page);
    await expect.poll(() => toolbarBadge(ext, tabId)).toBe('70');
    const popup = await openPopup(ext, tabId);
    await popup.getByTestId('enrich').click();
    await expect(popup.getByTestId('enrich-status')).toContainText(/Read \d page/, { timeout: 20_000 });
    console.log(await popup.locator('main').innerText());
  } finally {
    await ext.close();
  }
});
