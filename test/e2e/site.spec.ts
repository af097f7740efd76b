import fs from 'node:fs';
import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from '../../lib/cli/chromium';
import { SAMPLE_URL } from '../../lib/cli/commands/demo';
import { servePage } from '../../lib/cli/routes';
import { openPopup, tabIdOf, toolbarBadge } from './support/extension';
import { clickToolbarButton, launchWithSitesGranted } from './support/toolbar';
import { expect, test } from './support/test';

const NORTHWIND_SITE = 'https://www.northwind-analytics.com/';
const ALL_SITES = ['https://*/*', 'http://*/*'];

async function serveNorthwind(ext: ExtensionBrowser): Promise<void> {
  await servePage(ext.context, SAMPLE_URL, 'sample/northwind-analytics-company.html');
  await servePage(ext.context, NORTHWIND_SITE, 'sample/northwind-analytics-website.html');
  await servePage(ext.context, `${NORTHWIND_SITE}careers`, 'sample/northwind-analytics-careers.html');
}

/** Opens a page and returns it with its tab id. */
async function open(ext: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(ext, page) };
}

const criterion = (popup: Page, id: string) => popup.locator(`[data-criterion="${id}"]`);

test('clicking the toolbar button on a company website reads and scores it, technologies included', async ({ ext }) => {
  await serveNorthwind(ext);
  const { page, tabId } = await open(ext, NORTHWIND_SITE);
  // Nothing runs on a website until the user asks: no access, no score.
  expect(await toolbarBadge(ext, tabId)).toBe('');
  await clickToolbarButton(ext, page);
  await expect.poll(() => toolbarBadge(ext, tabId)).toMatch(/^\d+$/);

  const popup = await openPopup(ext, tabId);
  await expect(popup.getByRole('heading', { name: 'Northwind Analytics' })).toBeVisible();
  // HubSpot's script tag on the site matches the CRM criterion, with the site as its source.
  await expect(criterion(popup, 'crm')).toHaveAttribute('data-status', 'match');
  await expect(criterion(popup, 'crm')).toContainText('Uses HubSpot (website)');
  await expect(criterion(popup, 'region')).toContainText('US (website)');
  // The live "We're hiring" link is today's hiring signal.
  await expect(criterion(popup, 'hiring')).toHaveAttribute('data-status', 'match');
  // Industry is not on the site: unknown, not a miss.
  await expect(criterion(popup, 'industry')).toHaveAttribute('data-status', 'unknown');
  const hubspot = popup.locator('[data-testid="technology"][data-name="HubSpot"]');
  await expect(hubspot).toContainText('80%');
  await hubspot.locator('summary').click();
  await expect(hubspot).toContainText('js.hs-scripts.com/7412093.js');
  await expect(popup.locator('[data-testid="technology"][data-name="Intercom"]')).toBeVisible();
  await expect(popup.getByTestId('source-page')).toHaveCount(1);
  await expect(popup.getByTestId('source-page')).toHaveAttribute('data-kind', 'website');
});

test('a real saved company blog at its real URL is read the same way', async ({ ext }) => {
  const url = 'http://www.caktusgroup.com/blog/2015/06/08/testing-client-side-applications-django-post-mortem/';
  await servePage(ext.context, url, 'sites/site-company-blog-2019-caktusgroup.html');
  const { page, tabId } = await open(ext, url);
  await clickToolbarButton(ext, page);
  await expect.poll(() => toolbarBadge(ext, tabId)).toMatch(/^\d+$/);
  const popup = await openPopup(ext, tabId);
  await expect(popup.getByRole('heading', { name: 'Caktus Group' })).toBeVisible();
  await popup.getByText('Where each value came from').click();
  const hq = popup.locator('[data-testid="field-origin"][data-field="hq"]');
  await expect(hq).toContainText('Durham');
  await expect(hq).toHaveAttribute('data-kind', 'website');
});

test('without the toolbar click a website stays unread and the popup says how to score it', async ({ ext }) => {
  await serveNorthwind(ext);
  const { tabId } = await open(ext, NORTHWIND_SITE);
  // popup.html?tab=ID in a tab is not a toolbar click: the browser grants no access to the site.
  const popup = await openPopup(ext, tabId);
  await expect(popup.getByTestId('scan-error')).toContainText('click its toolbar button');
  expect(await toolbarBadge(ext, tabId)).toBe('');
});

