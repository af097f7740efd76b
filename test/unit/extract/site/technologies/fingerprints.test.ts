import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import data from '../../../../../lib/extract/site/technologies/fingerprints.json';
import { FINGERPRINTS } from '../../../../../lib/extract/site/technologies/fingerprints';
import { DOM_SELECTORS, GLOBAL_PATHS } from '../../../../../lib/extract/site/technologies/probes';
import { CATEGORIES, FingerprintFileSchema } from '../../../../../lib/extract/site/technologies/schema';

const all = FINGERPRINTS;
const names = all.map((f) => f.name);
const regexSources = all.flatMap((f) => [
  ...['scriptSrc', 'linkHref', 'inlineScript', 'cookies', 'html'].flatMap((k) =>
    (f.patterns[k as 'html'] ?? []).map((source) => ({ name: f.name, source })),
  ),
  ...Object.values(f.patterns.meta ?? {}).map((source) => ({ name: f.name, source })),
]);

describe('fingerprints.json', () => {
  it('matches the schema', () => {
    const parsed = FingerprintFileSchema.safeParse(data);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 5)).toEqual([]);
  });

  it('covers at least 160 technologies in every category', () => {
    expect(all.length).toBeGreaterThanOrEqual(160);
    expect(new Set(all.map((f) => f.category))).toEqual(new Set(CATEGORIES));
  });

  it('has unique names, also ignoring case', () => {
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it('implies only technologies it defines, never itself', () => {
    const dangling = all.flatMap((f) =>
      (f.implies ?? []).filter((t) => !names.includes(t)).map((t) => `${f.name} -> ${t}`),
    );
    expect(dangling).toEqual([]);
    expect(all.filter((f) => f.implies?.includes(f.name))).toEqual([]);
  });

  it('gives every technology at least one pattern', () => {
    const empty = all.filter((f) => Object.values(f.patterns).every((v) => !v || Object.keys(v).length === 0));
    expect(empty.map((f) => f.name)).toEqual([]);
  });

  it('compiles every regex', () => {
    const broken = regexSources.filter(({ source }) => {
      try {
        new RegExp(source, 'i');
        return false;
      } catch {
        return true;
      }
    });
    expect(broken).toEqual([]);
  });

  it('has no regex that backtracks badly on long hostile input', () => {
    const inputs = ['a', '/', '.', '=', '"', ' ', '-', '<!--', 'a.', '//a.'].map((s) =>
      s.repeat(Math.ceil(20_000 / s.length)),
    );
    const slow: string[] = [];
    for (const { name, source } of regexSources) {
      const regex = new RegExp(source, 'i');
      const started = performance.now();
      for (const input of inputs) regex.test(input);
      if (performance.now() - started > 50) slow.push(`${name}: ${source}`);
    }
    expect(slow).toEqual([]);
  });

  it('has only selectors a browser accepts', () => {
    const doc = new JSDOM('<p>').window.document;
    const invalid = all
      .flatMap((f) => f.patterns.dom ?? [])
      .filter((selector) => {
        try {
          doc.querySelector(selector);
          return false;
        } catch {
          return true;
        }
      });
    expect(invalid).toEqual([]);
  });

  it('names the technologies B2B sellers ask for', () => {
    const wanted = [
      ['crm', ['Salesforce', 'HubSpot', 'Pipedrive', 'Microsoft Dynamics 365']],
      ['marketing-automation', ['HubSpot', 'Marketo', 'Pardot', 'Oracle Eloqua']],
      ['analytics', ['Google Analytics', 'Google Analytics 4']],
      ['tag-manager', ['Google Tag Manager']],
      ['cdp', ['Segment']],
      ['chat-support', ['Intercom', 'Drift', 'Zendesk']],
      ['product-analytics', ['Hotjar', 'Mixpanel', 'Amplitude', 'Heap', 'FullStory']],
      ['ab-testing', ['Optimizely', 'VWO']],
      ['consent', ['OneTrust', 'Cookiebot']],
      ['cms', ['WordPress', 'Webflow', 'Wix', 'Squarespace', 'Drupal']],
      ['ecommerce', ['Shopify', 'WooCommerce', 'Magento', 'BigCommerce']],
      ['payments', ['Stripe', 'PayPal']],
      ['cdn-hosting', ['Cloudflare', 'AWS CloudFront', 'Akamai', 'Fastly', 'Vercel', 'Netlify']],
      ['js-framework', ['React', 'Next.js', 'Vue.js', 'Angular']],
      ['js-library', ['jQuery']],
      [
        'ats',
        [
          'Greenhouse',
          'Lever',
          'Ashby',
          'Workable',
          'SmartRecruiters',
          'Personio',
          'Recruitee',
          'Teamtailor',
          'BambooHR',
          'Workday',
        ],
      ],
    ] as const;
    const categoryOf = new Map(all.map((f) => [f.name, f.category]));
    for (const [category, techs] of wanted) {
      for (const name of techs) {
        // HubSpot is one product line filed under marketing automation; its CRM shows through it.
        const expected = name === 'HubSpot' ? 'marketing-automation' : category;
        expect([name, categoryOf.get(name)]).toEqual([name, expected]);
      }
    }
  });
});

describe('probe lists', () => {
  it('hold every global path and selector once', () => {
    expect(new Set(GLOBAL_PATHS).size).toBe(GLOBAL_PATHS.length);
    expect(new Set(DOM_SELECTORS).size).toBe(DOM_SELECTORS.length);
    expect(new Set(GLOBAL_PATHS)).toEqual(new Set(all.flatMap((f) => f.patterns.globals ?? [])));
    expect(new Set(DOM_SELECTORS)).toEqual(new Set(all.flatMap((f) => f.patterns.dom ?? [])));
    expect(GLOBAL_PATHS).toContain('HubSpotConversations');
  });
});

describe('bundles', () => {
  const bundle = (entry: string) =>
    buildSync({
      entryPoints: [fileURLToPath(new URL(`../../../../../lib/extract/site/technologies/${entry}`, import.meta.url))],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      logLevel: 'silent',
    }).outputFiles[0].text;

  it('keeps the fingerprint tables out of what the content script imports', () => {
    const collect = bundle('collect.ts');
    expect(collect).not.toContain('hs-scripts');
    expect(collect).not.toContain('zod');
    expect(collect.length).toBeLessThan(8_000);
  });

  it('keeps zod out of the detector (the tables are validated by this test, not at runtime)', () => {
    const detect = bundle('detect.ts');
    expect(detect).toContain('hs-scripts');
    expect(detect).not.toMatch(/ZodError|zod/i);
  });
});
