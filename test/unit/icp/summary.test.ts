import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benchCompanies, benchIcp } from '../../bench/bench-data';
import { companySchema, type Company } from '../../../lib/icp/company';
import { defaultBundle } from '../../../lib/icp/defaults';
import { parseIcp } from '../../../lib/icp/errors';
import type { FitResult, FitSummary } from '../../../lib/icp/result';
import type { IcpInput } from '../../../lib/icp/schema-icp';
import { compileIcp, compileIcpSummary, type CompileIcpOptions } from '../../../lib/icp/score';
import { AS_OF, companyArb, icpArb } from './arbitraries';
import { benchCompanies as unitBenchCompanies, benchIcp as unitBenchIcp } from './throughput.bench';

/** The fields of a full result that a summary carries, in the summary's shape. */
function asSummary(r: FitResult, dimensions: readonly string[]): FitSummary {
  return {
    score: r.score,
    tierId: r.tier.id,
    disqualified: r.disqualified,
    coverage: r.coverage,
    lowConfidence: r.lowConfidence,
    statuses: r.criteria.map((c) => c.status),
    earned: dimensions.map((d) => r.dimensions[d]?.earned ?? Number.NaN),
  };
}

/** Summary and full result of every company, from scorers compiled once. */
function expectSameNumbers(icp: IcpInput, companies: readonly Company[], opts: CompileIcpOptions): void {
  const full = compileIcp(icp, opts);
  const summary = compileIcpSummary(icp, opts);
  expect([...summary.dimensions]).toEqual(Object.keys(full({}).dimensions));
  for (const company of companies) expect(summary(company)).toEqual(asSummary(full(company), summary.dimensions));
}

interface Vectors {
  asOf: string;
  icps: Record<string, IcpInput>;
  cases: { name: string; icp: string; company: unknown; expected: { criteria: Record<string, string> } }[];
}
const vectors = JSON.parse(
  readFileSync(new URL('../../fixtures/scoring-vectors.json', import.meta.url), 'utf8'),
) as Vectors;

describe('compileIcpSummary', () => {
  it.each(vectors.cases.map((c) => [c.name, c] as const))('golden vector: %s', (_, c) => {
    const raw = vectors.icps[c.icp] as IcpInput;
    const parsed = parseIcp(raw);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const company = companySchema.parse(c.company);
    for (const icp of [parsed.value, raw]) expectSameNumbers(icp, [company], { asOf: vectors.asOf });
    const summary = compileIcpSummary(parsed.value, { asOf: vectors.asOf })(company);
    expect(summary.statuses).toEqual(parsed.value.criteria.map((k) => c.expected.criteria[k.id]));
  });

  it('equals the full result for generated ICPs and companies', () => {
    fc.assert(
      fc.property(icpArb, fc.array(companyArb, { maxLength: 8 }), (icp, companies) => {
        expectSameNumbers(icp, companies, { asOf: AS_OF });
      }),
      { numRuns: 500 },
    );
  });

  it('equals the full result on the benchmark ICPs and companies, and the bundled ICPs', () => {
    expectSameNumbers(benchIcp, benchCompanies(600), { asOf: AS_OF });
    expectSameNumbers(unitBenchIcp, unitBenchCompanies(300), { asOf: AS_OF });
    for (const icp of defaultBundle.icps) expectSameNumbers(icp, benchCompanies(200), { asOf: AS_OF });
  });

  it('equals the full result with a taxonomy-aware industry matcher', () => {
    const industryMatches = (icpValue: string, industry: string) =>
      icpValue === 'Software Development' && industry.startsWith('IT ');
    expectSameNumbers(benchIcp, benchCompanies(100), { asOf: AS_OF, industryMatches });
  });

  it('keeps nothing of one company for the next, even when scoring is reentered', () => {
    const companies = benchCompanies(50);
    const summary = compileIcpSummary(benchIcp, { asOf: AS_OF });
    const full = compileIcp(benchIcp, { asOf: AS_OF });
    const alone = companies.map((c) => summary(c));
    const explained = companies.map((c) => full(c));
    // A pathological matcher that scores another company with the very scorer that called it.
    let depth = 0;
    const reenter = (score: (c: Company) => unknown) => () => {
      if (depth++ === 0) score(companies[7] as Company);
      depth--;
      return false;
    };
    const summaryAgain: (c: Company) => FitSummary = compileIcpSummary(benchIcp, {
      asOf: AS_OF,
      industryMatches: reenter((c) => summaryAgain(c)),
    });
    const fullAgain: (c: Company) => FitResult = compileIcp(benchIcp, {
      asOf: AS_OF,
      industryMatches: reenter((c) => fullAgain(c)),
    });
    expect(companies.map((c) => summaryAgain(c))).toEqual(alone);
    expect(companies.map((c) => fullAgain(c))).toEqual(explained);
    expect([...companies].reverse().map((c) => summary(c))).toEqual([...alone].reverse());
  });
});
