import { describe, expect, it } from 'vitest';
import { getFitForTabSchema, pageExtractedSchema } from '../../../lib/messaging/validate';

const ok = {
  url: 'https://www.linkedin.com/company/acme/',
  result: { kind: 'company', company: { name: 'Acme' }, missing: [], provenance: { name: { source: 'json-ld' } } },
};

describe('message validation at the background boundary', () => {
  it('accepts a well-formed page message', () => {
    expect(pageExtractedSchema.safeParse(ok).success).toBe(true);
  });

  it.each([
    ['no result', { url: ok.url }],
    ['a bad url', { ...ok, url: 'not a url' }],
    ['an unknown page kind', { ...ok, result: { ...ok.result, kind: 'evil' } }],
    ['a name that is not text', { ...ok, result: { ...ok.result, company: { name: { toString: 1 } } } }],
    ['a huge name', { ...ok, result: { ...ok.result, company: { name: 'x'.repeat(10_000) } } }],
    ['an unknown provenance source', { ...ok, result: { ...ok.result, provenance: { name: { source: 'eval' } } } }],
    [
      'too many list rows',
      {
        ...ok,
        result: {
          kind: 'list',
          items: Array.from({ length: 500 }, () => ({ kind: 'company' })),
          missing: [],
          provenance: {},
        },
      },
    ],
    ['null', null],
  ])('drops %s', (_, message) => {
    expect(pageExtractedSchema.safeParse(message).success).toBe(false);
  });

  it('needs a non-negative integer tab id', () => {
    expect(getFitForTabSchema.safeParse({ tabId: 3 }).success).toBe(true);
    expect(getFitForTabSchema.safeParse({ tabId: -1 }).success).toBe(false);
    expect(getFitForTabSchema.safeParse({ tabId: '3' }).success).toBe(false);
  });
});

describe('site messages at the background boundary', () => {
  const signals = {
    scriptSrcs: ['//js.hs-scripts.com/1.js'],
    linkHrefs: [],
    metas: [],
    inlineScripts: [],
    cookieNames: [],
    globals: [],
  };
  const site = { url: 'https://www.acme.io/', result: ok.result, signals };

  it('accepts what the site reader sends', async () => {
    const { siteExtractedSchema } = await import('../../../lib/messaging/validate');
    expect(siteExtractedSchema.safeParse(site).success).toBe(true);
  });

  it.each([
    ['no signals', { url: site.url, result: site.result }],
    ['a signal list that is not text', { ...site, signals: { ...signals, scriptSrcs: [{}] } }],
    [
      'a flood of script URLs',
      { ...site, signals: { ...signals, scriptSrcs: Array.from({ length: 5000 }, () => 'x') } },
    ],
    ['a giant inline script', { ...site, signals: { ...signals, inlineScripts: ['x'.repeat(50_000)] } }],
    ['a page outline over its cap', { ...site, signals: { ...signals, html: 'x'.repeat(500_000) } }],
  ])('rejects %s', async (_label, data) => {
    const { siteExtractedSchema } = await import('../../../lib/messaging/validate');
    expect(siteExtractedSchema.safeParse(data).success).toBe(false);
  });

  it('keeps only probe answers that are short lists of text', async () => {
    const { probeAnswerSchema } = await import('../../../lib/messaging/validate');
    expect(probeAnswerSchema.safeParse(['HubSpotConversations']).success).toBe(true);
    expect(probeAnswerSchema.safeParse('HubSpot').success).toBe(false);
    expect(probeAnswerSchema.safeParse([{ evil: true }]).success).toBe(false);
    expect(probeAnswerSchema.safeParse(Array.from({ length: 5000 }, () => 'x')).success).toBe(false);
  });
});
