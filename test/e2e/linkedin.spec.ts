import type { Page } from '@playwright/test';
import { servePage } from '../../lib/cli/routes';
import { SAMPLE_URL } from '../../lib/cli/commands/demo';
import { openPopup, tabIdOf, toolbarBadge } from './support/extension';
import { spaBack, spaNavigate } from './support/linkedin';
import { expect, test } from './support/test';

const AUDIENSE_URL = 'https://www.linkedin.com/company/audiense/';
const AUDIENSE = 'linkedin/linkedin-company-logged-out-2024-audiense.html';
const SAMPLE = 'sample/northwind-analytics-company.html';

const pageBadge = (page: Page) => page.locator('icp-lens-badge[data-icp-key="page"]');

test('a real logged-out company page gets a badge next to its name and a full popup', async ({ ext }) => {
  await servePage(ext.context, AUDIENSE_URL, AUDIENSE);
  const page = await ext.context.newPage();
  await page.goto(AUDIENSE_URL);
  // Audiense: Advertising Services, 51-200 employees, London: size and region match, industry misses.
  await expect(pageBadge(page)).toHaveAttribute('data-icp-score', '35');
  await expect(page.locator('h1 + icp-lens-badge')).toHaveCount(1);
  const tabId = await tabIdOf(ext, page);
  const popup = await openPopup(ext, tabId);
  await expect(popup.getByRole('heading', { name: 'Audiense' })).toBeVisible();
  await expect(popup.locator('[data-criterion="industry"]')).toHaveAttribute('data-status', 'miss');
  await expect(popup.locator('[data-criterion="industry"]')).toContainText('Advertising Services (LinkedIn)');
  await expect(popup.locator('[data-criterion="size"]')).toContainText('51-200 employees (LinkedIn)');
});

test('in-app navigation from one company to another re-scores and moves the badge', async ({ ext }) => {
  await servePage(ext.context, SAMPLE_URL, SAMPLE);
  const page = await ext.context.newPage();
  await page.goto(SAMPLE_URL);
  await expect(pageBadge(page)).toHaveAttribute('data-icp-score', '70');

  await spaNavigate(page, '/company/audiense/', AUDIENSE);
  await expect(pageBadge(page)).toHaveAttribute('data-icp-score', '35');
  await expect(page.locator('icp-lens-badge')).toHaveCount(1);
  const tabId = await tabIdOf(ext, page);
  expect(await toolbarBadge(ext, tabId)).toBe('35');

  // Back to the first company with the browser's back button (popstate, no reload).
  await spaBack(page, SAMPLE);
  await expect(page).toHaveURL(SAMPLE_URL);
  await expect(pageBadge(page)).toHaveAttribute('data-icp-score', '70');
  await expect(page.locator('icp-lens-badge')).toHaveCount(1);
  expect(await toolbarBadge(ext, tabId)).toBe('70');
});

test('a people search shows one badge per row and the popup lists every row', async ({ ext }) => {
  const url = 'https://www.linkedin.com/search/results/people/?keywords=vp%20sales';
  await servePage(ext.context, url, 'linkedin/linkedin-search-people-25-synthetic.html');
  const page = await ext.context.newPage();
  await page.goto(url);
  const rows = page.locator('icp-lens-badge[compact]');
  await expect(rows).toHaveCount(25);
  await expect(page.locator('icp-lens-badge:not([compact])')).toHaveCount(0);

  const tabId = await tabIdOf(ext, page);
  const popup = await openPopup(ext, tabId);
  await expect(popup.getByTestId('row')).toHaveCount(25);
  await popup.getByTestId('row').first().click();
  await expect(popup.getByTestId('score')).toBeVisible();
  await expect(popup.getByText('Persona fit')).toBeVisible();
});

test('a company search shows a compact badge per row, scored against the ICP', async ({ ext }) => {
  const url = 'https://www.linkedin.com/search/results/companies/?keywords=software';
  await servePage(ext.context, url, 'linkedin/linkedin-search-companies-synthetic.html');
  const page = await ext.context.newPage();
  await page.goto(url);
  const rows = page.locator('icp-lens-badge[compact]');
  await expect(rows).toHaveCount(12);
  for (const score of await rows.evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.icpScore)))) {
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
  }
});

