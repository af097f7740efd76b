import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { companyFields } from '../../../lib/icp/company-fields';
import { utcDay } from '../../../lib/icp/dates';
import { fieldValue } from '../../../lib/icp/field-access';
import { isAscii } from '../../../lib/icp/is-ascii';
import { normalizeValue, tokenize } from '../../../lib/icp/normalize-text';
import { compilePhrases, ITEM_BREAK } from '../../../lib/icp/text-search';
import { ValueIndex } from '../../../lib/icp/value-index';

/** The shortcuts scoring takes, each checked against the plain rule it stands for. */

const pieces = ['Hub', 'hub', 'Spot', 'SPOT', ' ', '  ', '\t', '\n', 'a', 'A', '-', 'é', 'É', 'ｈ', 'ﬁ', '\u00a0', 'K'];
const valueText = fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((parts) => parts.join(''));

describe('ValueIndex', () => {
  it('finds exactly the value a text normalizes to', () => {
    fc.assert(
      fc.property(fc.array(valueText, { minLength: 1, maxLength: 5 }), valueText, (values, raw) => {
        const index = new ValueIndex();
        const ids = values.map((v) => index.add(v));
        const expected = values.findIndex((v) => normalizeValue(v) === normalizeValue(raw));
        expect(index.find(raw)).toBe(expected < 0 ? -1 : ids[expected]);
      }),
      { numRuns: 3000 },
    );
  });

  it('handles the usual spellings of company data', () => {
    const index = new ValueIndex();
    const [hubspot, saas] = ['HubSpot', 'saas'].map((v) => index.add(v));
    expect(['HubSpot', 'hubspot', 'HUBSPOT', ' HubSpot ', 'ＨｕｂＳｐｏｔ'].map((v) => index.find(v))).toEqual(
      Array(5).fill(hubspot),
    );
    expect(['SaaS', 'Saas', 'saas\t'].map((v) => index.find(v))).toEqual(Array(3).fill(saas));
    expect(['Hub Spot', 'HubSpo', 'Salesforce', '', 'Sa aS'].map((v) => index.find(v))).toEqual(Array(5).fill(-1));
  });
});

describe('phrase tests without tokenizing', () => {
  const alphabet = ['a', 'b', 'A', ' ', '-', '+', '#', '.', 'é', 'ｂ', 'ﬁ', '\u0301', '1', ITEM_BREAK];
  const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 16 }).map((chars) => chars.join(''));
  const phrase = fc.array(fc.constantFrom('a', 'b', 'ab', 'a b', 'b+', '1', 'é', 'fi'), { minLength: 1, maxLength: 3 });

  /** The spec, literally: tokenize both sides, look for the phrase's tokens consecutively. */
  const reference = (phrases: string[], raw: string) =>
    phrases.some((p) => {
      const want = tokenize(p);
      return raw.split(ITEM_BREAK).some((item) => {
        const have = tokenize(item);
        return have.some((_, start) => want.every((token, k) => have[start + k] === token));
      });
    });

  it('are right whenever they answer, and answer for ASCII text', () => {
    fc.assert(
      fc.property(phrase, text, fc.array(text, { maxLength: 3 }), (phrases, raw, list) => {
        const finder = compilePhrases(phrases);
        const single = finder.test(raw);
        if (single !== undefined) expect(single).toBe(reference(phrases, raw));
        if (isAscii(raw)) expect(single).toBeDefined();
        const many = finder.testList(list);
        if (many !== undefined) expect(many).toBe(reference(phrases, list.join(ITEM_BREAK)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('isAscii', () => {
  it('agrees with a plain scan at every length', () => {
    for (const length of [0, 1, 8, 9, 96, 97, 400]) {
      const ascii = 'x'.repeat(length);
      expect(isAscii(ascii)).toBe(true);
      if (length > 0) expect(isAscii(`${ascii.slice(1)}é`)).toBe(false);
    }
  });
});

describe('utcDay', () => {
  it('agrees with Date.parse on plain dates from year 0 to 9999', () => {
    for (let year = 0; year <= 9999; year += year < 2100 ? 1 : 37) {
      for (const [month, day] of [
        [1, 1],
        [2, 28],
        [3, 1],
        [12, 31],
      ]) {
        const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        expect(utcDay(iso)).toBe(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
      }
    }
  });
});

describe('company fields', () => {
  it('each read the property it is named after', () => {
    const company = {
      industry: 'i',
      hq: { country: 'c', region: 'r', city: 't' },
      technologies: ['x'],
      keywords: ['k'],
      name: 'n',
      domain: 'd',
      description: 'e',
      employees: { min: 1 },
      revenueUsd: { min: 2 },
      foundedYear: 3,
      followers: 4,
      jobOpenings: 5,
    };
    for (const [name, spec] of Object.entries(companyFields)) {
      const expected = name.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], company);
      expect(fieldValue(spec, company)).toBe(expected);
    }
    expect(Object.keys(companyFields)).toHaveLength(14);
  });
});