test('a hostile page (broken JSON-LD, replaced built-ins, 5,000 paragraphs) neither breaks nor hangs the reader', async ({
  ext,
}) => {
  const url = 'https://www.globex.example/';
  await servePage(ext.context, url, 'sample/hostile-site.html');
  const { page, tabId } = await open(ext, url);
  await clickToolbarButton(ext, page);
  const popup = await openPopup(ext, tabId);
  // Read within the expect timeout, as a company (named by its page) or as "no company found".
  await expect(popup.getByTestId('score').or(popup.getByTestId('empty'))).toBeVisible();
  await expect(popup.locator('body')).not.toContainText('Something went wrong');
  // The page's getter was never run by the globals probe, and the page still works.
  expect(await page.evaluate(() => document.title)).toBe('Globex Corporation');
  // Page text stays text: nothing from the page became markup in the popup.
  await expect(popup.locator('img[src="x"]')).toHaveCount(0);
});

test('a company website and its LinkedIn page become one record with both sources', async ({ ext }) => {
  const linkedin = 'https://www.linkedin.com/company/audiense/';
  const blog =
    'https://resources.audiense.com/en/blog/twin-peaks-2017-using-the-social-data-audience-consumer-insights-to-create-the-next-big-tv-sensation';
  await servePage(ext.context, linkedin, 'linkedin/linkedin-company-logged-out-2024-audiense.html');
  await servePage(ext.context, blog, 'sites/site-company-blog-2024-audiense-hubspot.html');
  const first = await open(ext, linkedin);
  await expect.poll(() => toolbarBadge(ext, first.tabId)).toBe('35');

  const site = await open(ext, blog);
  await clickToolbarButton(ext, site.page);
  await expect.poll(() => toolbarBadge(ext, site.tabId)).toMatch(/^\d+$/);
  // The LinkedIn tab, still open, is re-scored from the same merged record: both agree.
  const merged = await toolbarBadge(ext, site.tabId);
  // 35 from LinkedIn, + 15: the blog runs on HubSpot, a CRM the ICP integrates with.
  expect(merged).toBe('50');
  await expect(first.page.locator('icp-lens-badge[data-icp-key="page"]')).toHaveAttribute('data-icp-score', merged);
  await expect.poll(() => toolbarBadge(ext, first.tabId)).toBe(merged);
  const popup = await openPopup(ext, site.tabId);
  await expect(popup.getByRole('heading', { name: 'Audiense' })).toBeVisible();
  // LinkedIn's industry and size score the site's tab too, labelled with their source.
  await expect(criterion(popup, 'industry')).toContainText('Advertising Services (LinkedIn)');
  await expect(criterion(popup, 'size')).toContainText('51-200 employees (LinkedIn)');
  const pages = popup.getByTestId('source-page');
  await expect(pages).toHaveCount(2);
  await expect(pages.nth(0)).toHaveAttribute('data-kind', 'linkedin');
  await expect(pages.nth(1)).toHaveAttribute('data-kind', 'website');
  // The site's HubSpot-hosted blog shows in the technologies, from the website.
  await popup.getByText('Where each value came from').click();
  await expect(popup.locator('[data-testid="field-origin"][data-field="industry"]')).toHaveAttribute(
    'data-kind',
    'linkedin',
  );
  await expect(popup.locator('[data-testid="field-origin"][data-field="domain"]')).toHaveAttribute(
    'data-kind',
    'website',
  );
});

test.describe('with the optional permission to read websites', () => {
  let ext: ExtensionBrowser;
  test.beforeEach(async () => {
    ext = await launchWithSitesGranted(ALL_SITES);
    await serveNorthwind(ext);
  });
  test.afterEach(async () => ext.close());

  test('"score company sites automatically" scores a site as it loads, without a reload of anything', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const toggle = options.getByLabel('Score company sites automatically');
    await expect(toggle).not.toBeChecked();
    // Off: a website is not read by itself.
    const before = await open(ext, NORTHWIND_SITE);
    await before.page.waitForTimeout(1000);
    expect(await toolbarBadge(ext, before.tabId)).toBe('');
    await before.page.close();

    await options.bringToFront();
    await toggle.check();
    await expect(options.getByTestId('notice')).toContainText('scored automatically');
    const after = await open(ext, NORTHWIND_SITE);
    await expect.poll(() => toolbarBadge(ext, after.tabId)).toMatch(/^\d+$/);
    const popup = await openPopup(ext, after.tabId);
    await expect(popup.getByRole('heading', { name: 'Northwind Analytics' })).toBeVisible();

    // Off again: the next website is left alone.
    await options.bringToFront();
    await toggle.uncheck();
    await expect(options.getByTestId('notice')).toContainText('only when you open ICP Lens');
    const later = await open(ext, `${NORTHWIND_SITE}careers`);
    await later.page.waitForTimeout(1000);
    expect(await toolbarBadge(ext, later.tabId)).toBe('');
  });

  test('"Enrich from website" on a LinkedIn company page reads its site from the background and re-scores', async () => {
    const { page, tabId } = await open(ext, SAMPLE_URL);
    await expect.poll(() => toolbarBadge(ext, tabId)).toBe('70');
    const popup = await openPopup(ext, tabId);
    await expect(criterion(popup, 'crm')).toHaveAttribute('data-status', 'unknown');
    await popup.getByTestId('enrich').click();
    await expect(popup.getByTestId('enrich-status')).toContainText('Read 2 pages of northwind-analytics.com');
    // HubSpot from the home page, hiring from the careers page's Greenhouse board.
    await expect(criterion(popup, 'crm')).toContainText('Uses HubSpot (website)');
    await expect(criterion(popup, 'hiring')).toHaveAttribute('data-status', 'match');
    await expect(criterion(popup, 'hiring')).toContainText('Greenhouse');
    // LinkedIn keeps its fields; the site adds its own.
    await expect(criterion(popup, 'industry')).toContainText('(LinkedIn)');
    await expect(popup.getByTestId('score')).toHaveText('95');
    expect(await toolbarBadge(ext, tabId)).toBe('95');
    // The badge inside the LinkedIn page follows.
    await expect(page.locator('icp-lens-badge[data-icp-key="page"]')).toHaveAttribute('data-icp-score', '95');
    const kinds = await popup.getByTestId('source-page').evaluateAll((els) => els.map((e) => e.dataset.kind));
    expect(kinds).toEqual(['linkedin', 'website', 'website']);
  });

  test('enrichment from a site that fails says what happened and keeps the score', async () => {
    await ext.context.route(NORTHWIND_SITE, (route) => route.fulfill({ status: 503, body: 'down' }));
    const { tabId } = await open(ext, SAMPLE_URL);
    await expect.poll(() => toolbarBadge(ext, tabId)).toBe('70');
    const popup = await openPopup(ext, tabId);
    await popup.getByTestId('enrich').click();
    await expect(popup.getByTestId('enrich-status')).toContainText('answered HTTP 503');
    await expect(popup.getByTestId('score')).toHaveText('70');
  });
});

