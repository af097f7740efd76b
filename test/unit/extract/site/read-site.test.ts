import { buildSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractSite } from '../../../../lib/extract/site/extract-site';
import { readSite } from '../../../../lib/extract/site/read-site';
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

describe('readSite with the registrable domain supplied by the caller', () => {
  it.each(fixtureNames())('reads %s exactly as extractSite', (fixture) => {
    const url = urlOf(fixture);
    const doc = loadPage(fixture, url.href);
    expect(readSite(doc, url, registrableDomain(url.hostname))).toEqual(extractSite(doc, url));
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
      expect(readSite(doc, url, domain)).toEqual(expected);
  });

  it('reads a page without a domain (or with one the page is not on) as extractSite reads an IP address', () => {
    const html = '<head><title>Acme</title><meta property="og:site_name" content="Acme"></head>';
    const ip = page(html, 'http://192.168.1.10/about');
    const { doc, url } = page(html, 'https://www.acme.io/about');
    const none = readSite(doc, url, undefined);
    expect(none).toEqual(extractSite(ip.doc, ip.url));
    expect(none.company?.website).toBeUndefined();
    for (const wrong of ['evil.com', 'io', 'cme.io', 'www.acme.io.evil', '', 42 as unknown as string])
      expect(readSite(doc, url, wrong)).toEqual(none);
    expect(readSite(doc, url, 'acme.io').company?.website).toBe('https://www.acme.io');
  });

  it('never throws', () => {
    const broken = new Proxy(page('<title>Acme</title>').doc, {
      get() {
        throw new Error('boom');
      },
    });
    expect(readSite(broken, new URL('https://www.acme.io/'), 'acme.io').kind).toBe('unknown');
    expect(readSite(page('').doc, new URL('mailto:x@acme.io'), 'acme.io').missing).toContain('not a web page URL');
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
        contents: `export { readSite } from './lib/extract/site/read-site';
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

  it('keeps the public-suffix list and the place tables out of what readSite imports', () => {
    const inputs = Object.keys(bundle().metafile.inputs);
    expect(inputs.filter((f) => /tldts|place-index|places-data|normalize\/domains/.test(f))).toEqual([]);
  });

  it('stays small (scripts injected into every company page)', () => {
    expect(bundle().outputFiles[0].contents.length).toBeLessThan(47_000);
  });
});
