import { buildSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractSite } from '../../../../lib/extract/site/extract-site';
import { readSite, withNews } from '../../../../lib/extract/site/read-site';
import { readSitePage } from '../../../../lib/extract/site/read-site-page';
import { siteExtractedSchema } from '../../../../lib/messaging/validate';
import { isCountryName } from '../../../../lib/normalize/country-names';
import { collectSignals } from '../../../../lib/extract/site/technologies/collect';
import { onSite, siteOf, underDomain } from '../../../../lib/extract/site/site';
import { registrableDomain } from '../../../../lib/normalize/domains';
import { fixtureNames, loadPage, page } from './fixtures';

/** The URL a saved page was read at (its truth file's `url`). */
const urlOf = (fixture: string): URL =>
  new URL(
    JSON.parse(
      readFileSync(
        new URL(`../../../fixtures/sites/truth/${fixture.replace(/\.html$/, '.json')}`, import.meta.url),
        'utf8',
      ),
    ).url,
  );

describe('readSite with the registrable domain and country names supplied by the caller', () => {
  it.each(fixtureNames())('reads %s exactly as extractSite', (fixture) => {
    const url = urlOf(fixture);
    const doc = loadPage(fixture, url.href);
    expect(readSite(doc, url, { domain: registrableDomain(url.hostname), isCountry: isCountryName })).toEqual(
      extractSite(doc, url),
    );
  });

  it('reads the same on a subdomain, with the domain in any case or with a trailing dot', () => {
    const { doc, url } = page(
      `<head><meta property="og:site_name" content="Acme"></head>
       <footer><a href="https://www.linkedin.com/company/acme">in</a> <a href="https://www.acme.co.uk/pricing">Pricing</a></footer>`,
      'https://blog.acme.co.uk/post',
    );
    const expected = extractSite(doc, url);
    expect(expected.company?.name).toBe('Acme');
    expect(expected.provenance.pricingPage?.detail).toBe('https://www.acme.co.uk/pricing');
    for (const domain of ['acme.co.uk', 'ACME.co.uk', 'acme.co.uk.'])
      expect(readSite(doc, url, { domain, isCountry: isCountryName })).toEqual(expected);
  });

  it('reads a page without a domain (or with one the page is not on) as extractSite reads an IP address', () => {
    const html = '<head><title>Acme</title><meta property="og:site_name" content="Acme"></head>';
    const ip = page(html, 'http://192.168.1.10/about');
    const { doc, url } = page(html, 'https://www.acme.io/about');
    const none = readSite(doc, url, { domain: undefined, isCountry: isCountryName });
    expect(none).toEqual(extractSite(ip.doc, ip.url));
    expect(none.company?.website).toBeUndefined();
    for (const wrong of ['evil.com', 'io', 'cme.io', 'www.acme.io.evil', '', 42 as unknown as string])
      expect(readSite(doc, url, { domain: wrong, isCountry: isCountryName })).toEqual(none);
    expect(readSite(doc, url, { domain: 'acme.io', isCountry: isCountryName }).company?.website).toBe(
      'https://www.acme.io',
    );
  });

  it('never throws', () => {
    const broken = new Proxy(page('<title>Acme</title>').doc, {
      get() {
        throw new Error('boom');
      },
    });
    expect(
      readSite(broken, new URL('https://www.acme.io/'), { domain: 'acme.io', isCountry: isCountryName }).kind,
    ).toBe('unknown');
    expect(
      readSite(page('').doc, new URL('mailto:x@acme.io'), { domain: 'acme.io', isCountry: isCountryName }).missing,
    ).toContain('not a web page URL');
  });
});

