/** LinkedIn budgets, measured inside Debian's Chromium with the built extension on the saved pages. */
import { chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM, CHROMIUM_FLAGS, EXTENSION_DIR, launchWithExtension } from '../../lib/cli/chromium';
import { blockTheRest, FIXTURES, servePage } from '../../lib/cli/routes';
import { SAMPLE_URL } from '../../lib/cli/commands/demo';

type Figures = Record<string, number>;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (n: number) => Math.round(n * 100) / 100;

/** The saved LinkedIn pages with a URL each can be read at. */
function linkedinPages(): { file: string; url: string }[] {
  const dir = path.join(FIXTURES, 'linkedin');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => {
      const url = f.includes('profile')
        ? 'https://www.linkedin.com/in/someone/'
        : f.includes('search-people')
          ? 'https://www.linkedin.com/search/results/people/'
          : f.includes('search-companies')
            ? 'https://www.linkedin.com/search/results/companies/'
            : f.includes('salesnav')
              ? 'https://www.linkedin.com/sales/lists/people/123/'
              : f.includes('showcase')
                ? 'https://www.linkedin.com/showcase/acme/'
                : f.includes('2017')
                  ? 'https://www.linkedin.com/company/10529043/'
                  : 'https://www.linkedin.com/company/acme/';
      return { file: `linkedin/${f}`, url };
    });
}

/** p95 of `extractLinkedIn` per page, run in the page itself (the same code the content script bundles). */
async function extractP95(): Promise<number> {
  const bundle = await build({
    entryPoints: ['lib/extract/linkedin/registry.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'IcpLensExtract',
    minify: true,
  });
  const code = bundle.outputFiles[0].text;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const context = await browser.newContext({ bypassCSP: true });
  await blockTheRest(context);
  const times: number[] = [];
  for (const { file, url } of linkedinPages()) {
    await servePage(context, url, file);
    const page = await context.newPage();
    await page.goto(url);
    await page.addScriptTag({ content: code });
    times.push(
      ...(await page.evaluate(() => {
        const w = window as unknown as { IcpLensExtract: { extractLinkedIn(d: Document, u: URL): unknown } };
        const out: number[] = [];
        for (let i = 0; i < 25; i++) {
          const t = performance.now();
          w.IcpLensExtract.extractLinkedIn(document, new URL(location.href));
          out.push(performance.now() - t);
        }
        return out.slice(5); // the first runs warm up the JIT
      })),
    );
    await page.close();
  }
  await browser.close();
  return round(percentile(times, 95));
}

/** Records, in the page, when our badge first shows and when its score changes. */
const WATCH_BADGE = () => {
  const marks: { t: number; score: string | null }[] = [];
  (window as unknown as { __badgeMarks: typeof marks }).__badgeMarks = marks;
  new MutationObserver(() => {
    const host = document.querySelector('icp-lens-badge[data-icp-key="page"]');
    const score = host?.getAttribute('data-icp-score') ?? null;
    if (host && marks.at(-1)?.score !== score) marks.push({ t: performance.now(), score });
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-icp-score'] });
};

async function firstBadgeMs(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __badgeMarks: unknown[] }).__badgeMarks.length > 0);
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return (window as unknown as { __badgeMarks: { t: number }[] }).__badgeMarks[0].t - nav.domContentLoadedEventStart;
  });
}

async function badgeTimes(): Promise<Figures> {
  const ext = await launchWithExtension();
  await blockTheRest(ext.context);
  await servePage(ext.context, SAMPLE_URL, 'sample/northwind-analytics-company.html');
  const audiense = fs.readFileSync(
    path.join(FIXTURES, 'linkedin/linkedin-company-logged-out-2024-audiense.html'),
    'utf8',
  );
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(audiense)![1];
  await ext.context.addInitScript(WATCH_BADGE);
  const load: number[] = [];
  const spa: number[] = [];
  const page = await ext.context.newPage();
  for (let i = 0; i < 12; i++) {
    await page.goto(SAMPLE_URL);
    load.push(await firstBadgeMs(page));
    spa.push(
      await page.evaluate(async (html) => {
        const marks = (window as unknown as { __badgeMarks: { t: number; score: string | null }[] }).__badgeMarks;
        const before = marks.length;
        const t0 = performance.now();
        history.pushState({}, '', '/company/audiense/');
        document.body.innerHTML = html;
        while (!marks.slice(before).some((m) => m.score !== null && m.score !== '70'))
          await new Promise((r) => setTimeout(r, 5));
        return marks.slice(before).find((m) => m.score !== '70')!.t - t0;
      }, body),
    );
  }
  await ext.close();
  // The first load also starts the service worker; the budget is about steady use, so report the median.
  return {
    'linkedin.badgeMs': round(percentile(load.slice(1), 50)),
    'linkedin.spaBadgeMs': round(percentile(spa.slice(1), 50)),
    'linkedin.badgeMsP95': round(percentile(load.slice(1), 95)),
  };
}

/** Long tasks (> 50 ms) while the extension badges a 25-row results page. */
async function longTasks(): Promise<number> {
  const ext = await launchWithExtension();
  await blockTheRest(ext.context);
  const url = 'https://www.linkedin.com/search/results/people/?keywords=sales';
  await servePage(ext.context, url, 'linkedin/linkedin-search-people-25-synthetic.html');
  await ext.context.addInitScript(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  const page = await ext.context.newPage();
  await page.goto(url);
  await page.locator('icp-lens-badge[compact]').nth(24).waitFor();
  await page.waitForTimeout(1500);
  const long = await page.evaluate(
    () => (window as unknown as { __long: number[] }).__long.filter((d) => d > 50).length,
  );
  await ext.close();
  return long;
}

export async function linkedinFigures(): Promise<Figures> {
  const script = path.join(EXTENSION_DIR, 'content-scripts/linkedin.js');
  return {
    'linkedin.contentScriptKB': round(fs.statSync(script).size / 1024),
    'linkedin.extractP95Ms': await extractP95(),
    ...(await badgeTimes()),
    'linkedin.longTasksOver50ms': await longTasks(),
  };
}
