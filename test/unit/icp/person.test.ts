import { describe, expect, it } from 'vitest';
import { personSchema } from '../../../lib/icp/person';
import type { PersonaInput } from '../../../lib/icp/schema-persona';
import { compilePersona, scorePerson } from '../../../lib/icp/score';

const persona: PersonaInput = {
  id: 'buyer',
  name: 'Buyer',
  minCoverage: 0.6,
  tiers: [
    { id: 'a', label: 'A', min: 70, action: 'Connect' },
    { id: 'c', label: 'C', min: 0 },
  ],
  criteria: [
    {
      id: 'seniority',
      label: 'Senior',
      type: 'in',
      field: 'seniority',
      points: 40,
      required: true,
      values: ['vp', 'c-level'],
    },
    { id: 'dept', label: 'Sales', type: 'in', field: 'department', points: 30, values: ['Sales'] },
    {
      id: 'title',
      label: 'Revenue title',
      type: 'text',
      field: 'title',
      points: 30,
      anyOf: ['chief revenue officer', 'VP Sales'],
    },
  ],
};
const asOf = '2026-06-30';

describe('scorePerson', () => {
  it('scores people with the same engine and result shape', () => {
    const result = scorePerson(persona, { title: 'VP, Sales', seniority: 'vp', department: 'sales' }, { asOf });
    expect(result).toMatchObject({ icpId: 'buyer', score: 100, tier: { id: 'a', action: 'Connect' }, coverage: 1 });
    expect(result.criteria.map((c) => c.evidence)).toEqual([
      'vp is one of vp, c-level',
      'sales is one of Sales',
      '"VP Sales" found in title',
    ]);
  });

  it('treats missing profile fields as unknown and disqualifies on a known miss', () => {
    const unknown = scorePerson(persona, { name: 'Sam' }, { asOf });
    expect([unknown.score, unknown.coverage, unknown.lowConfidence, unknown.disqualified]).toEqual([0, 0, true, false]);
    expect(unknown.criteria.map((c) => c.evidence)).toEqual([
      'Seniority unknown',
      'Department unknown',
      'Title unknown',
    ]);
    const junior = compilePersona(persona, { asOf })({ seniority: 'individual contributor', department: 'Sales' });
    expect([junior.disqualified, junior.tier.id]).toEqual([true, 'c']);
  });

  it('labels sources in person evidence', () => {
    const result = scorePerson(persona, { title: 'Chief Revenue Officer' }, { asOf, sources: { title: 'profile' } });
    expect(result.criteria[2]?.evidence).toBe('"chief revenue officer" found in title (profile)');
  });

  it('parses the person shape the extractors produce', () => {
    expect(personSchema.safeParse({ name: 'A', seniority: 'vp', companyLinkedinUrl: 'https://x' }).success).toBe(true);
    expect(personSchema.safeParse({ seniority: 'boss' }).success).toBe(false);
  });
});