test("a tab that moves on to another website does not keep the last site's score", async ({ ext }) => {
  await serveNorthwind(ext);
  await servePage(ext.context, 'https://www.example.org/', 'sample/hostile-site.html');
  const { page, tabId } = await open(ext, NORTHWIND_SITE);
  await clickToolbarButton(ext, page);
  await expect.poll(() => toolbarBadge(ext, tabId)).toMatch(/^\d+$/);
  await page.goto('https://www.example.org/');
  await expect.poll(() => toolbarBadge(ext, tabId)).toBe('');
  const popup = await openPopup(ext, tabId);
  await expect(popup.getByTestId('scan-error')).toContainText('click its toolbar button');
});

test('news on a company press page is read in the background: a funding story matches the funding criterion', async ({
  ext,
}) => {
  // The page half gathers the article's text; the sentence patterns run in the background.
  const day = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  const url = `${NORTHWIND_SITE}news/series-b`;
  const body = `<!doctype html><html><head><title>Northwind Analytics raises $30M</title>
    <meta property="og:site_name" content="Northwind Analytics">
    <meta property="article:published_time" content="${day}T09:00:00Z"></head>
    <body><article><h1>Northwind Analytics raises $30M Series B</h1>
    <p>Northwind Analytics today announced it raised a $30 million Series B led by Thrive Capital.</p>
    <p>Globex, a customer, acquired Initech.</p></article></body></html>`;
  await ext.context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
  );
  const { page, tabId } = await open(ext, url);
  await clickToolbarButton(ext, page);
  await expect.poll(() => toolbarBadge(ext, tabId)).toMatch(/^\d+$/);
  const popup = await openPopup(ext, tabId);
  await expect(popup.getByRole('heading', { name: 'Northwind Analytics' })).toBeVisible();
  await expect(criterion(popup, 'funding')).toHaveAttribute('data-status', 'match');
  // The story about another company is no signal for Northwind.
  await expect(popup.getByText('acquired Initech')).toHaveCount(0);
});

test('a company website already read follows an ICP change without being read again', async ({ ext }) => {
  await serveNorthwind(ext);
  const { page, tabId } = await open(ext, NORTHWIND_SITE);
  await clickToolbarButton(ext, page);
  await expect.poll(() => toolbarBadge(ext, tabId)).toMatch(/^\d+$/);
  const popup = await openPopup(ext, tabId);
  await expect(popup.getByTestId('tier')).not.toContainText('Out');
  await popup.close();

  // A Germany-only ICP: Northwind is in the US, so its required criterion knocks it out.
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByLabel('Or paste JSON').fill(fs.readFileSync('test/fixtures/bundles/germany-only.json', 'utf8'));
  await options.getByRole('button', { name: 'Import pasted bundle' }).click();
  await expect(options.getByTestId('notice')).toContainText('Imported');

  const after = await openPopup(ext, tabId);
  await expect(after.getByTestId('tier')).toContainText('Out');
  await expect(after.getByRole('heading', { name: 'Northwind Analytics' })).toBeVisible();
});
