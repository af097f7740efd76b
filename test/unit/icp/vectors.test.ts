import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { companySchema } from '../../../lib/icp/company';
import { parseIcp } from '../../../lib/icp/errors';
import type { IcpInput } from '../../../lib/icp/schema-icp';
import { compileIcp, scoreCompany } from '../../../lib/icp/score';

/** The golden cases of spec/scoring-vectors.json; every field of `expected` must match. */
interface Vectors {
  asOf: string;
  icps: Record<string, IcpInput>;
  cases: { name: string; icp: string; company: unknown; expected: Record<string, unknown> }[];
}

const vectors = JSON.parse(
  readFileSync(new URL('../../fixtures/scoring-vectors.json', import.meta.url), 'utf8'),
) as Vectors;

function icpOf(id: string): IcpInput {
  const icp = vectors.icps[id];
  if (!icp) throw new Error(`vector ICP ${id} missing`);
  return icp;
}

describe('golden scoring vectors', () => {
  it.each(Object.entries(vectors.icps))('ICP %s is valid under the schema', (_, icp) => {
    expect(parseIcp(icp)).toMatchObject({ ok: true });
  });

  it.each(vectors.cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const parsed = parseIcp(icpOf(c.icp));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const company = companySchema.parse(c.company);
    const result = scoreCompany(parsed.value, company, { asOf: vectors.asOf });
    expect({
      score: result.score,
      tier: result.tier.id,
      disqualified: result.disqualified,
      coverage: result.coverage,
      lowConfidence: result.lowConfidence,
      dimensions: result.dimensions,
      criteria: Object.fromEntries(result.criteria.map((r) => [r.id, r.status])),
    }).toEqual(c.expected);
  });

  it('scores a hand-written ICP (no defaults applied) exactly like its parsed form', () => {
    for (const c of vectors.cases) {
      const company = companySchema.parse(c.company);
      const raw = compileIcp(icpOf(c.icp), { asOf: vectors.asOf })(company);
      const parsed = parseIcp(icpOf(c.icp));
      if (!parsed.ok) throw new Error(c.icp);
      expect(raw).toEqual(scoreCompany(parsed.value, company, { asOf: vectors.asOf }));
    }
  });

  it('rounds 87.5 up to 88 (7 of 8 points)', () => {
    const result = scoreCompany(
      icpOf('odd-points'),
      { industry: 'Banking', hq: { country: 'FR' } },
      { asOf: vectors.asOf },
    );
    expect(result.score).toBe(88);
  });
});
