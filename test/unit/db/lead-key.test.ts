import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadKey, leadKeys } from '../../../lib/leads/lead-key';
import { rowOf } from '../../../lib/leads/lead-row';
import { moved, snapshotOf } from '../../../lib/leads/snapshot';
import { AT, makeLead, snap, TIER_1 } from './lead-fixtures';

describe('leadKey', () => {
  it('is always the first of leadKeys (it skips building the others)', () => {
    const part = fc.option(
      fc.oneof(fc.string(), fc.constantFrom(' ', 'www.Acme.io', 'https://acme.co.uk/x', '1035', 'Zürich AG', 'DE')),
      { nil: undefined },
    );
    fc.assert(
      fc.property(part, part, part, part, part, (domain, linkedinId, linkedinSlug, name, country) => {
        const id = { domain, linkedinId, linkedinSlug, name, country };
        expect(leadKey(id)).toBe(leadKeys(id)[0]);
      }),
      { numRuns: 2000 },
    );
  });

  it('prefers the domain, then the LinkedIn id, then the slug, then the folded name and country', () => {
    expect(leadKey({ domain: 'https://www.Acme.io/about', linkedinId: '1035', name: 'Acme' })).toBe('domain:acme.io');
    expect(leadKey({ linkedinId: ' 1035 ', linkedinSlug: 'acme', name: 'Acme' })).toBe('li:1035');
    expect(leadKey({ linkedinSlug: 'Acme', name: 'Acme' })).toBe('li:acme');
    expect(leadKey({ name: 'Société Générale & Co.', country: 'FR' })).toBe('name:societe generale and co|fr');
    expect(leadKey({ name: 'SOCIETE GENERALE and Co', country: 'fr' })).toBe('name:societe generale and co|fr');
    expect(leadKey({ name: '  ', domain: '' })).toBeUndefined();
    expect(leadKey({})).toBeUndefined();
  });

  it('lists every key a company could have been saved under, best first, without repeats', () => {
    expect(
      leadKeys({ domain: 'acme.io', linkedinId: '1035', linkedinSlug: 'acme', name: 'Acme', country: 'US' }),
    ).toEqual(['domain:acme.io', 'li:1035', 'li:acme', 'name:acme|us', 'name:acme|']);
    expect(leadKeys({ linkedinId: '1035', linkedinSlug: '1035', name: 'Acme' })).toEqual(['li:1035', 'name:acme|']);
  });
});

describe('snapshotOf and moved', () => {
  const icp = {
    id: 'mid-market',
    name: 'Mid-market SaaS',
    tiers: [
      { id: 'a', label: 'Tier 1', min: 70 },
      { id: 'b', label: 'Tier 2', min: 40 },
      { id: 'c', label: 'Tier 3', min: 0 },
    ],
  };
  const bundle = { id: 'team', version: 7 };
  const numbers = { score: 75, coverage: 0.9, disqualified: false, lowConfidence: false };

  it('takes a full result (tier object) or a bulk summary (tier id) alike', () => {
    const fromResult = snapshotOf({
      fit: { ...numbers, tier: { id: 'a', label: 'Tier 1' } },
      icp,
      bundle,
      tone: 'high',
      at: AT,
    });
    const fromSummary = snapshotOf({ fit: { ...numbers, tierId: 'a' }, icp, bundle, at: AT });
    expect(fromResult).toEqual(fromSummary);
    expect(fromSummary).toEqual(snap({ ...TIER_1, score: 75, coverage: 0.9, bundleVersion: 7 }));
    expect(snapshotOf({ fit: { ...numbers, tierId: 'b' }, icp, bundle, at: AT }).tone).toBe('mid');
    expect(snapshotOf({ fit: { ...numbers, tierId: 'gone' }, icp, bundle, at: AT })).toMatchObject({
      tierLabel: 'gone',
      tone: 'low',
    });
  });

  it('moved: set when the tier or the score changed, with the version it moved at', () => {
    const before = snap();
    expect(moved(before, snap({ bundleVersion: 7, scoredAt: '2027-01-01' }))).toBeUndefined();
    expect(moved(before, snap({ ...TIER_1, score: 72, bundleVersion: 7 }))).toEqual({
      fromScore: 40,
      fromTierLabel: 'Tier 2',
      fromTone: 'mid',
      sinceVersion: 7,
    });
    expect(moved(before, snap({ score: 45, bundleVersion: 8 }))).toMatchObject({ fromScore: 40, sinceVersion: 8 });
  });

  it('rowOf: a lean copy, with what moved', () => {
    const lead = makeLead(7, {
      previousScore: snap({ score: 20, tierLabel: 'Tier 3', tone: 'low', tierId: 'c' }),
      movedSince: 6,
    });
    const row = rowOf(lead);
    expect(row).toEqual({
      key: lead.key,
      name: lead.name,
      domain: lead.domain,
      country: 'US',
      score: lead.score.score,
      tierId: 'b',
      tierLabel: 'Tier 2',
      tone: 'mid',
      icpId: 'mid-market',
      icpName: 'Mid-market SaaS',
      status: 'new',
      tags: [],
      notesPreview: lead.notes,
      peopleCount: 0,
      moved: { fromScore: 20, fromTierLabel: 'Tier 3', fromTone: 'low', sinceVersion: 6 },
      createdAt: AT,
      updatedAt: AT,
      lastSeen: AT,
      search: expect.stringContaining(lead.name.toLowerCase()) as unknown as string,
    });
    expect(row.search).toContain('mid market saas');
    expect(row.tags).not.toBe(lead.tags);
    expect(rowOf({ ...lead, movedSince: undefined }).moved?.sinceVersion).toBe(6);
  });
});
