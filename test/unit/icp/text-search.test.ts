import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../lib/icp/normalize-text';
import { compilePhraseFinder, ITEM_BREAK, prepareSearchText } from '../../../lib/icp/text-search';

const found = (phrase: string, text: string) => compilePhraseFinder([phrase])(prepareSearchText(text)) === 0;

/** The spec, literally: tokenize both sides, look for the phrase's tokens consecutively. */
function reference(phrase: string, text: string): boolean {
  const want = tokenize(phrase);
  if (want.length === 0) return false;
  return text.split(ITEM_BREAK).some((item) => {
    const have = tokenize(item);
    return have.some((_, start) => want.every((token, k) => have[start + k] === token));
  });
}

describe('tokenize', () => {
  it('splits on everything but letters, digits, + and #', () => {
    expect(tokenize('Supply-Chain, C# & C++ (2026)')).toEqual(['supply', 'chain', 'c#', 'c++', '2026']);
    expect(tokenize('ＳＵＰＰＬＹ　ＣＨＡＩＮ ﬁnance')).toEqual(['supply', 'chain', 'finance']);
    expect(tokenize('Logística, São Paulo')).toEqual(['logística', 'são', 'paulo']);
  });
});

describe('phrase search', () => {
  it.each([
    ['supply chain', 'We build supply-chain visibility software.', true],
    ['supply-chain', 'Supply chain experts', true],
    ['supply chain', 'supplychain', false],
    ['logistics', 'Logistical software for retailers.', false],
    ['logistic', 'Logistics for retail', false],
    ['logistics', 'THIRD-PARTY LOGISTICS (3PL)', true],
    ['c', 'C# developers', false],
    ['C#', 'We hire C# and .NET developers', true],
    ['c++', 'Modern C++ shop', true],
    ['C', 'C++ shop', false],
    ['3pl', 'third party logistics (3PL)', true],
    ['supply chain', 'ＳＵＰＰＬＹ　ＣＨＡＩＮ', true],
    ['finance', 'Corporate ﬁnance', true],
    ['logística', 'Soluciones de logística integral', true],
    ['caf', 'Café culture', false],
    ['café', 'CAFÉ CULTURE', true],
    ['supply chain', 'supply\nchain', true],
  ])('%s in %s: %s', (phrase, text, expected) => {
    expect(found(phrase, text)).toBe(expected);
  });

  it('never matches a phrase across two list items', () => {
    expect(found('data engineering', ['Data', 'Engineering'].join(ITEM_BREAK))).toBe(false);
    expect(found('data engineering', ['BI', 'Data Engineering'].join(ITEM_BREAK))).toBe(true);
  });

  it('returns the index of the first phrase found', () => {
    const find = compilePhraseFinder(['supply chain', 'logistics']);
    expect(find(prepareSearchText('logistics and supply chain'))).toBe(0);
    expect(find(prepareSearchText('logistics only'))).toBe(1);
    expect(find(prepareSearchText('nothing'))).toBe(-1);
  });

  it('agrees with the literal spec on arbitrary text (fast ASCII path included)', () => {
    const alphabet = [
      'a',
      'b',
      'c',
      'A',
      'B',
      ' ',
      '-',
      '+',
      '#',
      '.',
      '\n',
      'é',
      'ｂ',
      'ﬁ',
      '\u0301',
      '1',
      ITEM_BREAK,
    ];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((chars) => chars.join(''));
    const phrase = fc
      .array(fc.constantFrom(...alphabet.slice(0, 12)), { minLength: 1, maxLength: 6 })
      .map((c) => c.join(''));
    fc.assert(
      fc.property(phrase, text, (p, t) => {
        expect(found(p, t)).toBe(reference(p, t));
      }),
      { numRuns: 3000 },
    );
  });
});
