import { describe, expect, it } from 'vitest';
import { defaultBundle, midMarketSaas } from '@/lib/icp/defaults';
import { getIn, moveItem, setIn } from '@/lib/icp/edit/paths';
import { profileTotals } from '@/lib/icp/edit/totals';
import { checkDraft, describeLocation, issuesByPath } from '@/lib/icp/edit/validate';
import { changeCriterionType, newCriterion, newProfile, newTier, uniqueId } from '@/lib/icp/edit/ops';

describe('running totals', () => {
  it('adds positive points per dimension and keeps penalties apart', () => {
    const totals = profileTotals(midMarketSaas);
    expect(totals.possible).toBe(100);
    expect(totals.penalties).toBe(-15);
    expect(totals.dimensions).toEqual([
      { dimension: 'fit', possible: 85, penalties: -15, criteria: 6 },
      { dimension: 'readiness', possible: 15, penalties: 0, criteria: 2 },
    ]);
  });

  it('follows an edit and leaves out points still being typed', () => {
    const edited = setIn(midMarketSaas, ['criteria', 0, 'points'], 35);
    expect(profileTotals(edited).possible).toBe(110);
    const typing = setIn(midMarketSaas, ['criteria', 0, 'points'], undefined);
    expect(profileTotals(typing)).toMatchObject({ possible: 75, unset: 1 });
  });
});

describe('validation as you type', () => {
  it('accepts the bundled defaults', () => {
    expect(checkDraft(defaultBundle).ok).toBe(true);
  });

  it('names the ICP, the criterion and the field of each problem', () => {
    const draft = setIn(defaultBundle, ['icps', 0, 'criteria', 1, 'points'], 5000);
    const check = checkDraft(draft);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.issues).toEqual([
      {
        path: '$.icps[0].criteria[1].points',
        where: 'ICP 1 “Mid-market B2B SaaS” › criterion 2 “50-1,000 employees” › points',
        message: 'must be at most 1000, got number 5000',
      },
    ]);
    expect(issuesByPath(check.issues).get('$.icps[0].criteria[1].points')).toHaveLength(1);
  });

  it('explains cross-field rules: min over max, a missing zero tier, duplicate thresholds, empty values', () => {
    let draft = setIn(defaultBundle, ['icps', 0, 'criteria', 1, 'min'], 5000);
    draft = setIn(draft, ['icps', 0, 'tiers', 2, 'min'], 50);
    draft = setIn(draft, ['icps', 0, 'criteria', 0, 'values'], []);
    const check = checkDraft(draft);
    if (check.ok) throw new Error('expected problems');
    const messages = check.issues.map((i) => `${i.path}: ${i.message}`);
    expect(messages).toContain('$.icps[0].criteria[1].min: min (5000) must not be greater than max (1000)');
    expect(messages).toContain('$.icps[0].criteria[0].values: must list at least 1 item');
    expect(messages.some((m) => m.startsWith('$.icps[0].tiers: add a tier with min 0'))).toBe(true);
    expect(messages.some((m) => m.includes('tier min 50 is already used'))).toBe(true);
  });

  it('describes locations in words', () => {
    expect(describeLocation(defaultBundle, ['icps', 0, 'tiers', 0, 'min'])).toBe(
      'ICP 1 “Mid-market B2B SaaS” › tier 1 “A — Ideal fit” › min',
    );
    expect(describeLocation(defaultBundle, ['defaultIcpId'])).toBe('default ICP');
  });
});

describe('editing operations', () => {
  it('makes unique ids and new items that ask for their values', () => {
    expect(uniqueId('Industry', ['industry', 'industry-2'])).toBe('industry-3');
    const c = newCriterion('icps', 'in', midMarketSaas.criteria);
    expect(c).toMatchObject({ id: 'industry-2', type: 'in', field: 'industry', values: [] });
    const icp = setIn(midMarketSaas, ['criteria'], [...midMarketSaas.criteria, c]);
    const check = checkDraft({ ...defaultBundle, icps: [icp] });
    expect(check.ok).toBe(false);
  });

  it('changes a criterion type and keeps its id, label and points', () => {
    const c = changeCriterionType('icps', midMarketSaas.criteria[0] as never, 'signal');
    expect(c).toMatchObject({ id: 'industry', label: 'Software or IT services', points: 25, type: 'signal' });
    expect(c).not.toHaveProperty('values');
  });

  it('adds tiers and profiles that validate', () => {
    expect(newTier(midMarketSaas.tiers)).toMatchObject({ min: 25 });
    expect(newTier([])).toMatchObject({ min: 0 });
    const p = newProfile('icps', defaultBundle.icps) as Record<string, unknown>;
    const filled = setIn(p, ['criteria', 0, 'values'], ['Software Development']);
    expect(checkDraft({ ...defaultBundle, icps: [...defaultBundle.icps, filled] }).ok).toBe(true);
  });

  it('sets, reads and reorders without changing the original', () => {
    const moved = moveItem(['a', 'b', 'c'], 2, 0);
    expect(moved).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a'], 0, 1)).toEqual(['a']);
    const next = setIn(defaultBundle, ['icps', 0, 'name'], 'Renamed');
    expect(getIn(next, ['icps', 0, 'name'])).toBe('Renamed');
    expect(defaultBundle.icps[0]!.name).toBe('Mid-market B2B SaaS');
    expect(setIn({ a: 1, b: 2 }, ['b'], undefined)).toEqual({ a: 1 });
  });
});
