import { describe, expect, it } from 'vitest';
import { detectTechnologies, IMPLIED_FACTOR, KIND_WEIGHT } from '../../../../../lib/extract/site/technologies/detect';
import type { Fingerprint } from '../../../../../lib/extract/site/technologies/schema';
import type { PageSignals } from '../../../../../lib/extract/site/technologies/signals';
import { signals } from './load';

const acme = (patterns: Fingerprint['patterns'], implies?: string[]): Fingerprint[] => [
  { name: 'Acme', category: 'crm', patterns, ...(implies ? { implies } : {}) },
  { name: 'Base', category: 'js-framework', patterns: { globals: ['Base'] }, implies: ['Root'] },
  { name: 'Root', category: 'js-library', patterns: { globals: ['Root'] } },
];
const only = (s: PageSignals, fps: Fingerprint[]) => detectTechnologies(s, fps).find((d) => d.name === 'Acme');

describe('detectTechnologies, one pattern kind at a time', () => {
  const cases: [string, Fingerprint['patterns'], Partial<PageSignals>, number, string][] = [
    [
      'script src',
      { scriptSrc: ['//js\\.acme\\.com/'] },
      { scriptSrcs: ['/app.js', 'https://js.acme.com/123.js?v=1'] },
      KIND_WEIGHT.scriptSrc,
      'script src js.acme.com/123.js?v=1',
    ],
    [
      'link href',
      { linkHref: ['fonts\\.acme\\.com/'] },
      { linkHrefs: ['//fonts.acme.com/css?f=1'] },
      KIND_WEIGHT.linkHref,
      'link href fonts.acme.com/css?f=1',
    ],
    [
      'meta',
      { meta: { generator: '^Acme\\b' } },
      { metas: [{ name: 'generator', content: 'Acme 5.1' }] },
      KIND_WEIGHT.meta,
      'meta generator "Acme 5.1"',
    ],
    [
      'inline script',
      { inlineScript: ['acme\\.init\\('] },
      { inlineScripts: ['var x;', 'window.acme.init({id: 1})'] },
      KIND_WEIGHT.inlineScript,
      'inline script "acme.init("',
    ],
    [
      'cookie',
      { cookies: ['^_acme_id$'] },
      { cookieNames: ['sid', '_acme_id'] },
      KIND_WEIGHT.cookies,
      'cookie _acme_id',
    ],
    [
      'global',
      { globals: ['AcmeWidget.boot'] },
      { globals: ['AcmeWidget.boot'] },
      KIND_WEIGHT.globals,
      'global AcmeWidget.boot',
    ],
    ['dom', { dom: ['#acme-root'] }, { domHits: ['#acme-root'] }, KIND_WEIGHT.dom, 'dom #acme-root'],
    [
      'html',
      { html: ['<!-- powered by acme'] },
      { html: '<html><!-- Powered by Acme -->' },
      KIND_WEIGHT.html,
      'html "<!-- Powered by Acme"',
    ],
  ];

  it.each(cases)('%s', (_kind, patterns, partial, confidence, evidence) => {
    expect(only(signals(partial), acme(patterns))).toEqual({
      name: 'Acme',
      category: 'crm',
      confidence,
      evidence: [evidence],
    });
  });

  it.each(cases)('%s: no match, no detection', (_kind, patterns) => {
    const near = signals({
      scriptSrcs: ['https://js.acme.co/1.js', 'https://notacme.example/'],
      linkHrefs: ['https://fonts.example/acme'],
      metas: [{ name: 'description', content: 'Acme 5.1' }],
      inlineScripts: ['acme.start()'],
      cookieNames: ['acme_id'],
      globals: ['AcmeWidget'],
      domHits: ['#acme'],
      html: '<div class="acme">',
    });
    expect(only(near, acme(patterns))).toBeUndefined();
  });
});

describe('confidence', () => {
  it('adds the weights of distinct kinds, caps at 100, and counts a kind once', () => {
    const fps = acme({ scriptSrc: ['acme\\.js', 'acme-2\\.js'], html: ['acme'] });
    expect(only(signals({ scriptSrcs: ['/acme.js', '/acme-2.js'] }), fps)?.confidence).toBe(KIND_WEIGHT.scriptSrc);
    expect(only(signals({ html: '<i class="acme">' }), fps)?.confidence).toBe(KIND_WEIGHT.html);
    const both = only(signals({ scriptSrcs: ['/acme.js', '/acme-2.js'], html: 'acme' }), fps)!;
    expect(both.confidence).toBe(Math.min(100, KIND_WEIGHT.scriptSrc + KIND_WEIGHT.html));
    expect(both.evidence).toEqual(['script src /acme.js', 'script src /acme-2.js', 'html "acme"']);
  });

  it('ranks script and global evidence above the page outline', () => {
    expect(KIND_WEIGHT.scriptSrc).toBeGreaterThanOrEqual(75);
    expect(KIND_WEIGHT.globals).toBeGreaterThanOrEqual(75);
    expect(KIND_WEIGHT.html).toBeLessThan(KIND_WEIGHT.dom);
  });

  it('sorts by confidence, then name', () => {
    const fps: Fingerprint[] = [
      { name: 'Zed', category: 'cms', patterns: { globals: ['Zed'] } },
      { name: 'Alpha', category: 'cms', patterns: { html: ['alpha'] } },
      { name: 'Beta', category: 'cms', patterns: { globals: ['Beta'] } },
    ];
    const found = detectTechnologies(signals({ globals: ['Zed', 'Beta'], html: 'alpha' }), fps);
    expect(found.map((d) => d.name)).toEqual(['Beta', 'Zed', 'Alpha']);
  });
});

