import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { ExtensionBrowser } from '../../lib/cli/chromium';
import { expect, test } from './support/test';

const HUBSPOT = 'test/fixtures/csv/hubspot-companies.csv';
const ERP = 'Manufacturing with cloud ERP';

async function openLeads(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/leads.html`);
  await expect(page.getByTestId('no-leads')).toBeVisible();
  return page;
}

/** Company name → "score tier" as the import preview shows it, once every row is scored. */
async function previewScores(dialog: Locator): Promise<Record<string, string>> {
  await expect(dialog.getByTestId('import-tally')).toHaveAttribute('data-complete', 'true');
  const rows = await dialog.getByTestId('import-row').evaluateAll((trs) =>
    trs.map((tr) => ({
      name: tr.children[1]?.textContent ?? '',
      score: tr.querySelector('[data-testid="import-score"]')?.textContent ?? '',
      tier: tr.querySelector('[data-testid="import-tier"]')?.textContent ?? '',
    })),
  );
  return Object.fromEntries(rows.map((r) => [r.name, `${r.score} ${r.tier}`]));
}

/** Tier id → count, from the tally line. */
async function tally(dialog: Locator): Promise<Record<string, number>> {
  const parts = await dialog
    .getByTestId('import-tally')
    .locator('[data-tier]')
    .evaluateAll((spans) => spans.map((s) => [s.getAttribute('data-tier')!, Number(s.getAttribute('data-count'))]));
  return Object.fromEntries(parts);
}

/** Company name → "score tier" as the leads table shows it. */
async function tableScores(page: Page): Promise<Record<string, string>> {
  const rows = await page.getByTestId('lead-row').evaluateAll((trs) =>
    trs.map((tr) => ({
      name: tr.querySelector('button')?.firstChild?.textContent ?? '',
      score: tr.querySelector('[data-testid="lead-score"]')?.textContent ?? '',
      tier: tr.querySelector('[data-testid="lead-tier"]')?.textContent ?? '',
    })),
  );
  return Object.fromEntries(rows.map((r) => [r.name, `${r.score} ${r.tier}`]));
}

test('the import preview scores each row with the chosen ICP, and the leads keep exactly those scores', async ({
  ext,
}) => {
  const leads = await openLeads(ext);
  await leads.getByTestId('import-csv').setInputFiles(HUBSPOT);
  const dialog = leads.getByTestId('import-dialog');
  const select = dialog.getByLabel('Score with');
  // The ICP in use is the default choice.
  await expect(select).toHaveValue('mid-market-saas');
  const withSaas = await previewScores(dialog);
  expect(Object.keys(withSaas)).toHaveLength(5);
  expect(withSaas['Northwind Analytics']).toMatch(/^\d+ [ABC] — /);
  const saasTally = await tally(dialog);
  expect(Object.values(saasTally).reduce((a, b) => a + b, 0)).toBe(5);
  await expect(dialog.getByTestId('import-tally')).toContainText(/A: \d+ · B: \d+ · C: \d+/);

  // Another ICP of the bundle: other scores before anything is written.
  await select.selectOption({ label: ERP });
  await expect
    .poll(async () => (await previewScores(dialog))['Northwind Analytics'])
    .not.toBe(withSaas['Northwind Analytics']);
  const withErp = await previewScores(dialog);
  expect(withErp).not.toEqual(withSaas);
  const erpTally = await tally(dialog);
  await expect(leads.getByTestId('no-leads')).toBeVisible();

  await dialog.getByTestId('import-confirm').click();
  await expect(leads.getByTestId('leads-status')).toContainText(`5 new leads`);
  await expect(leads.getByTestId('leads-status')).toContainText(`Scored with “${ERP}”`);
  await expect(leads.getByTestId('lead-row')).toHaveCount(5);
  expect(await tableScores(leads)).toEqual(withErp);
  // The tally counted what was written.
  const written = Object.values(withErp).map((v) => v.split(' ')[1]!.toLowerCase());
  for (const [tier, count] of Object.entries(erpTally)) expect(written.filter((t) => t === tier)).toHaveLength(count);
});

test('20,000 rows are scored in slices: the dialog answers while it scores, and the tally adds up', async ({ ext }) => {
  const industries = ['Software Development', 'Manufacturing', 'Retail', 'IT Services and IT Consulting'];
  const countries = ['United States', 'Germany', 'France', 'Brazil'];
  const lines = ['Company name,Website,Industry,Number of Employees,Country'];
  for (let i = 0; i < 20_000; i++) {
    lines.push(
      `Company ${i},company-${i}.com,${industries[i % 4]},${20 + ((i * 37) % 3000)},${countries[(i >> 2) % 4]}`,
    );
  }
  const file = path.join(os.tmpdir(), `icp-lens-import-${Date.now()}.csv`);
  fs.writeFileSync(file, lines.join('\n'));
  try {
    const leads = await openLeads(ext);
    await leads.getByTestId('import-csv').setInputFiles(file);
    const dialog = leads.getByTestId('import-dialog');
    await expect(dialog.getByTestId('import-summary')).toContainText('20000 leads to import');
    // Long tasks from here on: only the scoring runs (reading and planning the file came before).
    await leads.evaluate(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    await dialog.getByLabel('Score with').selectOption({ label: ERP });
    await expect(dialog.getByTestId('import-tally')).toHaveAttribute('data-complete', 'true', { timeout: 20_000 });
    const counts = await tally(dialog);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(20_000);
    const longest = await leads.evaluate(() => Math.max(0, ...(window as unknown as { __long: number[] }).__long));
    console.log(`longest task while scoring 20,000 import rows: ${Math.round(longest)} ms`);
    expect(longest).toBeLessThan(200);
    await expect(dialog.getByTestId('import-confirm')).toBeEnabled();
  } finally {
    fs.rmSync(file, { force: true });
  }
});
