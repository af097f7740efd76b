import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractSite } from '../../../../lib/extract/site/extract-site';
import { CAP } from '../../../../lib/extract/site/limits';
import { page } from './fixtures';

const FIXTURES = new URL('../../../fixtures/sites/', import.meta.url);

// What a hostile page does to the builtins of its own realm (jsdom runs it in the window's context).
const SABOTAGE = `<script>
  const boom = () => { throw new Error('hijacked'); };
  JSON.parse = boom; JSON.stringify = boom;
  for (const k of ['map', 'filter', 'forEach', 'push', 'slice', 'indexOf', 'includes', 'join', 'some', 'find', 'reduce', 'flatMap'])
    Array.prototype[k] = boom;
  Array.prototype[Symbol.iterator] = boom; Array.from = boom; Object.keys = boom; Object.entries = boom;
  String.prototype.trim = boom; String.prototype.replace = boom; String.prototype.split = boom; RegExp.prototype.exec = boom;
  NodeList.prototype.forEach = boom; NodeList.prototype[Symbol.iterator] = boom; HTMLCollection.prototype[Symbol.iterator] = boom;
  Object.defineProperty(Object.prototype, 'name', { value: 'Evil Corp', writable: true, configurable: true });
  window.URL = boom;
</script>`;

describe('a page that redefines its own builtins', () => {
  it.each([
    ['site-company-blog-2020-postplanner.html', 'https://www.postplanner.com/get-more-likes-fans-facebook-page/'],
    ['site-agency-homepage-2020-bluecadet.html', 'https://www.bluecadet.com/'],
    ['site-lawfirm-page-2019-viehbacher-de.html', 'https://viehbacher.com/de/steuerrecht'],
  ])('reads %s exactly as the untouched page (this module uses its own JSON, Array, URL)', (fixture, url) => {
    // The page's own scripts are left out (they would only fail against the sabotage and slow the test).
    const html = readFileSync(new URL(fixture, FIXTURES), 'utf8').replace(
      /<script(?![^>]*ld\+json)[^>]*>[\s\S]*?<\/script>/gi,
      '',
    );
    const clean = extractSite(new JSDOM(html, { url }).window.document, new URL(url));
    const hostileDom = new JSDOM(
      html.replace(/<head[^>]*>/i, (h) => `${h}${SABOTAGE}`),
      {
        url,
        runScripts: 'dangerously',
        virtualConsole: new VirtualConsole(),
      },
    );
    // The sabotage really ran in the page's realm.
    expect(() => hostileDom.window.JSON.parse('{}')).toThrow('hijacked');
    expect(() => hostileDom.window.Array.from([])).toThrow('hijacked');
    const hostile = extractSite(hostileDom.window.document, new URL(url));
    expect(hostile).toEqual(clean);
    expect(hostile.kind).toBe('company');
    expect(hostile.company?.name).not.toBe('Evil Corp');
  });
});