describe('implies', () => {
  it('adds implied technologies transitively, each at a discount', () => {
    const fps = acme({ globals: ['Acme'] }, ['Base']);
    const found = detectTechnologies(signals({ globals: ['Acme'] }), fps);
    const base = Math.round(KIND_WEIGHT.globals * IMPLIED_FACTOR);
    expect(found).toEqual([
      { name: 'Acme', category: 'crm', confidence: KIND_WEIGHT.globals, evidence: ['global Acme'] },
      { name: 'Base', category: 'js-framework', confidence: base, evidence: ['implied by Acme'] },
      {
        name: 'Root',
        category: 'js-library',
        confidence: Math.round(base * IMPLIED_FACTOR),
        evidence: ['implied by Base'],
      },
    ]);
  });

  it('never lowers a direct detection and notes the implication', () => {
    const fps = acme({ html: ['acme'] }, ['Base']);
    const base = detectTechnologies(signals({ html: 'acme', globals: ['Base'] }), fps).find((d) => d.name === 'Base');
    expect(base).toEqual({
      name: 'Base',
      category: 'js-framework',
      confidence: KIND_WEIGHT.globals,
      evidence: ['global Base', 'implied by Acme'],
    });
  });

  it('terminates on cycles and ignores unknown names', () => {
    const fps: Fingerprint[] = [
      { name: 'A', category: 'cms', patterns: { globals: ['A'] }, implies: ['B', 'Nope'] },
      { name: 'B', category: 'cms', patterns: { globals: ['B'] }, implies: ['A'] },
    ];
    expect(detectTechnologies(signals({ globals: ['A'] }), fps).map((d) => [d.name, d.confidence])).toEqual([
      ['A', KIND_WEIGHT.globals],
      ['B', Math.round(KIND_WEIGHT.globals * IMPLIED_FACTOR)],
    ]);
  });
});

describe('odd input', () => {
  it('treats missing or wrongly typed fields as empty', () => {
    const junk = {
      scriptSrcs: 'x',
      linkHrefs: [1, null],
      metas: [{ name: 3 }, null],
      globals: {},
      html: 5,
    } as unknown as PageSignals;
    expect(detectTechnologies(junk)).toEqual([]);
    expect(detectTechnologies({} as PageSignals)).toEqual([]);
  });

  it('clips long evidence', () => {
    const src = `https://js.hs-scripts.com/${'1'.repeat(500)}.js`;
    const hubspot = detectTechnologies(signals({ scriptSrcs: [src] })).find((d) => d.name === 'HubSpot')!;
    expect(hubspot.evidence[0].length).toBeLessThan(120);
    expect(hubspot.evidence[0]).toMatch(/^script src js\.hs-scripts\.com\/1+…$/);
  });

  it('matches meta names case-insensitively and skips a broken pattern instead of failing', () => {
    const fps: Fingerprint[] = [
      { name: 'Good', category: 'cms', patterns: { meta: { generator: '^good' } } },
      { name: 'Broken', category: 'cms', patterns: { scriptSrc: ['(unclosed'] } },
    ];
    const found = detectTechnologies(
      signals({ metas: [{ name: 'Generator', content: 'GOOD 1' }], scriptSrcs: ['(unclosed'] }),
      fps,
    );
    expect(found.map((d) => d.name)).toEqual(['Good']);
  });
});

describe('the bundled fingerprints', () => {
  it('read HubSpot the way the brief describes it', () => {
    const found = detectTechnologies(
      signals({
        scriptSrcs: ['https://js.hs-scripts.com/123.js'],
        globals: ['HubSpotConversations'],
        cookieNames: ['hubspotutk'],
      }),
    );
    expect(found.find((d) => d.name === 'HubSpot')).toMatchObject({
      category: 'marketing-automation',
      confidence: 100,
      evidence: ['script src js.hs-scripts.com/123.js', 'cookie hubspotutk', 'implied by HubSpot Chat'],
    });
    expect(found.find((d) => d.name === 'HubSpot Chat')?.evidence).toEqual(['global HubSpotConversations']);
  });
});
