import { describe, expect, it } from 'vitest';
import type { Company } from '@/lib/icp/company';
import { midMarketSaas } from '@/lib/icp/defaults';
import { setIn } from '@/lib/icp/edit/paths';
import { previewRecords, previewRescore, previewRun, type PreviewRecord } from '@/lib/icp/edit/preview';
import { industryChoices, filterChoices, technologyChoices, countryChoices } from '@/lib/icp/edit/choices';
import { industryMatches } from '@/lib/normalize/industries';

const opts = { asOf: '2026-06-30', industryMatches };
const company = (i: number): Company => ({
  name: `Company ${i}`,
  domain: `c${i}.example`,
  industry: i % 2 ? 'Software Development' : 'Banking',
  employees: { min: 10 + (i % 900), max: 10 + (i % 900) },
  hq: { country: i % 3 ? 'US' : 'BR' },
  technologies: i % 5 ? ['HubSpot'] : [],
  description: 'B2B platform',
  signals: [],
});
const records: PreviewRecord[] = Array.from({ length: 10_000 }, (_, i) => ({
  key: `k${i}`,
  name: `Company ${i}`,
  source: i % 4 ? 'lead' : 'seen',
  company: company(i),
}));

describe('live preview', () => {
  it('says how many would move tier and lists the biggest movers', () => {
    const raised = setIn(midMarketSaas, ['tiers', 0, 'min'], 95);
    const result = previewRescore(records.slice(0, 100), midMarketSaas, raised, opts);
    expect(result.total).toBe(100);
    expect(result.movedTier).toBeGreaterThan(0);
    expect(result.down).toBe(result.movedTier);
    expect(result.changedScore).toBe(result.movedTier);
    expect(result.movers).toHaveLength(8);
    expect(result.movers[0]).toMatchObject({ from: { tierId: 'a' }, to: { tierId: 'b' } });
    expect(previewRescore(records.slice(0, 100), midMarketSaas, midMarketSaas, opts)).toMatchObject({
      movedTier: 0,
      changedScore: 0,
      movers: [],
    });
  });

  it('orders movers by tier change, then by how far the score moves', () => {
    const heavier = setIn(midMarketSaas, ['criteria', 0, 'points'], 60);
    const { movers } = previewRescore(records.slice(0, 200), midMarketSaas, heavier, { ...opts, limit: 3 });
    expect(movers).toHaveLength(3);
    const moved = movers.map((m) => m.from.tierId !== m.to.tierId);
    expect(moved).toEqual([...moved].sort((a, b) => Number(b) - Number(a)));
  });

  it('scores 10,000 companies twice fast enough for a debounced preview (chunked)', () => {
    const edited = setIn(midMarketSaas, ['criteria', 0, 'points'], 35);
    const run = previewRun(records, midMarketSaas, edited, opts);
    const started = performance.now();
    let steps = 0;
    while (!run.step(2000)) steps++;
    const ms = performance.now() - started;
    expect(steps).toBe(4);
    expect(run.result().total).toBe(10_000);
    // Well under a second on a busy 2-core machine; each 2,000-record chunk is a fifth of it.
    expect(ms).toBeLessThan(1500);
  });

  it('puts saved leads first and drops seen companies already saved', () => {
    const leads = [{ key: 'domain:a.com', name: 'A', domain: 'a.com', company: { name: 'A', domain: 'a.com' } }];
    const seen = [
      { key: 'li:a', company: { name: 'A Inc', domain: 'a.com' } },
      { key: 'li:b', company: { name: 'B' }, linkedinSlug: 'b' },
    ];
    expect(previewRecords(leads, seen).map((r) => [r.key, r.source])).toEqual([
      ['domain:a.com', 'lead'],
      ['seen:li:b', 'seen'],
    ]);
  });
});

describe('picker choices', () => {
  it('offers the taxonomy with parent groups, countries and technologies, searchable', () => {
    const industries = industryChoices();
    const manufacturing = industries.find((c) => c.value === 'Manufacturing');
    expect(manufacturing?.hint).toContain('group');
    expect(industries.find((c) => c.value === 'Software Development')?.depth).toBeGreaterThan(0);
    expect(filterChoices(countryChoices(), 'germ').map((c) => c.value)).toContain('DE');
    expect(filterChoices(technologyChoices(), 'hubsp').map((c) => c.value)).toContain('HubSpot');
    expect(technologyChoices().length).toBeGreaterThan(150);
  });
});