describe('broken and lying input', () => {
  it('never throws, even when every DOM access throws', () => {
    const { doc, url } = page('<title>Acme</title>');
    const broken = new Proxy(doc, {
      get() {
        throw new Error('boom');
      },
    });
    const r = extractSite(broken, url);
    expect(r.kind).toBe('unknown');
    expect(r.company?.name).toBeUndefined();
  });

  it('loses only what a failing reader reads, and says which reader failed', () => {
    const dom = new JSDOM(
      `<head><meta property="og:site_name" content="Acme"><meta name="description" content="Anvils."></head><body><footer><a href="https://www.linkedin.com/company/acme">in</a></footer></body>`,
      { url: 'https://www.acme.io/' },
    );
    // Break <a> for this page only: the links reader trips, name and description still come through.
    Object.defineProperty(dom.window.HTMLAnchorElement.prototype, 'textContent', {
      get() {
        throw new Error('no text for you');
      },
    });
    const r = extractSite(dom.window.document, new URL('https://www.acme.io/'));
    expect(r.company).toMatchObject({ name: 'Acme', description: 'Anvils.' });
    expect(r.company?.linkedinUrl).toBeUndefined();
    expect(r.missing).toContain('links failed: no text for you');
  });

  it('reads nothing as a company on a non-web URL', () => {
    const { doc } = page('<meta property="og:site_name" content="Acme"><title>Acme</title>');
    const r = extractSite(doc, new URL('file:///home/me/acme.html'));
    expect(r.kind).toBe('unknown');
    expect(r.missing).toEqual(['company', 'not a web page URL']);
  });

  it('survives JSON-LD that is deeply nested, enormous, prototype-polluting or not JSON at all', () => {
    const deep = '['.repeat(20000) + ']'.repeat(20000);
    const big = JSON.stringify({ '@type': 'Organization', name: 'Acme', description: 'x'.repeat(400_000) });
    const proto = '{"@type":"Organization","__proto__":{"polluted":true},"name":"Acme","url":"https://www.acme.io/"}';
    const html = [deep, big, proto, '<b>not json</b>', 'null', '42']
      .map((b) => `<script type="application/ld+json">${b}</script>`)
      .join('');
    const { doc, url } = page(`<head>${html}</head>`);
    const r = extractSite(doc, url);
    expect(r.company?.name).toBe('Acme');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.provenance.page.detail).toMatch(/JSON-LD block\(s\) unreadable/);
  });

  it('returns markup in values as plain text, without control or bidi characters, and capped', () => {
    const name = 'Acme\u202E\u0000 <img src=x onerror=alert(1)>';
    const ld = JSON.stringify({
      '@type': 'Organization',
      name,
      url: 'https://www.acme.io',
      description: 'd'.repeat(50_000),
    });
    const { doc, url } = page(`<script type="application/ld+json">${ld}</script>`);
    const c = extractSite(doc, url).company!;
    expect(c.name).toBe('Acme <img src=x onerror=alert(1)>');
    expect(c.description!.length).toBeLessThanOrEqual(CAP.description);
  });

  it('refuses javascript: and data: links as profiles, careers or job boards', () => {
    const { doc, url } = page(
      '<title>Acme</title><footer><a href="javascript:alert(1)">Careers</a><a href="data:text/html,x">LinkedIn</a></footer>',
    );
    const r = extractSite(doc, url);
    expect(r.provenance.careersPage).toBeUndefined();
    expect(r.company?.linkedinUrl).toBeUndefined();
  });
});

describe('giant pages', () => {
  it('does bounded work on 20 000 links, 20 000 paragraphs, 2 MB of text and 40 JSON-LD blocks', () => {
    const links = Array.from({ length: 20000 }, (_, i) => `<a href="/p/${i}">Product ${i}</a>`).join('');
    const paras = Array.from({ length: 20000 }, (_, i) => `<p>Paragraph ${i} about anvils.</p>`).join('');
    const blocks = Array.from(
      { length: 40 },
      () => `<script type="application/ld+json">{"@type":"Thing","name":"x"}</script>`,
    ).join('');
    const html = `<head><title>Home | Acme</title>${blocks}</head><body><main>${links}${paras}<div>${'lorem ipsum '.repeat(180_000)}</div></main>
      <footer><address>1 Main St<br>Austin, TX 78701</address><a href="https://www.linkedin.com/company/acme">LinkedIn</a><a href="/careers">Careers</a></footer></body>`;
    const { doc, url } = page(html);
    const start = performance.now();
    const r = extractSite(doc, url);
    const ms = performance.now() - start;
    // The footer is still read although it comes after the anchor cap.
    expect(r.company).toMatchObject({
      name: 'Acme',
      linkedinUrl: 'https://www.linkedin.com/company/acme/',
      address: { locality: 'Austin' },
    });
    expect(r.provenance.careersPage.detail).toBe('https://www.acme.io/careers');
    expect(ms).toBeLessThan(5000);
  });
});
