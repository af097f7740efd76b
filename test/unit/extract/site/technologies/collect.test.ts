import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { collectSignals, matchDom, probeGlobals } from '../../../../../lib/extract/site/technologies/collect';
import { SIGNAL_CAPS } from '../../../../../lib/extract/site/technologies/signals';
import { page } from './load';

const PAGE = `<!doctype html><html><head>
  <meta charset="utf-8"><meta name="Generator" content="  WordPress 6.5 ">
  <meta property="og:image" content="https://cdn.sanity.io/images/x.png"><meta http-equiv="X-UA-Compatible" content="IE=edge">
  <link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Inter"><link rel="icon" href="">
  <script src="https://js.hs-scripts.com/123.js"></script>
  <script type="application/ld+json">{"@type":"Organization"}</script>
  <script>   </script>
  <!-- This site is optimized with the Yoast SEO plugin -->
</head><body><div id="app" data-v-1a2b3c4d="" class="x">Text <b>is</b> not kept</div>
  <svg><path d="M0 0"></path></svg><script>window.dataLayer = [];</script></body></html>`;

describe('collectSignals', () => {
  const s = collectSignals(page(PAGE), { cookieString: 'hubspotutk=abc; _ga=GA1.2; =x;  spaced = 1' });

  it('reads script srcs, link hrefs and metas as written, skipping empty ones', () => {
    expect(s.scriptSrcs).toEqual(['https://js.hs-scripts.com/123.js']);
    expect(s.linkHrefs).toEqual(['https://fonts.googleapis.com/css?family=Inter']);
    expect(s.metas).toEqual([
      { name: 'generator', content: 'WordPress 6.5' },
      { name: 'og:image', content: 'https://cdn.sanity.io/images/x.png' },
      { name: 'x-ua-compatible', content: 'IE=edge' },
    ]);
  });

  it('keeps non-empty inline scripts of any type', () => {
    expect(s.inlineScripts).toEqual(['{"@type":"Organization"}', 'window.dataLayer = [];']);
  });

  it('reads cookie names only', () => {
    expect(s.cookieNames).toEqual(['hubspotutk', '_ga', 'spaced']);
  });

  it('leaves globals and dom hits to the main-world probe and matchDom', () => {
    expect(s.globals).toEqual([]);
    expect(s.domHits).toBeUndefined();
  });

  it('outlines start tags and comments without text or svg internals', () => {
    expect(s.html).toContain('<meta name="Generator" content="  WordPress 6.5 ">');
    expect(s.html).toContain('<!-- This site is optimized with the Yoast SEO plugin -->');
    expect(s.html).toContain('<div id="app" data-v-1a2b3c4d="" class="x"><b><svg><script>');
    expect(s.html).not.toContain('not kept');
    expect(s.html).not.toContain('<path');
  });

  it('falls back to document.cookie', () => {
    const dom = new JSDOM('<p>', { url: 'https://example.test/' });
    dom.window.document.cookie = 'intercom-id-abc=1';
    expect(collectSignals(dom.window.document).cookieNames).toEqual(['intercom-id-abc']);
  });

  it('caps inline script text and url length', () => {
    const big = collectSignals(
      page(`<script src="/${'a'.repeat(5000)}.js"></script><script>${'x'.repeat(100_000)}</script>`),
    );
    expect(big.scriptSrcs[0]).toHaveLength(SIGNAL_CAPS.urlChars);
    expect(big.inlineScripts[0]).toHaveLength(SIGNAL_CAPS.inlineChars);
  });

  it('reads the first and the last scripts of a page with very many', () => {
    const filler = Array.from({ length: 2000 }, (_, i) => `<script src="/filler-${i}.js"></script>`).join('');
    const many = collectSignals(page(`<script src="/first.js"></script>${filler}<script src="/last.js"></script>`));
    expect(many.scriptSrcs).toHaveLength(SIGNAL_CAPS.scriptsHead + SIGNAL_CAPS.scriptsTail);
    expect(many.scriptSrcs[0]).toBe('/first.js');
    expect(many.scriptSrcs.at(-1)).toBe('/last.js');
  });
});

describe('matchDom', () => {
  const doc = page('<div id="grnhse_app"></div><a href="https://jobs.lever.co/acme">Jobs</a>');

  it('returns the selectors that match, in order, skipping invalid ones', () => {
    const selectors = ['#grnhse_app', 'a[href*="jobs.lever.co/"]', '#absent', 'div[', ':nope(', '', 'x'.repeat(500)];
    expect(matchDom(doc, selectors)).toEqual(['#grnhse_app', 'a[href*="jobs.lever.co/"]']);
  });
});

describe('probeGlobals', () => {
  // Run as it will be: serialized and evaluated inside the page's own realm.
  const inPage = (setup: string, paths: unknown) => {
    const dom = new JSDOM('<p>', { runScripts: 'outside-only' });
    dom.window.eval(setup);
    const probe = dom.window.eval(`(${probeGlobals.toString()})`) as (p: unknown) => string[];
    return { found: probe(paths), window: dom.window as unknown as Record<string, unknown> };
  };

  it('is self-contained and finds own, nested and inherited properties', () => {
    const { found } = inPage(
      `window._hsq = []; window.HubSpotConversations = { widget: {} };
       window.jQuery = function () {}; jQuery.fn = jQuery.prototype = { jquery: '3.7.1' };
       window.drift = Object.create({ SNIPPET_VERSION: '0.3.1' }); window.nothing = null;`,
      [
        '_hsq',
        'HubSpotConversations.widget',
        'jQuery.fn.jquery',
        'drift.SNIPPET_VERSION',
        'nothing',
        'nothing.x',
        'Intercom',
        'jQuery.fn.nope',
      ],
    );
    expect(found).toEqual([
      '_hsq',
      'HubSpotConversations.widget',
      'jQuery.fn.jquery',
      'drift.SNIPPET_VERSION',
      'nothing',
    ]);
  });

  it('never runs page getters, proxies or functions', () => {
    const { found, window } = inPage(
      `window.calls = 0;
       Object.defineProperty(window, 'Intercom', { get() { window.calls++; return { boot() {} }; }, configurable: true });
       window.trap = new Proxy({}, { get() { window.calls++; return 1; } });
       window.zE = function () { window.calls++; };`,
      ['Intercom', 'Intercom.boot', 'trap', 'zE', 'zE.apply'],
    );
    expect(found).toEqual(['Intercom', 'trap', 'zE', 'zE.apply']);
    expect(window.calls).toBe(0);
  });

  it('survives replaced built-ins, hostile proxies and bad input', () => {
    const { found } = inPage(
      `Array.prototype.push = () => { throw new Error('hijacked'); };
       String.prototype.split = () => { throw new Error('hijacked'); };
       window.evil = new Proxy({}, { getOwnPropertyDescriptor() { throw new Error('no'); }, getPrototypeOf() { throw new Error('no'); } });
       window.fine = 1;`,
      ['evil.x', 'fine', 42, 'x'.repeat(200)],
    );
    expect(found).toEqual(['fine']);
    expect(inPage('', null).found).toEqual([]);
  });
});
