import fs from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from '../chromium';
import { blockTheRest, servePage } from '../routes';

export const SAMPLE_URL = 'https://www.linkedin.com/company/northwind-analytics/';
const SAMPLE_FIXTURE = 'sample/northwind-analytics-company.html';

/**
 * `demo [--out DIR] [--headless]`: opens Chromium with the built extension on the bundled sample
 * company page. Without a display it runs headless, prints score and tier, and saves screenshots.
 */
export async function demoCommand(argv: string[]): Promise<string> {
  const outIndex = argv.indexOf('--out');
  const outDir = path.resolve(outIndex >= 0 && argv[outIndex + 1] ? argv[outIndex + 1] : 'artifacts');
  const headless = argv.includes('--headless') || !process.env.DISPLAY;
  const ext = await launchWithExtension({ headless });
  try {
    await blockTheRest(ext.context);
    await servePage(ext.context, SAMPLE_URL, SAMPLE_FIXTURE);
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
    const lines = [
      `Northwind Analytics (${SAMPLE_URL})`,
      `Fit score: ${score}  Tier: ${tier?.trim()}`,
      `Screenshots: ${path.join(outDir, 'sample-page.png')}, ${path.join(outDir, 'popup.png')}`,
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
