import { describe, expect, it } from 'vitest';
import { jsonPath, parseBundle, parseIcp, parsePersona, type ParseResult } from '../../../lib/icp/errors';

const tiers = [
  { id: 'hot', label: 'Hot', min: 80 },
  { id: 'cold', label: 'Cold', min: 0 },
];
const industry = { id: 'ind', label: 'Industry', type: 'in', field: 'industry', points: 50, values: ['Banking'] };
const icp = (criteria: unknown[], extra: object = {}) => ({ id: 'x', name: 'X', tiers, criteria, ...extra });
const bundle = (extra: object = {}) => ({
  schemaVersion: 1,
  id: 'team',
  name: 'Team ICPs',
  version: 3,
  publishedAt: '2026-06-01T09:00:00Z',
  icps: [icp([industry])],
  defaultIcpId: 'x',
  ...extra,
});

function errorsOf<T>(result: ParseResult<T>) {
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('parseIcp error messages', () => {
  it.each([
    [
      'a word for points',
      { ...industry, points: 'ten' },
      '$.criteria[0].points',
      'expected a number, got string "ten"',
    ],
    [
      'fractional points',
      { ...industry, points: 1.5 },
      '$.criteria[0].points',
      'expected a whole number, got number 1.5',
    ],
    ['a missing label', { ...industry, label: undefined }, '$.criteria[0].label', 'missing: expected text'],
    [
      'an unknown type',
      { ...industry, type: 'regex' },
      '$.criteria[0].type',
      'expected one of "in", "range", "text", "signal", got string "regex"',
    ],
    ['no values', { ...industry, values: [] }, '$.criteria[0].values', 'must list at least 1 item'],
    [
      'a required flag as text',
      { ...industry, required: 'yes' },
      '$.criteria[0].required',
      'expected true or false, got string "yes"',
    ],
  ])('explains %s', (_, criterion, path, message) => {
    expect(errorsOf(parseIcp(icp([criterion])))).toEqual([{ path, message }]);
  });

  it('names the allowed fields when a field is unknown', () => {
    const [error] = errorsOf(parseIcp(icp([{ ...industry, field: 'ceoName' }])));
    expect(error?.path).toBe('$.criteria[0].field');
    expect(error?.message).toMatch(/^expected one of "industry", "hq.country", .*"domain", got string "ceoName"$/);
  });

  it('refuses a text criterion on a numeric field and a range on a text field', () => {
    const text = { id: 't', label: 'T', type: 'text', field: 'employees', points: 5, anyOf: ['x'] };
    const range = { id: 'r', label: 'R', type: 'range', field: 'industry', points: 5, min: 1 };
    const paths = errorsOf(parseIcp(icp([text, range]))).map((e) => e.path);
    expect(paths).toEqual(['$.criteria[0].field', '$.criteria[1].field']);
  });

  it('reports duplicate ids at the second use', () => {
    expect(errorsOf(parseIcp(icp([industry, { ...industry, label: 'Again' }])))).toEqual([
      {
        path: '$.criteria[1].id',
        message: 'criterion id "ind" is already used by criteria[0]; each must be different',
      },
    ]);
  });

  it('requires unique tiers and a tier at 0', () => {
    const badTiers = [
      { id: 'hot', label: 'Hot', min: 80 },
      { id: 'hot', label: 'Warm', min: 50 },
    ];
    expect(errorsOf(parseIcp({ ...icp([industry]), tiers: badTiers }))).toEqual([
      { path: '$.tiers[1].id', message: 'tier id "hot" is already used by tiers[0]; each must be different' },
      {
        path: '$.tiers',
        message: 'add a tier with min 0, so that every score (and every disqualified record) has a tier',
      },
    ]);
  });

  it('checks range bounds and partial points', () => {
    const range = { id: 'r', label: 'R', type: 'range', field: 'employees', points: 10, min: 500, max: 50 };
    const noBounds = { id: 'n', label: 'N', type: 'range', field: 'employees', points: 10 };
    const greedy = {
      id: 'g',
      label: 'G',
      type: 'range',
      field: 'employees',
      points: 10,
      min: 1,
      partial: { max: 5, points: 12 },
    };
    expect(errorsOf(parseIcp(icp([range, noBounds, greedy])))).toEqual([
      { path: '$.criteria[0].min', message: 'min (500) must not be greater than max (50)' },
      { path: '$.criteria[1]', message: 'give a min, a max, or both' },
      {
        path: '$.criteria[2].partial.points',
        message: "partial points must be between 0 and the criterion's 10 points",
      },
    ]);
  });

  it('allows match "all" only on list fields', () => {
    const [error] = errorsOf(parseIcp(icp([{ ...industry, match: 'all' }])));
    expect(error).toEqual({
      path: '$.criteria[0].match',
      message:
        'match "all" only works on a list field (technologies, keywords); "industry" holds one value, so use "any"',
    });
    expect(parseIcp(icp([{ ...industry, field: 'technologies', match: 'all' }])).ok).toBe(true);
  });

  it('refuses phrases without anything to search for', () => {
    const text = { id: 't', label: 'T', type: 'text', field: 'description', points: 5, anyOf: ['ok', ' -- '] };
    expect(errorsOf(parseIcp(icp([text])))).toEqual([
      { path: '$.criteria[0].anyOf[1]', message: '" -- " has no letters or digits to search for' },
    ]);
  });

  it('bounds minCoverage and explains a non-object', () => {
    expect(errorsOf(parseIcp(icp([industry], { minCoverage: 1.5 })))).toEqual([
      { path: '$.minCoverage', message: 'must be at most 1, got number 1.5' },
    ]);
    expect(errorsOf(parseIcp('nope'))).toEqual([{ path: '$', message: 'expected an object, got string "nope"' }]);
  });

  it('fills in the default dimension', () => {
    const parsed = parseIcp(icp([industry]));
    expect(parsed.ok && parsed.value.criteria[0]?.dimension).toBe('fit');
  });
});

describe('parseBundle', () => {
  it('accepts a complete bundle', () => {
    expect(parseBundle(bundle()).ok).toBe(true);
  });

  it('refuses a newer schemaVersion with one message that says to update', () => {
    expect(parseBundle(bundle({ schemaVersion: 2, icps: 'whatever' }))).toEqual({
      ok: false,
      errors: [
        {
          path: '$.schemaVersion',
          message:
            'this bundle uses ICP format version 2, but this copy of ICP Lens only reads version 1. Update ICP Lens to use it.',
        },
      ],
    });
  });

  it('explains envelope-level mistakes with paths into the ICPs', () => {
    const errors = errorsOf(
      parseBundle(bundle({ version: 0, publishedAt: 'yesterday', icps: [icp([{ ...industry, points: 'ten' }])] })),
    );
    expect(errors).toEqual([
      { path: '$.version', message: 'must be greater than 0, got number 0' },
      {
        path: '$.publishedAt',
        message: 'expected a date and time like "2026-06-30T09:00:00Z", got string "yesterday"',
      },
      { path: '$.icps[0].criteria[0].points', message: 'expected a number, got string "ten"' },
    ]);
  });

  it('requires defaultIcpId to name one of the ICPs, and unique ICP ids', () => {
    expect(errorsOf(parseBundle(bundle({ defaultIcpId: 'y' })))).toEqual([
      { path: '$.defaultIcpId', message: `"y" is not one of this bundle's ICPs ("x")` },
    ]);
    const twice = bundle({ icps: [icp([industry]), icp([industry])] });
    expect(errorsOf(parseBundle(twice))).toEqual([
      { path: '$.icps[1].id', message: 'ICP id "x" is already used by icps[0]; each must be different' },
    ]);
  });

  it('requires at least one ICP and a schemaVersion', () => {
    const unversioned: Record<string, unknown> = bundle({ icps: [] });
    delete unversioned.schemaVersion;
    expect(errorsOf(parseBundle(unversioned))).toEqual([
      { path: '$.schemaVersion', message: 'missing: expected 1' },
      { path: '$.icps', message: 'must list at least 1 item' },
    ]);
  });
});

describe('parsePersona', () => {
  const persona = (criteria: unknown[]) => ({ id: 'p', name: 'P', tiers, criteria });

  it('accepts person fields and known seniorities', () => {
    const seniority = { id: 's', label: 'S', type: 'in', field: 'seniority', points: 10, values: ['vp', 'director'] };
    expect(parsePersona(persona([seniority])).ok).toBe(true);
  });

  it('refuses an unknown seniority, company fields and signal criteria', () => {
    const seniority = { id: 's', label: 'S', type: 'in', field: 'seniority', points: 10, values: ['boss'] };
    const companyField = { id: 'i', label: 'I', type: 'in', field: 'industry', points: 10, values: ['Banking'] };
    const signal = { id: 'g', label: 'G', type: 'signal', signal: 'hiring', points: 10 };
    const errors = errorsOf(parsePersona(persona([seniority, companyField, signal])));
    expect(errors.map((e) => e.path)).toEqual(['$.criteria[0].values[0]', '$.criteria[1].field', '$.criteria[2].type']);
    expect(errors[0]?.message).toBe(
      'expected a seniority (c-level, vp, director, manager, individual contributor), got "boss"',
    );
    expect(errors[2]?.message).toBe('expected one of "in", "text", got string "signal"');
  });
});

describe('jsonPath', () => {
  it('writes identifiers with dots, indexes and odd keys with brackets', () => {
    expect(jsonPath([])).toBe('$');
    expect(jsonPath(['icps', 0, 'criteria', 2, 'points'])).toBe('$.icps[0].criteria[2].points');
    expect(jsonPath(['sources', 'hq.country'])).toBe('$.sources["hq.country"]');
  });
});
