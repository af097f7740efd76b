import { describe, expect, it } from 'vitest';
import type { RawCompany } from '../../../lib/extract/types';
import { companySchema } from '../../../lib/icp/company';
import { normalizeCompany, parseCount } from '../../../lib/normalize/company';
import { normalizeWebsite, registrableDomain } from '../../../lib/normalize/domains';
import { parseEmployees } from '../../../lib/normalize/employees';
import { canonicalIndustry, industryAncestors, industryMatches } from '../../../lib/normalize/industries';
import { parsePlace } from '../../../lib/normalize/places';
import { parseRevenueUsd } from '../../../lib/normalize/revenue';

// A small deterministic generator: the same strings on every run, so a failure reproduces.
function* randomStrings(seed: number, count: number): Generator<string> {
  const alphabet = 'aZ09 ,.-–—+$€£¥₹%<>/\\:;|·()[]{}"\'~\u00a0\u202f\nÜßçé🙂\u0000\uFFFF\uD800kKmMbB';
  let s = seed;
  for (let i = 0; i < count; i++) {
    let out = '';
    const length = (s = (s * 1103515245 + 12345) % 2 ** 31) % 40;
    for (let j = 0; j < length; j++) {
      s = (s * 1103515245 + 12345) % 2 ** 31;
      out += alphabet[s % alphabet.length];
    }
    yield out;
  }
}

const parsers: [string, (s: string) => unknown][] = [
  ['parseEmployees', parseEmployees],
  ['parseRevenueUsd', parseRevenueUsd],
  ['parseCount', parseCount],
  ['parsePlace', parsePlace],
  ['registrableDomain', registrableDomain],
  ['normalizeWebsite', normalizeWebsite],
  ['canonicalIndustry', canonicalIndustry],
  ['industryAncestors', industryAncestors],
  ['industryMatches', (s) => industryMatches(s, s)],
];

describe('garbage never throws', () => {
  it.each(parsers)('%s over 3,000 random strings', (_name, parse) => {
    for (const s of randomStrings(42, 3000)) expect(() => parse(s), JSON.stringify(s)).not.toThrow();
  });

  it('normalizeCompany over random strings in every field stays schema-valid', () => {
    const strings = [...randomStrings(7, 400)];
    for (let i = 0; i < strings.length; i += 16) {
      const pick = (k: number) => strings[(i + k) % strings.length] ?? '';
      const raw: RawCompany = {
        name: pick(0),
        website: pick(1),
        linkedinUrl: pick(2),
        industry: pick(3),
        size: pick(4),
        employeeCount: pick(5),
        revenue: pick(6),
        headquarters: pick(7),
        founded: pick(8),
        followers: pick(9),
        jobOpenings: pick(10),
        specialties: [pick(11), pick(12)],
        description: pick(13),
        technologies: [pick(14)],
        signals: [{ type: pick(15), observedAt: pick(1) }],
      };
      const company = normalizeCompany(raw);
      expect(companySchema.safeParse(company).success, JSON.stringify(raw)).toBe(true);
    }
  });

  it.each([
    ['empty', ''],
    ['script', '<script>alert(1)</script>'],
    ['NaN', 'NaN'],
    ['Infinity', 'Infinity'],
    ['absurd number', '9'.repeat(400)],
    ['long', 'ab, '.repeat(50_000)],
  ])('%s gives undefined from every value parser', (_name, text) => {
    expect(parseEmployees(text)).toBeUndefined();
    expect(parseRevenueUsd(text)).toBeUndefined();
    expect(parseCount(text)).toBeUndefined();
    expect(parsePlace(text)).toBeUndefined();
    expect(registrableDomain(text)).toBeUndefined();
    expect(normalizeWebsite(text)).toBeUndefined();
  });
});
