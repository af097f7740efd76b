import fs from 'node:fs';
import path from 'node:path';
import { clickToolbarButton, launchWithExtension, TOOLBAR_FLAG, type ExtensionBrowser } from '../chromium';
import { blockTheRest, servePage } from '../routes';

export const SAMPLE_URL = 'https://www.linkedin.com/company/northwind-analytics/';
const SAMPLE_FIXTURE = 'sample/northwind-analytics-company.html';
/** The same company's website (a bundled variant), read with a toolbar click and merged. */
export const SAMPLE_SITE_URL = 'https://www.northwind-analytics.com/';
const SITE_FIXTURE = 'sample/northwind-analytics-website.html';

/** The toolbar badge text of a tab once it shows a score (the background scored the page). */
async function waitForBadge(ext: ExtensionBrowser, tabId: number | undefined): Promise<string> {
  for (let i = 0; i < 100 && tabId !== undefined; i++) {
    const text = await ext.worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
    if (/^\d+$/.test(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the website was not scored within 10 s');
}

/**
 * `demo [--out DIR] [--headless]`: opens Chromium with the built extension on the bundled sample
 * company page. Without a display it runs headless, prints score and tier, and saves screenshots.
 */
export async function demoCommand(argv: string[]): Promise<string> {
  const outIndex = argv.indexOf('--out');
  const outDir = path.resolve(outIndex >= 0 && argv[outIndex + 1] ? argv[outIndex + 1] : 'artifacts');
  const headless = argv.includes('--headless') || !process.env.DISPLAY;
  const ext = await launchWithExtension({ headless, args: [TOOLBAR_FLAG] });
  try {
    await blockTheRest(ext.context);
    await servePage(ext.context, SAMPLE_URL, SAMPLE_FIXTURE);
    await servePage(ext.context, SAMPLE_SITE_URL, SITE_FIXTURE);
    const page = ext.context.pages()[0] ?? (await ext.context.newPage());
    await page.goto(SAMPLE_URL);
    const badge = page.locator('icp-lens-badge');
    await badge.waitFor({ timeout: 15_000 });
    const score = await badge.getAttribute('data-icp-score');
    const tabId = await ext.worker.evaluate(
      async (u: string) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
      SAMPLE_URL,
    );
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 400, height: 760 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    const tier = await popup.getByTestId('tier').textContent();
    fs.mkdirSync(outDir, { recursive: true });
    await page.screenshot({ path: path.join(outDir, 'sample-page.png') });
    await popup.screenshot({ path: path.join(outDir, 'popup.png'), fullPage: true });
    // The company's website, read as a toolbar click reads it, merged with its LinkedIn page.
    const site = await ext.context.newPage();
    await site.goto(SAMPLE_SITE_URL);
    await site.bringToFront();
    const siteTab = await ext.worker.evaluate(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
    );
    await clickToolbarButton(ext, site);
    const siteScore = await waitForBadge(ext, siteTab);
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${siteTab}`);
    const siteTier = await popup.getByTestId('tier').textContent();
    await popup.screenshot({ path: path.join(outDir, 'site-popup.png'), fullPage: true });
    const lines = [
      `Northwind Analytics (${SAMPLE_URL})`,
      `Fit score: ${score}  Tier: ${tier?.trim()}`,
      `Its website (${SAMPLE_SITE_URL}), merged with the LinkedIn page:`,
      `Fit score: ${siteScore}  Tier: ${siteTier?.trim()}`,
      `Screenshots: ${['sample-page.png', 'popup.png', 'site-popup.png'].map((f) => path.join(outDir, f)).join(', ')}`,
    ];
    if (!headless) {
      console.log(lines.join('\n'));
      console.log('Chromium stays open; close its window to finish.');
      await page.bringToFront();
      await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
      return '';
    }
    return lines.join('\n');
  } finally {
    await ext.close().catch(() => undefined);
  }
}
