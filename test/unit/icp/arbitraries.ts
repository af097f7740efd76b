import fc from 'fast-check';
import type { Company } from '../../../lib/icp/company';
import type { CriterionInput } from '../../../lib/icp/schema-criterion';

/** A criterion without its id and label (Omit distributed over the union of types). */
type CriterionRule = CriterionInput extends infer C ? (C extends unknown ? Omit<C, 'id' | 'label'> : never) : never;
import type { IcpInput } from '../../../lib/icp/schema-icp';

/** Small vocabularies so that generated companies and ICPs actually meet. */
const INDUSTRIES = ['Software Development', 'Banking', 'Government Administration', 'Machinery Manufacturing'];
const COUNTRIES = ['US', 'GB', 'BR', 'DE'];
const TECH = ['Salesforce', 'HubSpot', 'AWS', 'Snowflake'];
const PHRASES = ['supply chain', 'logistics', 'c#', 'data platform'];
const WORDS = ['supply', 'chain', 'supply-chain', 'logistics', 'logistical', 'C#', 'data', 'platform', 'Data-Platform'];
export const AS_OF = '2026-06-30';
export const TIERS = [
  { id: 'a', label: 'A', min: 80 },
  { id: 'b', label: 'B', min: 50 },
  { id: 'c', label: 'C', min: 0 },
];

const common = fc.record({
  points: fc.integer({ min: -20, max: 30 }),
  required: fc.boolean(),
  dimension: fc.constantFrom('fit', 'readiness'),
});

const bounds = fc
  .record({ min: fc.option(fc.nat(600), { nil: undefined }), span: fc.nat(800), open: fc.boolean() })
  .map(({ min, span, open }) => (min === undefined ? { max: span } : open ? { min } : { min, max: min + span }));

const partial = (points: number) =>
  fc
    .record({ below: fc.nat(200), above: fc.nat(2000), share: fc.integer({ min: 0, max: 100 }) })
    .map(({ below, above, share }) => ({ below, above, points: Math.trunc((points * share) / 100) }));

const rangeCriterion = common.chain((c) =>
  fc.record({ b: bounds, p: fc.option(partial(c.points), { nil: undefined }) }).map(({ b, p }) => {
    const lo = b.min ?? 0;
    const hi = b.max ?? lo + 1000;
    const widened = p && { min: Math.max(0, lo - p.below), max: hi + p.above, points: p.points };
    return { ...c, type: 'range', field: 'employees', ...b, ...(widened ? { partial: widened } : {}) } as const;
  }),
);

export const criterionArb: fc.Arbitrary<CriterionRule> = fc.oneof(
  common.chain((c) =>
    fc
      .subarray(INDUSTRIES, { minLength: 1 })
      .map((values) => ({ ...c, type: 'in', field: 'industry', values }) as const),
  ),
  common.chain((c) =>
    fc
      .subarray(COUNTRIES, { minLength: 1 })
      .map((values) => ({ ...c, type: 'in', field: 'hq.country', values }) as const),
  ),
  common.chain((c) =>
    fc
      .record({
        values: fc.subarray(TECH, { minLength: 1 }),
        match: fc.constantFrom('any', 'all') as fc.Arbitrary<'any' | 'all'>,
      })
      .map((t) => ({ ...c, type: 'in', field: 'technologies', ...t }) as const),
  ),
  rangeCriterion,
  common.chain((c) =>
    fc
      .subarray(PHRASES, { minLength: 1 })
      .map((anyOf) => ({ ...c, type: 'text', field: 'description', anyOf }) as const),
  ),
  common.chain((c) =>
    fc
      .record({ signal: fc.constantFrom('hiring', 'funding'), withinDays: fc.option(fc.nat(200), { nil: undefined }) })
      .map((s) => ({ ...c, type: 'signal', ...s }) as const),
  ),
);

export const icpArb: fc.Arbitrary<IcpInput> = fc
  .array(criterionArb, { minLength: 1, maxLength: 10 })
  .map((criteria) => ({
    id: 'generated',
    name: 'Generated',
    minCoverage: 0.5,
    tiers: TIERS,
    criteria: criteria.map((c, i) => ({ ...c, id: `c${i}`, label: `Criterion ${i}` }) as CriterionInput),
  }));

const day = fc.integer({ min: -400, max: 30 }).map((offset) => {
  const ms = Date.UTC(2026, 5, 30) + offset * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
});

const bucket = fc
  .record({ min: fc.nat(3000), span: fc.option(fc.nat(3000), { nil: undefined }) })
  .map(({ min, span }) => (span === undefined ? { min } : { min, max: min + span }));

export const companyArb: fc.Arbitrary<Company> = fc.record(
  {
    industry: fc.constantFrom(...INDUSTRIES, ' banking ', 'Retail'),
    hq: fc.record({ country: fc.constantFrom(...COUNTRIES, 'us', 'FR') }, { requiredKeys: [] }),
    technologies: fc.subarray([...TECH, 'hubspot', 'Stripe']),
    employees: bucket,
    description: fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }).map((words) => words.join(' ')),
    signals: fc.array(
      fc.record({ type: fc.constantFrom('hiring', 'funding'), observedAt: day }, { requiredKeys: ['type'] }),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: [] },
);
