import { servePage } from '../../lib/cli/routes';
import { SAMPLE_URL } from '../../lib/cli/commands/demo';
import { openPopup, tabIdOf, toolbarBadge } from './support/extension';
import { expect, test } from './support/test';

/** Northwind Analytics (the bundled sample page) against the default "Mid-market B2B SaaS" ICP. */
const EXPECTED = {
  score: '70',
  tier: 'b',
  criteria: {
    industry: 'match',
    size: 'match',
    region: 'match',
    crm: 'unknown',
    b2b: 'match',
    hiring: 'unknown',
    agency: 'miss',
  },
};

test('a LinkedIn company page is scored: in-page badge, toolbar badge and popup agree', async ({ ext }) => {
  await servePage(ext.context, SAMPLE_URL, 'sample/northwind-analytics-company.html');
  const page = await ext.context.newPage();
  await page.goto(SAMPLE_URL);

  const badge = page.locator('icp-lens-badge');
  await expect(badge).toHaveAttribute('data-icp-score', EXPECTED.score);
  await expect(badge).toHaveAttribute('data-icp-tier', EXPECTED.tier);
  await expect(badge).toHaveCount(1);

  const tabId = await tabIdOf(ext, page);
  expect(await toolbarBadge(ext, tabId)).toBe(EXPECTED.score);

  const popup = await openPopup(ext, tabId);
  await expect(popup.getByTestId('score')).toHaveText(EXPECTED.score);
  await expect(popup.getByTestId('tier')).toHaveAttribute('data-tier', EXPECTED.tier);
  for (const [id, status] of Object.entries(EXPECTED.criteria)) {
    await expect(popup.locator(`[data-testid="criterion"][data-criterion="${id}"]`)).toHaveAttribute(
      'data-status',
      status,
    );
  }
  await expect(popup.getByRole('heading', { name: 'Northwind Analytics' })).toBeVisible();
});

test('a page with nothing to score gets no badge and a popup that says what was missing', async ({ ext }) => {
  const url = 'https://www.linkedin.com/feed/';
  await ext.context.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<html><head><title>Feed</title></head><body><h1>Feed</h1></body></html>',
    }),
  );
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(ext, page);
  const popup = await openPopup(ext, tabId);
  await expect(popup.getByTestId('empty')).toContainText('No company found');
  await expect(popup.getByTestId('missing')).toContainText('page type');
  await expect(page.locator('icp-lens-badge')).toHaveCount(0);
  expect(await toolbarBadge(ext, tabId)).toBe('');
});

test('the background drops a page message that does not come from a content script', async ({ ext }) => {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=1`);
  // An extension page is not a content script: the message must be ignored, not scored.
  const answer = await popup.evaluate(() =>
    chrome.runtime.sendMessage({
      type: 'cs:pageExtracted',
      data: {
        url: 'https://www.linkedin.com/company/x/',
        result: { kind: 'company', company: { name: 'X' }, missing: [], provenance: {} },
      },
    }),
  );
  expect(answer).toBeNull();
  const stored = await ext.worker.evaluate(() => chrome.storage.session.get(null));
  expect(Object.keys(stored)).toEqual([]);
});
