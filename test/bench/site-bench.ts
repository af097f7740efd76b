/**
 * Company-site budgets, measured in Debian's Chromium on the saved pages of test/fixtures/sites/,
 * each served at its real URL (the `url` of its truth file). Standalone:
 * `npx tsx test/bench/site-bench.ts` prints each page's median per stage.
 */
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM, CHROMIUM_FLAGS, EXTENSION_DIR } from '../../lib/cli/chromium';
import { blockTheRest, FIXTURES } from '../../lib/cli/routes';
import { FINGERPRINTS } from '../../lib/extract/site/technologies/fingerprints';
import { countryKeys } from '../../lib/normalize/country-names';
import { registrableDomain } from '../../lib/normalize/domains';

type Figures = Record<string, number>;

/** Runs per page: the first ones warm up the JIT (and compile the fingerprints), the rest are timed. */
const WARMUP = 5;
const RUNS = 15;

const round = (n: number) => Math.round(n * 100) / 100;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** Each saved site page with the URL its truth file says it was read at. */
export function sitePages(): { file: string; url: string }[] {
  const dir = path.join(FIXTURES, 'sites');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth', f.replace(/\.html$/, '.json')), 'utf8'));
      return { file: path.join(dir, f), url: String(truth.url) };
    });
}

/** What runs in the page: the content script's reading plus the background's matching, in one bundle. */
const ENTRY = `
  export { readSite } from './lib/extract/site/read-site';
  export { countryTest } from './lib/extract/site/address-text';
  export { collectSignals, matchDom } from './lib/extract/site/technologies/collect';
  export { detectTechnologies } from './lib/extract/site/technologies/detect';
  export { DOM_SELECTORS } from './lib/extract/site/technologies/probes';
`;

interface SiteApi {
  readSite(doc: Document, url: URL, help: { domain?: string; isCountry: (text: string) => boolean }): unknown;
  countryTest(keys: readonly string[]): (text: string) => boolean;
  collectSignals(doc: Document): { domHits?: string[] };
  matchDom(doc: Document, selectors: readonly string[]): string[];
  detectTechnologies(signals: unknown): unknown[];
  DOM_SELECTORS: readonly string[];
}

/** Stage times of one page, each the median of RUNS runs (ms). */
export interface PageTimes {
  file: string;
  total: number;
  read: number;
  collect: number;
  matchDom: number;
  detect: number;
}

/**
 * Times, in the page itself, what reading one company page costs: `readSite` (with the registrable
 * domain and country names the background hands over, computed outside the timing), `collectSignals`, `matchDom`
 * over every fingerprint DOM selector and `detectTechnologies` on what they read. The total of
 * one run is the four together; a page's figure is the median of its timed runs.
 */
export async function timeSitePages(): Promise<PageTimes[]> {
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: path.resolve(import.meta.dirname, '../..'), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'IcpLensSite',
    minify: true,
    logLevel: 'silent',
  });
  const code = bundle.outputFiles[0].text;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const context = await browser.newContext({ bypassCSP: true });
  await blockTheRest(context);
  const out: PageTimes[] = [];
  try {
    for (const { file, url } of sitePages()) {
      const body = fs.readFileSync(file);
      const target = new URL(url).href;
      await context.route(
        (u) => u.href === target,
        (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
      );
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.addScriptTag({ content: code });
      const runs = await page.evaluate(
        ({ domain, countries, warmup, runs }) => {
          const api = (window as unknown as { IcpLensSite: SiteApi }).IcpLensSite;
          const times: number[][] = [];
          for (let i = 0; i < warmup + runs; i++) {
            const url = new URL(location.href);
            const t0 = performance.now();
            api.readSite(document, url, { domain, isCountry: api.countryTest(countries) });
            const t1 = performance.now();
            const signals = api.collectSignals(document);
            const t2 = performance.now();
            signals.domHits = api.matchDom(document, api.DOM_SELECTORS);
            const t3 = performance.now();
            api.detectTechnologies(signals);
            const t4 = performance.now();
            if (i >= warmup) times.push([t4 - t0, t1 - t0, t2 - t1, t3 - t2, t4 - t3]);
          }
          return times;
        },
        { domain: registrableDomain(url), countries: countryKeys(), warmup: WARMUP, runs: RUNS },
      );
      const median = (k: number) =>
        round(
          percentile(
            runs.map((r) => r[k]),
            50,
          ),
        );
      out.push({
        file: path.basename(file),
        total: median(0),
        read: median(1),
        collect: median(2),
        matchDom: median(3),
        detect: median(4),
      });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

export async function siteFigures(): Promise<Figures> {
  const script = path.join(EXTENSION_DIR, 'site-reader.js');
  const pages = await timeSitePages();
  return {
    // In Chromium, per saved site page at its real URL, one run = readSite (domain handed in, as
    // the background does) + collectSignals + matchDom(DOM_SELECTORS) + detectTechnologies; a
    // page's figure is the median of its RUNS timed runs (after WARMUP), this the p95 over pages.
    'site.extractP95Ms': round(
      percentile(
        pages.map((p) => p.total),
        95,
      ),
    ),
    'site.scriptKB': round(fs.statSync(script).size / 1024),
    'site.technologies': FINGERPRINTS.length,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const pages = await timeSitePages();
  console.table(pages);
  console.log(
    'p95 total',
    round(
      percentile(
        pages.map((p) => p.total),
        95,
      ),
    ),
  );
}
