import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from '../../lib/cli/chromium';
import { SAMPLE_URL } from '../../lib/cli/commands/demo';
import { servePage } from '../../lib/cli/routes';
import { openPopup, tabIdOf, toolbarBadge } from './support/extension';
import { expect, test } from './support/test';

async function openLeads(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/leads.html`);
  return page;
}

async function scoredSample(ext: ExtensionBrowser): Promise<number> {
  await servePage(ext.context, SAMPLE_URL, 'sample/northwind-analytics-company.html');
  const page = await ext.context.newPage();
  await page.goto(SAMPLE_URL);
  const tabId = await tabIdOf(ext, page);
  await expect.poll(() => toolbarBadge(ext, tabId)).toBe('70');
  return tabId;
}

test('save from the popup: the lead appears in the leads page; saving again keeps one lead', async ({ ext }) => {
  const tabId = await scoredSample(ext);
  const leads = await openLeads(ext);
  await expect(leads.getByTestId('no-leads')).toBeVisible();
  const popup = await openPopup(ext, tabId);
  await popup.getByTestId('save-lead').click();
  await expect(popup.getByTestId('save-status')).toContainText('Saved to your leads as “Northwind Analytics”');
  // Live: the open leads page shows it without a reload.
  await expect(leads.getByTestId('lead-row')).toHaveCount(1);
  await expect(leads.getByTestId('lead-row')).toContainText('Northwind Analytics');
  await expect(leads.getByTestId('lead-score')).toHaveText('70');
  await popup.reload();
  await expect(popup.getByTestId('save-status')).toContainText('In your leads');
  await popup.getByTestId('save-lead').click();
  await expect(popup.getByTestId('save-status')).toContainText('Updated “Northwind Analytics”');
  await expect(leads.getByTestId('lead-row')).toHaveCount(1);
  await leads.screenshot({ path: '/tmp/exp/leads.png' });
});

test("a status change persists across a reload and is logged in the lead's history", async ({ ext }) => {
  const tabId = await scoredSample(ext);
  const popup = await openPopup(ext, tabId);
  await popup.getByTestId('save-lead').click();
  await expect(popup.getByTestId('save-status')).toContainText('Saved');
  const leads = await openLeads(ext);
  await leads.getByLabel('Status of Northwind Analytics').selectOption('working');
  await expect(leads.getByTestId('leads-status')).toContainText('set to working');
  await leads.reload();
  await expect(leads.getByLabel('Status of Northwind Analytics')).toHaveValue('working');
  // The detail panel: full explanation and the history with the change.
  await leads.getByRole('button', { name: /^Northwind Analytics/ }).click();
  const detail = leads.getByTestId('lead-detail');
  await expect(detail.locator('[data-criterion="industry"]')).toHaveAttribute('data-status', 'match');
  await expect(detail.getByTestId('history')).toContainText('status: new → working');
  // Escape closes the panel and gives the keyboard back to the table.
  await leads.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);
  await expect(leads.getByTestId('leads-grid')).toBeFocused();
  // Notes typed inline in the table are kept too.
  await leads.getByLabel('Notes on Northwind Analytics').fill('Met at SaaStr');
  await leads.getByLabel('Notes on Northwind Analytics').press('Enter');
  await expect(leads.getByTestId('leads-status')).toContainText('Note saved');
  await leads.reload();
  await expect(leads.getByLabel('Notes on Northwind Analytics')).toHaveValue('Met at SaaStr');
});

test('an ICP change re-scores saved leads in the background and the list shows what moved', async ({ ext }) => {
  const tabId = await scoredSample(ext);
  const popup = await openPopup(ext, tabId);
  await popup.getByTestId('save-lead').click();
  await expect(popup.getByTestId('save-status')).toContainText('Saved');
  const leads = await openLeads(ext);
  await expect(leads.getByTestId('lead-score')).toHaveText('70');

  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByLabel('Or paste JSON').fill(fs.readFileSync('test/fixtures/bundles/germany-only.json', 'utf8'));
  await options.getByRole('button', { name: 'Import pasted bundle' }).click();
  await expect(options.getByTestId('notice')).toContainText('Imported');

  await leads.bringToFront();
  await expect(leads.getByTestId('rescore')).toHaveAttribute('data-state', 'done');
  await expect(leads.getByTestId('rescore')).toContainText('1 changed score or tier');
  // Northwind is in the US: the Germany-only ICP knocks it out; the row says where it came from.
  await expect(leads.getByTestId('lead-tier')).toContainText('since v3');
  await expect(leads.getByTestId('moved')).toContainText('from 70');
});

test('export downloads a HubSpot CSV with the lead, and formulas in notes are neutralized', async ({ ext }) => {
  const tabId = await scoredSample(ext);
  const popup = await openPopup(ext, tabId);
  await popup.getByTestId('save-lead').click();
  await expect(popup.getByTestId('save-status')).toContainText('Saved');
  const leads = await openLeads(ext);
  await leads.getByLabel('Notes on Northwind Analytics').fill('=HYPERLINK("http://evil.example","click")');
  await leads.getByLabel('Notes on Northwind Analytics').press('Enter');
  await expect(leads.getByTestId('leads-status')).toContainText('Note saved');
  const [download] = await Promise.all([leads.waitForEvent('download'), leads.getByTestId('export-shown').click()]);
  expect(download.suggestedFilename()).toMatch(/^icp-lens-leads-hubspot-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = fs.readFileSync((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff); // BOM for Excel
  const lines = text.slice(1).split('\r\n');
  expect(lines[0]).toContain('Company name');
  expect(lines[0]).toContain('Company Domain Name');
  expect(lines[1]).toContain('Northwind Analytics');
  expect(lines[1]).toContain('northwind-analytics.com');
  expect(lines[1]).toContain('70');
  expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
});

test('a CSV import with three bad rows names them and imports the rest after confirmation', async ({ ext }) => {
  const leads = await openLeads(ext);
  await expect(leads.getByTestId('no-leads')).toBeVisible();
  await leads.getByTestId('import-csv').setInputFiles('test/fixtures/csv/three-bad-rows.csv');
  const dialog = leads.getByTestId('import-dialog');
  await expect(dialog).toBeVisible();
  const errors = dialog.getByTestId('import-errors').locator('li');
  await expect(errors).toHaveCount(3);
  await expect(errors.nth(0)).toContainText('line 3');
  await expect(errors.nth(1)).toContainText('lots');
  // Nothing is written before the user confirms.
  await expect(leads.getByTestId('no-leads')).toBeVisible();
  const planned = Number((await dialog.getByTestId('import-confirm').textContent())!.match(/\d+/)![0]);
  await dialog.getByTestId('import-confirm').click();
  await expect(leads.getByTestId('leads-status')).toContainText(`${planned} new leads`);
  await expect(leads.getByTestId('lead-row')).toHaveCount(planned);
  await expect(leads.getByTestId('lead-row').filter({ hasText: 'Alpine Ski House' })).toHaveCount(1);
  await expect(leads.getByTestId('lead-row').filter({ hasText: 'Blue Yonder' })).toHaveCount(0);
});

test('backup, then restore into a fresh profile, gives the same list', async ({ ext }) => {
  const leads = await openLeads(ext);
  await leads.getByTestId('import-csv').setInputFiles('test/fixtures/csv/hubspot-companies.csv');
  await leads.getByTestId('import-dialog').getByTestId('import-confirm').click();
  await expect(leads.getByTestId('leads-status')).toContainText('Imported');
  await leads
    .getByLabel(/^Status of /)
    .first()
    .selectOption('qualified');
  await expect(leads.getByTestId('leads-status')).toContainText('set to qualified');
  const names = async (p: Page) =>
    (await p.getByTestId('lead-row').evaluateAll((rows) => rows.map((r) => r.textContent ?? ''))).map((t) => t.trim());
  const before = await names(leads);
  expect(before.length).toBeGreaterThan(1);
  const [download] = await Promise.all([leads.waitForEvent('download'), leads.getByTestId('backup').click()]);
  const backupPath = path.join(os.tmpdir(), `icp-lens-backup-${Date.now()}.json`);
  await download.saveAs(backupPath);

  const { launchWithExtension } = await import('../../lib/cli/chromium');
  const fresh = await launchWithExtension();
  try {
    const other = await openLeads(fresh);
    await expect(other.getByTestId('no-leads')).toBeVisible();
    await other.getByTestId('restore-file').setInputFiles(backupPath);
    await expect(other.getByTestId('restore-summary')).toContainText(`${before.length} leads`);
    await other.getByTestId('restore-confirm').click();
    await expect(other.getByTestId('lead-row')).toHaveCount(before.length);
    expect(await names(other)).toEqual(before);
    // A damaged backup is refused with where it is broken, and nothing changes.
    const broken = JSON.parse(fs.readFileSync(backupPath, 'utf8'));
    broken.leads[0].score.score = 'high';
    const brokenPath = `${backupPath}.broken.json`;
    fs.writeFileSync(brokenPath, JSON.stringify(broken));
    await other.getByTestId('restore-file').setInputFiles(brokenPath);
    await expect(other.getByTestId('restore-errors')).toContainText('$.leads[0].score.score');
    await other.getByRole('button', { name: 'Close' }).click();
    await expect(other.getByTestId('lead-row')).toHaveCount(before.length);
  } finally {
    await fresh.close();
    fs.rmSync(backupPath, { force: true });
  }
});

test('save from an in-page badge, then delete with undo', async ({ ext }) => {
  await scoredSample(ext);
  const page = ext.context.pages().find((p) => p.url() === SAMPLE_URL)!;
  const save = page.locator('icp-lens-badge[data-icp-key="page"]').locator('button.save');
  await save.click();
  await expect(page.locator('icp-lens-badge[data-icp-key="page"]')).toHaveAttribute('data-icp-saved', 'true');
  const leads = await openLeads(ext);
  await expect(leads.getByTestId('lead-row')).toHaveCount(1);
  // Keyboard: focus the grid, select the row, delete it, then undo.
  await leads.getByTestId('leads-grid').focus();
  await leads.keyboard.press('Space');
  await expect(leads.getByTestId('bulk')).toContainText('1 selected');
  await leads.keyboard.press('Delete');
  await expect(leads.getByTestId('no-leads')).toBeVisible();
  await leads.getByTestId('undo').click();
  await expect(leads.getByTestId('lead-row')).toHaveCount(1);
  await expect(leads.getByTestId('leads-status')).toContainText('Restored 1 lead');
});

test('saving a profile saves the person under their company, merged with the company saved before', async ({ ext }) => {
  const tabId = await scoredSample(ext);
  let popup = await openPopup(ext, tabId);
  await popup.getByTestId('save-lead').click();
  await expect(popup.getByTestId('save-status')).toContainText('Saved');
  const profile = 'https://www.linkedin.com/in/dana-whitfield/';
  await servePage(ext.context, profile, 'sample/profile-guest-northwind-vp.html');
  const page = await ext.context.newPage();
  await page.goto(profile);
  await expect(page.locator('icp-lens-badge[data-icp-key="page"]')).toBeVisible();
  popup = await openPopup(ext, await tabIdOf(ext, page));
  await popup.getByTestId('save-lead').click();
  await expect(popup.getByTestId('save-status')).toContainText('Updated “Northwind Analytics”');
  const leads = await openLeads(ext);
  await expect(leads.getByTestId('lead-row')).toHaveCount(1);
  await leads.getByRole('button', { name: /^Northwind Analytics/ }).click();
  await expect(leads.getByTestId('lead-detail')).toContainText('People (1)');
  await expect(leads.getByTestId('lead-detail')).toContainText('Dana Whitfield');
});

test('search, filters and sorting narrow and order the list; the count follows', async ({ ext }) => {
  const leads = await openLeads(ext);
  await leads.getByTestId('import-csv').setInputFiles('test/fixtures/csv/salesforce-accounts.csv');
  await leads.getByTestId('import-dialog').getByTestId('import-confirm').click();
  await expect(leads.getByTestId('leads-status')).toContainText('Imported');
  const rows = leads.getByTestId('lead-row');
  // The imported rows arrive through the change announcement, just after the status line.
  await expect.poll(() => rows.count()).toBeGreaterThan(2);
  const total = await rows.count();
  const first = (await rows.first().getByRole('button').first().textContent())!.trim();
  await leads.keyboard.press('/');
  await expect(leads.getByTestId('search')).toBeFocused();
  await leads.keyboard.type(first.slice(0, 6));
  await expect(leads.getByTestId('shown')).toContainText(`of ${total} leads`);
  await expect(rows.first()).toContainText(first.slice(0, 6));
  await leads.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows).toHaveCount(total);
  // Sort by name, ascending then descending.
  await leads.getByRole('button', { name: /^Company/ }).click();
  const names = async () =>
    (await rows.getByRole('button').allTextContents()).filter((t) => t && !t.startsWith('Select'));
  const asc = await names();
  await leads.getByRole('button', { name: /^Company/ }).click();
  expect(await names()).not.toEqual(asc);
  // A status filter with no match empties the list, and says so.
  await leads.getByTestId('filter-status').selectOption('lost');
  await expect(leads.getByTestId('shown')).toContainText(`0 of ${total}`);
});

test('bulk status, bulk tag and export of the selection; the charts count the leads shown', async ({ ext }) => {
  const leads = await openLeads(ext);
  await leads.getByTestId('import-csv').setInputFiles('test/fixtures/csv/salesforce-accounts.csv');
  await leads.getByTestId('import-dialog').getByTestId('import-confirm').click();
  await expect(leads.getByTestId('leads-status')).toContainText('Imported');
  const rows = leads.getByTestId('lead-row');
  await expect.poll(() => rows.count()).toBeGreaterThan(2);
  const total = await rows.count();

  // The charts (counted in slices, drawn after the table) cover every lead shown.
  const charts = leads.getByTestId('charts');
  await expect(charts).toContainText('Tier distribution');
  const tierCounts = async () =>
    (await charts.locator('figure').first().locator('p.sr-only').textContent())!
      .split('; ')
      .reduce((sum, part) => sum + Number(part.split(': ')[1]), 0);
  await expect.poll(tierCounts).toBe(total);

  // Two leads selected: status and tag for both, then an export of just those two.
  await rows.nth(0).getByRole('checkbox').check();
  await rows.nth(1).getByRole('checkbox').check();
  await expect(leads.getByTestId('bulk')).toContainText('2 selected');
  const nameOf = async (i: number) =>
    (await rows.nth(i).getByRole('checkbox').getAttribute('aria-label'))!.replace(/^Select /, '');
  const picked = [await nameOf(0), await nameOf(1)];
  await leads.getByTestId('bulk-status').selectOption('qualified');
  await expect(leads.getByTestId('leads-status')).toContainText('2 leads set to qualified');
  await leads.getByTestId('bulk-tag').fill('q4-push');
  await leads.getByTestId('bulk-tag').press('Enter');
  await expect(leads.getByTestId('leads-status')).toContainText('Tagged 2 leads “q4-push”');
  const [download] = await Promise.all([leads.waitForEvent('download'), leads.getByTestId('export-selected').click()]);
  const lines = fs
    .readFileSync((await download.path())!, 'utf8')
    .slice(1)
    .split('\r\n')
    .filter(Boolean);
  expect(lines).toHaveLength(3);
  for (const name of picked) expect(lines.some((l) => l.includes(name))).toBe(true);

  // Only those two carry the tag and the status, after a reload too.
  await leads.reload();
  await leads.getByTestId('filter-status').selectOption('qualified');
  await expect(leads.getByTestId('shown')).toContainText(`2 of ${total} leads`);
  await expect(rows.filter({ hasText: 'q4-push' })).toHaveCount(2);
});