describe('the page half (injected) and the background half (withNews) of readSite', () => {
  const help = (url: URL) => ({ domain: registrableDomain(url.hostname), isCountry: isCountryName });

  it.each(fixtureNames())('read %s together exactly as readSite, across a message', (fixture) => {
    const url = urlOf(fixture);
    const doc = loadPage(fixture, url.href);
    const reading = readSitePage(doc, url, help(url));
    // What the content script sends passes the background's schema and survives the structured clone.
    const message = { url: url.href, result: reading.result, signals: collectSignals(doc), news: reading.news };
    expect(siteExtractedSchema.safeParse(message).success).toBe(true);
    expect(withNews(structuredClone(reading))).toEqual(readSite(doc, url, help(url)));
  });

  it('gathers news text only on press, news and blog pages, and reads it in the background', () => {
    const post = page(
      `<head><meta property="og:site_name" content="Acme"><meta property="article:published_time" content="2024-05-02"></head>
       <body><article><h1>News</h1><p>Acme raised a $30M Series B led by Thrive.</p></article></body>`,
      'https://www.acme.io/blog/series-b',
    );
    const reading = readSitePage(post.doc, post.url, help(post.url));
    expect(reading.news).toMatchObject({ source: post.url.href, owner: 'acme', firstPerson: true });
    // The page half has no news signal and says signals are missing; the background half adds it.
    expect(reading.result.company?.signals).toBeUndefined();
    expect(reading.result.missing).toContain('signals');
    const done = withNews(reading);
    expect(done.company?.signals).toEqual([
      {
        type: 'funding',
        observedAt: '2024-05-02',
        detail: 'Acme raised a $30M Series B led by Thrive.',
        source: post.url.href,
      },
    ]);
    expect(done.provenance.signals).toEqual({
      source: 'text',
      detail: 'job boards, and news sentences naming the company',
    });
    expect(done.missing).not.toContain('signals');
    const home = page('<title>Acme</title><body><p>Acme raised a $30M Series B.</p></body>', 'https://www.acme.io/');
    expect(readSitePage(home.doc, home.url, help(home.url)).news).toBeUndefined();
  });

  it('keeps the page half’s result when the news text cannot be read', () => {
    const { doc, url } = page(
      '<title>Acme</title><article><p>Acme raised $3M.</p></article>',
      'https://www.acme.io/news/x',
    );
    const reading = readSitePage(doc, url, help(url));
    const broken = { ...reading, news: { ...reading.news!, blocks: null as unknown as [] } };
    const done = withNews(broken);
    expect(done.company).toEqual(reading.result.company);
    expect(done.missing.at(-1)).toMatch(/^news failed: /);
  });
});

describe('onSite: the registrable domain or a subdomain of it', () => {
  const site = siteOf(new URL('https://www.acme.co.uk/about'), undefined, 'acme.co.uk');

  it.each([
    ['https://acme.co.uk/', true],
    ['https://www.acme.co.uk/careers', true],
    ['http://deep.blog.acme.co.uk/x', true],
    ['https://WWW.ACME.CO.UK/', true],
    ['/relative/path', true],
    ['//cdn.acme.co.uk/x.js', true],
    ['https://notacme.co.uk/', false],
    ['https://acme.co.uk.evil.com/', false],
    ['https://co.uk/', false],
    ['https://www.acme.com/', false],
    ['mailto:hi@acme.co.uk', false],
    ['javascript:void(0)', false],
  ])('%s → %s', (href, expected) => {
    expect(onSite(href, site)).toBe(expected);
  });

  it('takes URLs as well as hrefs, and nothing is on a site without a domain', () => {
    expect(onSite(new URL('https://shop.acme.co.uk/'), site)).toBe(true);
    expect(onSite(undefined, site)).toBe(false);
    expect(onSite('https://www.acme.co.uk/', siteOf(new URL('https://www.acme.co.uk/'), undefined, undefined))).toBe(
      false,
    );
  });

  it('agrees with comparing registrable domains on the hosts of the fixtures’ links', () => {
    const hosts = ['acme.io', 'www.acme.io', 'a.b.acme.io', 'acme.io.', 'xacme.io', 'acme.io.xyz', '10.0.0.1'];
    for (const host of hosts) expect(underDomain(host, 'acme.io')).toBe(registrableDomain(host) === 'acme.io');
  });

  it('labels the site from the supplied domain', () => {
    expect(site).toMatchObject({ domain: 'acme.co.uk', label: 'acme' });
    expect(siteOf(new URL('https://www.rs-ingenieure.de/'), undefined, 'rs-ingenieure.de').label).toBe('rsingenieure');
  });
});

describe('the content-script bundle', () => {
  const bundle = () =>
    buildSync({
      stdin: {
        contents: `export { readSitePage } from './lib/extract/site/read-site-page';
                   export { countryTest } from './lib/extract/site/address-text';
                   export { collectSignals } from './lib/extract/site/technologies/collect';`,
        resolveDir: fileURLToPath(new URL('../../../../', import.meta.url)),
        loader: 'ts',
      },
      bundle: true,
      minify: true,
      write: false,
      format: 'iife',
      charset: 'utf8',
      metafile: true,
      logLevel: 'silent',
    });

  it('keeps the public-suffix list, the place tables and the news sentence patterns out of the page half', () => {
    const inputs = Object.keys(bundle().metafile.inputs);
    expect(
      inputs.filter((f) =>
        /tldts|place-index|places-data|country-names|normalize\/domains|news-sentences|news-patterns/.test(f),
      ),
    ).toEqual([]);
  });

  it('stays small (scripts injected into every company page; npm run bench reports the built file)', () => {
    expect(bundle().outputFiles[0].contents.length).toBeLessThan(40_000);
  });
});
