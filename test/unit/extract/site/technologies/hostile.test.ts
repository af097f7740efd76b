import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { collectSignals, matchDom } from '../../../../../lib/extract/site/technologies/collect';
import { detectTechnologies } from '../../../../../lib/extract/site/technologies/detect';
import { DOM_SELECTORS } from '../../../../../lib/extract/site/technologies/probes';
import { SIGNAL_CAPS } from '../../../../../lib/extract/site/technologies/signals';
import { page } from './load';

/**
 * Collect and detect over `doc` (the bounded work), then matchDom, timed apart: matchDom's cost
 * is the browser's own selector engine, one query per selector (jsdom's is far slower than Chrome's).
 */
function run(doc: Document): { names: string[]; ms: number } {
  const started = performance.now();
  const signals = collectSignals(doc, { cookieString: 'a=1;'.repeat(10_000) });
  detectTechnologies(signals);
  const ms = performance.now() - started;
  signals.domHits = matchDom(doc, DOM_SELECTORS);
  return { names: detectTechnologies(signals).map((d) => d.name), ms };
}

const WP =
  '<meta name="generator" content="WordPress 6.5"><script src="/wp-includes/js/jquery/jquery.min.js"></script>';

describe('hostile pages', () => {
  it('10 MB of junk: a giant inline script, giant text and thousands of junk tags', () => {
    const junkTags = '<span class="j" data-x="&quot;<>">x</span><!-- <script src=//js.hs-scripts.com/> -->'.repeat(
      5_000,
    );
    const html = `<html><head>${WP}<script>var s = "${'\\u0041'.repeat(1_000_000)}";</script></head>
      <body><p>${'lorem ipsum '.repeat(500_000)}</p>${junkTags}<div ${'a=b '.repeat(5_000)}></div></body></html>`;
    expect(html.length).toBeGreaterThan(10_000_000);
    const { names, ms } = run(page(html));
    expect(names).toEqual(['WordPress', 'jQuery']);
    expect(ms).toBeLessThan(1_000);
  });

  it('5,000 script tags', () => {
    const scripts = Array.from(
      { length: 5_000 },
      (_, i) => `<script src="/s${i}.js"></script><script>var v${i} = ${i};</script>`,
    );
    const { names, ms } = run(page(`<head>${WP}</head><body>${scripts.join('')}</body>`));
    expect(names).toEqual(['WordPress', 'jQuery']);
    expect(ms).toBeLessThan(1_000);
  });

  it('broken markup, deep nesting and odd attributes', () => {
    const deep = '<div>'.repeat(1_000); // much deeper pages overflow jsdom's own parser
    const html = `<head><meta name="generator" content="Drupal 10"><scr<script src="https://js.hs-scripts.com/1.js"><link href=><meta name=>
      <script src=""></script><script>/* unclosed`;
    const tail = `<script src="https://js.hs-scripts.com/2.js"></script><body ${'x'.repeat(10_000)}=1>${deep}<svg>${'<path/>'.repeat(2_000)}`;
    const { names } = run(page(`${html}\n</script></head>${tail}`));
    // "<scr<script ...>" parses as an element named "scr<script", not a script: only the later tag counts.
    expect(names).toEqual(['Drupal', 'HubSpot']);
    expect(() => collectSignals(page('<<<>>><//></html></html><html>\u0000\uFFFF'))).not.toThrow();
  });

  it('keeps the page outline within its caps', () => {
    const tag = `<i ${'a'.repeat(1000)}="${'"'.repeat(100)}" ${'b="c" '.repeat(50)}></i><!--${'-'.repeat(1000)}-->`;
    const html = collectSignals(page(`<body>${tag.repeat(2_000)}`)).html!;
    expect(html.length).toBeLessThanOrEqual(SIGNAL_CAPS.outlineChars);
  });
});

describe('pages that redefine built-ins', () => {
  const HTML = `<head>${WP}<link href="//fonts.googleapis.com/css"><script>jQuery(document).ready(function(){})</script></head>
    <body><div id="grnhse_app"></div>`;
  const boom = () => {
    throw new Error('hijacked');
  };
  type Patch = readonly [object, readonly PropertyKey[]];

  /**
   * Loads `html`, replaces the listed members of the page's realm with throwing functions, reads
   * the page with `read`, then restores them (jsdom itself uses some of them after the test).
   */
  async function withHijacked<T>(html: string, patches: (w: JSDOM['window']) => Patch[], read: (doc: Document) => T) {
    // runScripts gives the window a realm of its own (without it jsdom shares this one's built-ins).
    const { window } = new JSDOM(html, { url: 'https://example.test/', runScripts: 'outside-only' });
    expect(window.Array).not.toBe(Array);
    await new Promise((resolve) => window.addEventListener('load', resolve));
    const saved: [Record<PropertyKey, unknown>, PropertyKey, PropertyDescriptor | undefined][] = [];
    for (const [target, keys] of patches(window)) {
      const t = target as Record<PropertyKey, unknown>;
      for (const key of keys) {
        saved.push([t, key, Object.getOwnPropertyDescriptor(t, key)]);
        Object.defineProperty(t, key, { get: () => boom, configurable: true });
      }
    }
    try {
      return read(window.document);
    } finally {
      for (const [t, key, desc] of saved) {
        if (desc) Object.defineProperty(t, key, desc);
        else delete t[key];
      }
    }
  }

  const read = (doc: Document) => ({
    ...collectSignals(doc, { cookieString: 'hubspotutk=1' }),
    domHits: matchDom(doc, DOM_SELECTORS),
  });

  it('reads the same signals as on an untouched page', async () => {
    const clean = read(new JSDOM(HTML, { url: 'https://example.test/' }).window.document);
    const dirty = await withHijacked(
      HTML,
      (w) => [
        [w.Array.prototype, ['map', 'push', 'forEach', 'filter', 'join', 'slice', Symbol.iterator]],
        [w.Array, ['from', 'isArray']],
        [w.String.prototype, ['split', 'slice', 'trim', 'toLowerCase', 'replace', 'indexOf']],
        [w.JSON, ['parse', 'stringify']],
        [w.Object, ['keys', 'entries', 'getOwnPropertyDescriptor']],
      ],
      read,
    );
    expect(dirty).toEqual(clean);
    expect(detectTechnologies(dirty).map((d) => d.name)).toEqual([
      'WordPress',
      'jQuery',
      'Google Fonts',
      'HubSpot',
      'Greenhouse',
    ]);
  });

  it('does not throw when the page breaks the DOM methods it can reach', async () => {
    const signals = await withHijacked(
      HTML,
      (w) => [
        [w.Element.prototype, ['getAttribute']],
        [w.Document.prototype, ['querySelector', 'cookie']],
      ],
      (doc) => ({ ...collectSignals(doc), domHits: matchDom(doc, DOM_SELECTORS) }),
    );
    expect(signals.scriptSrcs).toEqual([]);
    expect(signals.domHits).toEqual([]);
    expect(() => detectTechnologies(signals)).not.toThrow();
  });
});