test('clicking a badge opens the details of that page', async ({ ext }) => {
  await servePage(ext.context, SAMPLE_URL, SAMPLE);
  const page = await ext.context.newPage();
  await page.goto(SAMPLE_URL);
  const details = ext.context.waitForEvent('page');
  await pageBadge(page)
    .getByRole('button', { name: /Show details/ })
    .click();
  const popup = await details;
  await expect(popup.getByTestId('score')).toHaveText('70');
});

test('a profile shows persona fit and, once its company page was seen, the employer fit', async ({ ext }) => {
  await servePage(ext.context, SAMPLE_URL, SAMPLE);
  await servePage(ext.context, 'https://www.linkedin.com/in/dana-whitfield/', 'sample/profile-guest-northwind-vp.html');
  await servePage(ext.context, 'https://www.linkedin.com/in/sam-okafor/', 'sample/profile-guest-unseen-employer.html');
  const page = await ext.context.newPage();

  await page.goto('https://www.linkedin.com/in/sam-okafor/');
  await expect(pageBadge(page)).toHaveAttribute('data-icp-score', /\d+/);
  let popup = await openPopup(ext, await tabIdOf(ext, page));
  await expect(popup.getByTestId('employer-incomplete')).toContainText('Contoso Robotics: not scored yet.');
  await expect(popup.getByRole('button', { name: 'Open the company page to complete' })).toBeVisible();
  await popup.close();

  await page.goto(SAMPLE_URL); // the company cache now knows Northwind
  await expect(pageBadge(page)).toHaveAttribute('data-icp-score', '70');
  await page.goto('https://www.linkedin.com/in/dana-whitfield/');
  await expect(pageBadge(page)).toBeVisible();
  popup = await openPopup(ext, await tabIdOf(ext, page));
  await expect(popup.getByTestId('employer-tier')).toContainText('B — Good fit');
  await expect(popup.getByTestId('role')).toContainText('vp');
  await expect(popup.getByText('Persona: Revenue leader')).toBeVisible();
});

test('with in-page badges off, LinkedIn is left untouched but the toolbar still scores', async ({ ext }) => {
  await servePage(ext.context, SAMPLE_URL, SAMPLE);
  const page = await ext.context.newPage();
  await page.goto(SAMPLE_URL);
  await expect(pageBadge(page)).toHaveCount(1);

  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const toggle = options.getByLabel('Show badges inside LinkedIn pages');
  await expect(toggle).toBeChecked(); // settings loaded
  await toggle.uncheck();
  await expect(pageBadge(page)).toHaveCount(0); // applied live, without a reload

  await page.reload();
  const tabId = await tabIdOf(ext, page);
  await expect.poll(() => toolbarBadge(ext, tabId)).toBe('70');
  await expect(page.locator('icp-lens-badge')).toHaveCount(0);
});

test('an unrecognized LinkedIn page gets no badge and the popup says what it could not read', async ({ ext }) => {
  const url = 'https://www.linkedin.com/jobs/view/123456/';
  await ext.context.route(url, (r) =>
    r.fulfill({ contentType: 'text/html', body: '<html><body><main><h1>Job</h1></main></body></html>' }),
  );
  const page = await ext.context.newPage();
  await page.goto(url);
  const popup = await openPopup(ext, await tabIdOf(ext, page));
  await expect(popup.getByTestId('missing')).toContainText('page type');
  await expect(page.locator('icp-lens-badge')).toHaveCount(0);
});

test('hostile markup in a company name stays text in the badge and the popup', async ({ ext }) => {
  const url = 'https://www.linkedin.com/company/hostile-co/';
  await servePage(ext.context, url, 'linkedin/linkedin-company-hostile-synthetic.html');
  const page = await ext.context.newPage();
  page.on('dialog', (d) => void d.dismiss()); // the hostile page's own inline script
  await page.goto(url);
  await expect(pageBadge(page)).toHaveAttribute('data-icp-score', /^\d+$/);
  expect(await pageBadge(page).evaluate((host) => host.shadowRoot!.querySelectorAll('img, script').length)).toBe(0);

  const popup = await ext.context.newPage();
  const dialogs: string[] = [];
  popup.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${await tabIdOf(ext, page)}`);
  await expect(popup.locator('main h1').first()).toContainText('Evil');
  expect(await popup.locator('main img, main script').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
