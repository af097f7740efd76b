import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { servePage } from '../../lib/cli/routes';
import { SAMPLE_URL } from '../../lib/cli/commands/demo';
import { expect, test } from './support/test';

const germanyOnly = JSON.parse(fs.readFileSync('test/fixtures/bundles/germany-only.json', 'utf8'));

async function openOptions(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByLabel('Score pages with')).toBeVisible();
}

async function paste(page: Page, json: string) {
  await page.getByLabel('Or paste JSON').fill(json);
  await page.getByRole('button', { name: 'Import pasted bundle' }).click();
}

test('a malformed bundle is refused with JSON paths and the ICP in use stays active', async ({ ext }) => {
  const page = await ext.context.newPage();
  await openOptions(page, ext.extensionId);
  const before = await page.getByLabel('Score pages with').inputValue();

  const broken = structuredClone(germanyOnly);
  broken.icps[0].criteria[0].points = 'ten';
  delete broken.icps[0].tiers;
  await paste(page, JSON.stringify(broken));
  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('$.icps[0].criteria[0].points');
  await expect(errors).toContainText('$.icps[0].tiers');
  await expect(errors).toContainText('unchanged');
  await expect(page.getByLabel('Score pages with')).toHaveValue(before);

  await paste(page, '{"schemaVersion": 1, "icps": [');
  await expect(errors).toContainText('not valid JSON');

  await paste(page, JSON.stringify({ ...germanyOnly, schemaVersion: 2 }));
  await expect(errors).toContainText('Update ICP Lens');
  await expect(page.getByLabel('Score pages with')).toHaveValue(before);
});

test('an imported bundle becomes the ICP that scores pages', async ({ ext }) => {
  const page = await ext.context.newPage();
  await openOptions(page, ext.extensionId);
  await paste(page, JSON.stringify(germanyOnly));
  await expect(page.getByTestId('notice')).toContainText('Imported “Germany only”');
  await expect(page.getByLabel('Score pages with')).toHaveValue('personal:germany');
  // The choice is a personal setting: it follows the user in storage.sync.
  expect(await page.evaluate(() => chrome.storage.sync.get('activeIcpId'))).toEqual({ activeIcpId: 'germany' });

  // An older version of the same bundle is refused: no rollback.
  await paste(page, JSON.stringify({ ...germanyOnly, version: 2 }));
  await expect(page.getByTestId('import-errors')).toContainText('older than version 3 in use');

  await servePage(ext.context, SAMPLE_URL, 'sample/northwind-analytics-company.html');
  await page.goto(SAMPLE_URL);
  // Northwind is in the US: the Germany-only ICP's required criterion knocks it out.
  await expect(page.locator('icp-lens-badge')).toHaveAttribute('data-icp-tier', 'out');

  await openOptions(page, ext.extensionId);
  await page.getByRole('button', { name: 'Reset to bundled defaults' }).click();
  await expect(page.getByTestId('notice')).toContainText('bundled default');
});
