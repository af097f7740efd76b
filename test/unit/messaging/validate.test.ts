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
