import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Company } from '../../../lib/icp/company';
import type { CriterionResult, CriterionStatus, FitResult } from '../../../lib/icp/result';
import { icpSchema } from '../../../lib/icp/schema-icp';
import { compileIcp, scoreCompany } from '../../../lib/icp/score';
import { makePlan, summarize } from '../../../lib/icp/summarize';
import { AS_OF, companyArb, icpArb, TIERS } from './arbitraries';

const score = (icp: Parameters<typeof scoreCompany>[0], company: Company) =>
  scoreCompany(icp, company, { asOf: AS_OF });

/** Everything but the order of criteria. */
const unordered = (r: FitResult) => ({ ...r, criteria: [...r.criteria].sort((a, b) => a.id.localeCompare(b.id)) });

describe('scoring properties', () => {
  it('generated ICPs are valid, and results stay in range and consistent', () => {
    fc.assert(
      fc.property(icpArb, companyArb, (icp, company) => {
        expect(icpSchema.safeParse(icp).success).toBe(true);
        const r = score(icp, company);
        expect(Number.isInteger(r.score) && r.score >= 0 && r.score <= 100).toBe(true);
        expect(r.coverage).toBeGreaterThanOrEqual(0);
        expect(r.coverage).toBeLessThanOrEqual(1);
        expect(TIERS.map((t) => t.id)).toContain(r.tier.id);
        expect(r.disqualified).toBe(r.criteria.some((c) => c.required && c.status === 'miss'));
        expect(r.lowConfidence).toBe(r.coverage < 0.5);
        if (r.disqualified) expect(r.tier.id).toBe('c');
      }),
      { numRuns: 500 },
    );
  });

  it('shuffling criteria never changes the result', () => {
    const withOrder = icpArb.chain((icp) =>
      fc
        .shuffledSubarray(icp.criteria, { minLength: icp.criteria.length, maxLength: icp.criteria.length })
        .map((criteria) => [icp, { ...icp, criteria }] as const),
    );
    fc.assert(
      fc.property(withOrder, companyArb, ([icp, shuffled], company) => {
        expect(unordered(score(shuffled, company))).toEqual(unordered(score(icp, company)));
      }),
      { numRuns: 300 },
    );
  });

  it('an unknown never disqualifies: learning a value disqualifies only via a required miss', () => {
    const pair = companyArb.chain((company) =>
      fc.subarray(Object.keys(company) as (keyof Company)[]).map((forget) => {
        const partial: Company = { ...company };
        for (const key of forget) delete partial[key];
        return [partial, company] as const;
      }),
    );
    fc.assert(
      fc.property(icpArb, pair, (icp, [less, more]) => {
        const before = score(icp, less);
        const after = score(icp, more);
        if (before.disqualified) expect(after.disqualified).toBe(true);
        if (after.disqualified && !before.disqualified) {
          const newlyMissed = after.criteria.filter(
            (c, i) => c.required && c.status === 'miss' && before.criteria[i]?.status === 'unknown',
          );
          expect(newlyMissed.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('turning a miss into a match never lowers the score (criteria with points >= 0)', () => {
    const statuses = fc.array(fc.constantFrom<CriterionStatus>('match', 'miss', 'unknown'), {
      minLength: 10,
      maxLength: 10,
    });
    fc.assert(
      fc.property(icpArb, statuses, fc.nat(), (icp, picked, which) => {
        const plan = makePlan(icp);
        const results = icp.criteria.map((c, i): CriterionResult => {
          const status = picked[i] ?? 'miss';
          const earned = status === 'match' ? c.points : 0;
          return {
            id: c.id,
            label: c.label,
            dimension: c.dimension ?? 'fit',
            type: c.type,
            status,
            points: c.points,
            earned,
            required: false,
            evidence: '',
          };
        });
        const candidates = results.filter((r) => r.status === 'miss' && r.points >= 0);
        const flip = candidates[which % Math.max(candidates.length, 1)];
        if (!flip) return;
        const flipped = results.map((r) => (r === flip ? { ...r, status: 'match' as const, earned: r.points } : r));
        expect(summarize(plan, flipped).score).toBeGreaterThanOrEqual(summarize(plan, results).score);
      }),
      { numRuns: 500 },
    );
  });

  it('without penalties, a company using more technologies never scores lower', () => {
    const noPenalties = icpArb.map((icp) => ({
      ...icp,
      criteria: icp.criteria.map((c) => ({
        ...c,
        points: Math.abs(c.points),
        ...('partial' in c && c.partial ? { partial: { ...c.partial, points: Math.abs(c.partial.points) } } : {}),
      })),
    }));
    fc.assert(
      fc.property(
        noPenalties,
        companyArb,
        fc.constantFrom('Salesforce', 'AWS', 'Snowflake', 'HubSpot'),
        (icp, company, tech) => {
          const before = score(icp, { ...company, technologies: company.technologies ?? [] });
          const after = score(icp, { ...company, technologies: [...(company.technologies ?? []), tech] });
          expect(after.score).toBeGreaterThanOrEqual(before.score);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is deterministic and returns plain, serializable data', () => {
    fc.assert(
      fc.property(icpArb, companyArb, (icp, company) => {
        const first = score(icp, company);
        const compiled = compileIcp(icp, { asOf: AS_OF });
        expect(compiled(company)).toEqual(first);
        expect(compiled(structuredClone(company))).toEqual(first);
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
        expect(structuredClone(first)).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });
});
