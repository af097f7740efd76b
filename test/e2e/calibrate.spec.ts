import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { syntheticAccounts, syntheticCsv } from '../../lib/calibrate/synthetic';
import type { ExtensionBrowser } from '../../lib/cli/chromium';
import { expect, test } from './support/test';

const INDUSTRY_POINTS = 'Points: Software or IT services';

const made: string[] = [];
test.afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A seeded synthetic CRM export (HubSpot-style deals) in a temp file. */
function exportFile(name: string, count: number, seed = 7): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-lens-calibrate-'));
  made.push(dir);
  const file = path.join(dir, name);
  fs.writeFileSync(file, syntheticCsv(syntheticAccounts({ seed, count }).accounts));
  return file;
}

async function openOptions(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(page.getByLabel(INDUSTRY_POINTS)).toBeVisible();
  // The section loads once scrolled near, as a manager scrolls down to it.
  await page.getByTestId('calibrate-near').scrollIntoViewIfNeeded();
  return page;
}

const number = async (page: Page, testId: string) => Number(await page.getByTestId(testId).textContent());

test('calibrating on a CRM export suggests better points; opened as a draft, Save makes them the next version', async ({
  ext,
}) => {
  const file = exportFile('won-lost-deals.csv', 2000);
  const page = await openOptions(ext);
  const section = page.getByTestId('calibrate');
  await section.getByLabel('CRM export (CSV) with won and lost accounts').setInputFiles(file);
  await expect(section.getByTestId('calibrate-read-summary')).toContainText('2,000 accounts');
  await expect(section.getByTestId('calibrate-outcome-column')).toHaveText('“Deal Stage”');
  await expect(section.getByTestId('calibrate-amount-column')).toHaveText('“Amount”');
  await expect(section.getByLabel('ICP to calibrate')).toHaveValue('mid-market-saas');

  await section.getByTestId('calibrate-run').click();
  await expect(section.getByTestId('calibrate-report')).toBeVisible({ timeout: 30_000 });
  await expect(section.getByTestId('calibrate-counts')).toContainText('2,000');
  const current = await number(page, 'auc-current');
  const suggested = await number(page, 'auc-suggested');
  expect(current).toBeGreaterThan(0.5);
  expect(suggested).toBeGreaterThanOrEqual(current);
  await expect(section.getByTestId('precision-current')).toHaveText(/^\d+%$|^–$/);
  await expect(section.getByTestId('precision-suggested')).toHaveText(/^\d+%$/);

  // The export has no signals: hiring and funding cannot be judged, and say so.
  const flagged = section.locator('[data-testid="calibrate-criterion"][data-predictive="false"]');
  await expect(flagged.first()).toBeVisible();
  await expect(flagged.first().getByTestId('calibrate-flag')).toContainText('Does not predict');

  // Both charts drew their data, and say it in words too.
  await expect(section.getByTestId('lift-chart').locator('svg .recharts-scatter-symbol').first()).toBeVisible();
  expect(await section.getByTestId('lift-chart').locator('svg .recharts-scatter-symbol').count()).toBeGreaterThan(3);
  await expect(section.getByTestId('roc-chart').locator('svg path.recharts-line-curve')).toHaveCount(2);
  await expect(section.getByTestId('roc-chart-text')).toContainText(`AUC ${suggested.toFixed(2)}`);
  await expect(section.getByTestId('lift-chart-text')).toContainText('Software or IT services: lift');

  const industry = section.locator('[data-criterion="industry"] [data-testid="calibrate-points"]');
  const suggestedPoints = await industry.getAttribute('data-suggested');
  const suggestedTierA = (await section
    .locator('[data-testid="calibrate-thresholds"] tr[data-tier="a"] strong')
    .textContent())!;

  // Into the editor as unsaved changes, never saved by itself.
  await section.getByTestId('calibrate-open-draft').click();
  await expect(page.getByTestId('editor-message')).toContainText('Not saved yet');
  await expect(page.locator('#editor-h')).toBeFocused();
  await expect(page.getByLabel(INDUSTRY_POINTS)).toHaveValue(suggestedPoints!);
  await expect(page.getByLabel('From score: A — Ideal fit')).toHaveValue(suggestedTierA);
  await expect(page.getByRole('button', { name: 'Discard changes' })).toBeEnabled();
  await expect(page.getByTestId('preview')).not.toContainText('Change a criterion');
  await page.reload();
  await expect(page.getByLabel(INDUSTRY_POINTS)).toHaveValue('25');

  // Again, and this time Save: the next version, in use for scoring.
  await section.getByLabel('CRM export (CSV) with won and lost accounts').setInputFiles(file);
  await section.getByTestId('calibrate-run').click();
  await section.getByTestId('calibrate-open-draft').click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('editor-message')).toContainText('Saved as version 2');
  await page.reload();
  await expect(page.getByLabel(INDUSTRY_POINTS)).toHaveValue(suggestedPoints!);
  await expect(page.locator('section[aria-labelledby="active-h"]')).toContainText('version 2');
  const stored = await page.evaluate(async () => {
    const { icpBundle } = (await chrome.storage.local.get('icpBundle')) as {
      icpBundle: { version: number; icps: { id: string; criteria: { id: string; points: number }[] }[] };
    };
    const icp = icpBundle.icps.find((i) => i.id === 'mid-market-saas')!;
    return { version: icpBundle.version, industry: icp.criteria.find((c) => c.id === 'industry')!.points };
  });
  expect(stored).toEqual({ version: 2, industry: Number(suggestedPoints) });
});

