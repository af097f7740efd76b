import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchDom } from '../../../../../lib/extract/site/technologies/collect';
import { requiredTexts } from '../../../../../lib/extract/site/technologies/compile';
import { FINGERPRINTS } from '../../../../../lib/extract/site/technologies/fingerprints';
import { Needles } from '../../../../../lib/extract/site/technologies/needles';
import { DOM_SELECTORS } from '../../../../../lib/extract/site/technologies/probes';
import { fixture, page } from './load';

/** ASCII letters in lower case, the rest as is: how the "i" fingerprint regexes compare text. */
const fold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
/** Every other ASCII letter in upper case: a text the "i" regexes read as the original. */
const flip = (s: string) => s.replace(/[a-z]/gi, (c, i: number) => (i % 2 ? c.toUpperCase() : c.toLowerCase()));

const REGEX_KINDS = ['scriptSrc', 'linkHref', 'inlineScript', 'cookies', 'html'] as const;
const SOURCES = FINGERPRINTS.flatMap((f) => REGEX_KINDS.flatMap((k) => f.patterns[k] ?? []));

describe('requiredTexts: literal text every match contains', () => {
  it.each([
    ['cdn4?\\.mxpnl\\.com/libs/', ['.mxpnl.com/libs/', 'cdn']],
    ['google-analytics\\.com/(?:analytics|ga)\\.js', ['google-analytics.com/', '.js']],
    ['\\bGoogleAnalyticsObject\\b', ['googleanalyticsobject']],
    ['^__utm[abz]$', ['__utm']],
    ['_gaq\\.push\\(\\s*\\[', ['_gaq.push(']],
    ['ab?cdef', ['cdef']],
    ['abc{0,2}defg', ['defg']],
    ['abcd{2}efg', ['abcd', 'efg']],
    ['abc+def', ['abc', 'def']],
    ['abc.def', ['abc', 'def']],
    ['[x]abc(?=def)ghi', ['abc', 'ghi']],
    ['hs-scripts\\.com/\\d+\\.js', ['hs-scripts.com/', '.js']],
    ['="[^"]*/getmedia/[0-9a-f]{8}-', ['/getmedia/']],
  ])('%s → %j', (source, texts) => {
    expect(requiredTexts(source)).toEqual(texts);
  });

  it.each(['abc|def', 'x\\x41bcd', '\\u0041bcd', 'ab', '(abc)\\1def', 'a{,2}bcd', 'abc)', '\\p{L}abc'])(
    'gives up on %s',
    (source) => {
      expect(requiredTexts(source)).toBeUndefined();
    },
  );

  it('holds for every fingerprint regex: a text it matches contains all its required texts', () => {
    let checked = 0;
    for (const source of SOURCES) {
      const texts = requiredTexts(source);
      if (!texts) continue;
      let strings: fc.Arbitrary<string>;
      try {
        strings = fc.stringMatching(new RegExp(source));
      } catch {
        continue; // syntax fast-check does not generate from
      }
      const re = new RegExp(source, 'i');
      fc.assert(
        fc.property(strings, fc.string({ maxLength: 5 }), (match, noise) => {
          for (const text of [flip(match), `${noise}${match}${noise}`, flip(`${noise}${match}`)]) {
            if (re.test(text)) for (const t of texts) expect(fold(text), source).toContain(t);
          }
        }),
        { numRuns: 15 },
      );
      checked++;
    }
    expect(checked).toBeGreaterThan(400);
  });
});

describe('Needles: all texts found in one pass', () => {
  it('finds exactly the needles a text contains, ASCII case ignored', () => {
    const alphabet = fc.constantFrom(...'abcAB.-/ ü'.split(''));
    const word = fc.array(alphabet, { minLength: 3, maxLength: 6 }).map((a) => fold(a.join('')));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(alphabet, { maxLength: 200 }), (needles, chars) => {
        const text = chars.join('');
        const found = new Needles(needles).in(text);
        for (const n of new Set(needles)) expect(found.has(n), n).toBe(fold(text).includes(n));
        expect(found.size).toBe(new Set(needles.filter((n) => fold(text).includes(n))).size);
      }),
      { numRuns: 300 },
    );
  });

  it('does not read non-ASCII letters as ASCII ones (as the regexes do not)', () => {
    expect([...new Needles(['kit', 'sig']).in('K\u212Ait ſig KIT')]).toEqual(['kit']);
  });
});

// jsdom's selector engine compares attribute values ignoring case where browsers do not ("href",
// "src" and "action" are case-sensitive); the tricky selectors below differ from the page in
// more than case, and the case rule is checked on its own.
describe('matchDom answers as one querySelector per selector would', () => {
  const naive = (doc: Document, selectors: readonly string[]) =>
    selectors.filter((s) => {
      try {
        return doc.querySelector(s) !== null;
      } catch {
        return false;
      }
    });
  const tricky = [
    'a[href]',
    'a[href*=""]',
    'a[href^=""]',
    'a[href="/about"]',
    'a[href^="https://"]',
    'a[href$=".zip"]',
    'A[HREF*="linkedin"]',
    'iframe[src*="youtube.com/embed"]',
    'form[action*="forms.hubspot"]',
    'script[type="text/javascript"]',
    'a[data-track]',
    'div[',
  ];

  it.each([
    'site-company-blog-2024-audiense-hubspot.html',
    'site-media-homepage-2020-theverge.html',
    'site-directory-list-2025-yc-startup-directory.html',
    'site-shop-product-2019-toralin-de.html',
  ])('on %s', (name) => {
    const doc = fixture(name);
    const selectors = [...DOM_SELECTORS, ...tricky];
    expect(matchDom(doc, selectors)).toEqual(naive(doc, selectors));
  });

  it('on a small page with SVG links, empty values and case', () => {
    const doc = page(
      `<a href="/about">About</a><a href="https://x.com/y.PDF" data-track>x</a><svg><a href="https://www.linkedin.com/x"></a></svg>
       <form action="https://forms.hsforms.com/submit"></form><iframe src="https://www.youtube.com/embed/1"></iframe>`,
    );
    const selectors = [...tricky, 'a[href*="linkedin.com/"]', 'form[action*="hsforms.com"]', 'a[href$=".PDF"]'];
    expect(matchDom(doc, selectors)).toEqual(naive(doc, selectors));
    expect(matchDom(doc, selectors)).toContain('a[href*="linkedin.com/"]');
  });

  it('compares href, src and action values case-sensitively, as browsers do', () => {
    const doc = page('<a href="https://x.com/y.PDF">x</a><form action="https://forms.hsforms.com/s"></form>');
    expect(matchDom(doc, ['a[href$=".pdf"]', 'a[href$=".PDF"]', 'form[action*="HSFORMS"]'])).toEqual([
      'a[href$=".PDF"]',
    ]);
  });
});
