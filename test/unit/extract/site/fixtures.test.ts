import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { evaluateExtraction, FIELDS } from '../../../../lib/extract/site/eval';
import { normalizeCompany } from '../../../../lib/normalize/company';
import { cleanLinkedinUrl } from '../../../../lib/normalize/linkedin-url';
import { evalCases, fixtureNames, truthOf } from './fixtures';

const cases = evalCases();
const SHARED = new URL('../../../../../shared/fixtures/real/sites/', import.meta.url);

describe('site fixtures and their truth', () => {
  it('has a truth file for every saved page and a page for every truth file', () => {
    const truths = readdirSync(new URL('../../../fixtures/sites/truth/', import.meta.url)).filter((f) =>
      f.endsWith('.json'),
    );
    expect(truths.map((t) => t.replace(/\.json$/, '.html')).sort()).toEqual(fixtureNames());
    for (const f of fixtureNames()) expect(truthOf(f).fixture).toBe(f);
  });

  // The repository stands alone; where the shared folder of real pages is present, the copies must match it.
  it.skipIf(!existsSync(SHARED))('keeps byte-for-byte copies of the shared real pages', () => {
    const shared = readdirSync(SHARED).filter((f) => f.endsWith('.html'));
    expect(fixtureNames()).toEqual(shared.sort());
    for (const f of shared) {
      const copy = readFileSync(new URL(`../../../fixtures/sites/${f}`, import.meta.url));
      expect(copy.equals(readFileSync(new URL(f, SHARED))), f).toBe(true);
    }
  });
});

describe('evaluation over all site fixtures', () => {
  const { perField, overall, mismatches } = evaluateExtraction(cases);

  it('meets the targets: precision >= 0.97 and recall >= 0.9 for every field and overall', () => {
    for (const f of FIELDS) {
      expect(perField[f].precision, `${f} precision`).toBeGreaterThanOrEqual(0.97);
      expect(perField[f].recall, `${f} recall`).toBeGreaterThanOrEqual(0.9);
    }
    expect(overall.precision).toBeGreaterThanOrEqual(0.97);
    expect(overall.recall).toBeGreaterThanOrEqual(0.9);
    expect(mismatches).toEqual([]);
  });
});

describe.each(cases.map((c) => [c.truth.fixture, c] as const))('%s', (_, { truth, result }) => {
  const raw = result.company ?? {};
  const n = normalizeCompany(raw);

  it('reads the key fields exactly', () => {
    expect(result.kind).toBe(truth.kind);
    expect(n.domain).toBe(truth.domain);
    expect(n.linkedinUrl).toBe(truth.linkedinUrl && cleanLinkedinUrl(truth.linkedinUrl));
    expect(raw.address?.locality).toBe(truth.address?.locality);
    expect(raw.address?.postalCode).toBe(truth.address?.postalCode);
    expect(n.foundedYear).toBe(truth.foundedYear);
    expect(n.jobOpenings).toBe(truth.jobOpenings);
    if (truth.descriptionStartsWith) expect(raw.description?.startsWith(truth.descriptionStartsWith)).toBe(true);
    else expect(raw.description).toBeUndefined();
    const signals = (raw.signals ?? []).map((s) => ({
      type: s.type,
      ...(s.observedAt ? { observedAt: s.observedAt } : {}),
    }));
    expect(signals).toEqual(truth.signals);
  });

  it('says what it could not read, and where each value came from', () => {
    if (!truth.linkedinUrl) expect(result.missing).toContain('linkedinUrl');
    if (!truth.address) expect(result.missing).toContain('address');
    if (truth.signals.length === 0) expect(result.missing).toContain('signals');
    for (const key of Object.keys(raw)) expect(result.provenance[key], key).toBeDefined();
  });

  it('returns evidence for every signal', () => {
    for (const s of raw.signals ?? []) {
      expect(s.detail).toBeTruthy();
      expect(s.detail!.length).toBeLessThanOrEqual(300);
      expect(s.source).toBe(truth.url);
    }
  });
});