test('too few won or lost accounts: the reason, and no numbers', async ({ ext }) => {
  const file = exportFile('few-deals.csv', 30);
  const page = await openOptions(ext);
  const section = page.getByTestId('calibrate');
  await section.getByLabel('CRM export (CSV) with won and lost accounts').setInputFiles(file);
  await expect(section.getByTestId('calibrate-read-summary')).toContainText('30 accounts');
  await section.getByTestId('calibrate-run').click();
  await expect(section.getByTestId('calibrate-problem')).toContainText('not enough data');
  await expect(section.getByTestId('calibrate-problem')).toHaveAttribute('data-code', 'not-enough-data');
  await expect(section.getByTestId('calibrate-report')).toHaveCount(0);
  await expect(section.getByTestId('auc-current')).toHaveCount(0);
});

test('rows without an outcome are counted apart, and a run can be cancelled and run again', async ({ ext }) => {
  const file = exportFile('many-deals.csv', 40_000, 11);
  // An open deal, a row without a stage and a row with nothing to import by, on lines 40002-40004.
  const extra = [
    'Open Deal Co,open-deal.com,Retail,40,,France,,,,Appointment Scheduled',
    'No Stage Co,no-stage.com,Retail,40,,France,,,,',
    ',,Retail,40,,France,,,,Closed Won',
  ];
  const ends = fs.readFileSync(file, 'utf8').endsWith('\n');
  fs.appendFileSync(file, `${ends ? '' : '\r\n'}${extra.join('\r\n')}\r\n`);
  const page = await openOptions(ext);
  const section = page.getByTestId('calibrate');
  await section.getByLabel('CRM export (CSV) with won and lost accounts').setInputFiles(file);
  await expect(section.getByTestId('calibrate-no-outcome')).toContainText('2 skipped with no won/lost outcome');
  await expect(section.getByTestId('calibrate-no-outcome')).toContainText('lines 40002, 40003');
  await expect(section.getByTestId('calibrate-row-errors')).toContainText('40004');

  await section.getByTestId('calibrate-run').click();
  await section.getByTestId('calibrate-cancel').click();
  await expect(section.getByTestId('calibrate-notice')).toHaveText('Calibration cancelled; nothing changed.');
  await expect(section.getByTestId('calibrate-report')).toHaveCount(0);
  // A fresh worker reads the file again by itself.
  await section.getByTestId('calibrate-run').click();
  await expect(section.getByTestId('calibrate-report')).toBeVisible({ timeout: 40_000 });
  await expect(section.getByTestId('calibrate-counts')).toContainText('40,000');
});
