import { describe, expect, it } from 'vitest';
import { defaultBundle, midMarketSaas, revenueLeader } from '../../../lib/icp/defaults';
import type { ExtractResult } from '../../../lib/extract/types';
import { pageBadges } from '../../../lib/fit/badges';
import { sourceLabels } from '../../../lib/fit/fits';
import { normalizeResult } from '../../../lib/fit/normalize-result';
import { companyTabFit, listTabFit, personTabFit, type FitContext } from '../../../lib/fit/tab-fit';

const ctx: FitContext = {
  tabId: 7,
  url: 'https://www.linkedin.com/company/acme/',
  icp: midMarketSaas,
  persona: revenueLeader,
  asOf: '2026-11-23',
  now: '2026-11-23T10:00:00.000Z',
};

const companyPage: ExtractResult = {
  kind: 'company',
  company: {
    name: 'Acme',
    industry: 'Computer Software',
    size: '51-200 employees',
    headquarters: 'Austin, TX',
    description: 'B2B SaaS platform for finance teams.',
  },
  missing: ['jobOpenings'],
  provenance: {
    name: { source: 'json-ld' },
    industry: { source: 'markup' },
    size: { source: 'markup' },
    headquarters: { source: 'markup' },
    description: { source: 'json-ld' },
  },
};

describe('companyTabFit', () => {
  it('normalizes, scores and labels evidence with where it came from', () => {
    const page = normalizeResult(companyPage);
    const tab = companyTabFit(ctx, companyPage, { company: page.company!, origins: {} });
    expect(page.company).toMatchObject({
      industry: 'Software Development',
      employees: { min: 51, max: 200 },
      hq: { country: 'US', region: 'US-TX' },
    });
    expect(tab).toMatchObject({
      tabId: 7,
      kind: 'company',
      title: 'Acme',
      icp: { id: 'mid-market-saas' },
      missing: ['jobOpenings'],
    });
    expect(tab.fit!.score).toBe(70);
    expect(tab.tone).toBe('mid');
    const size = tab.fit!.criteria.find((c) => c.id === 'size')!;
    expect(size.evidence).toContain('(LinkedIn)');
    expect(pageBadges(tab, true)).toMatchObject({
      show: true,
      page: { score: 70, tierId: 'b', tone: 'mid', kind: 'ICP fit' },
      rows: [],
    });
    expect(pageBadges(tab, true).page!.reasons).toHaveLength(3);
  });
});

describe('sourceLabels', () => {
  it('maps raw fields to the normalized ones and names the site on other hosts', () => {
    const labels = sourceLabels(
      { size: { source: 'markup' }, address: { source: 'json-ld' } },
      'https://acme.io/about',
    );
    expect(labels).toMatchObject({ employees: 'site', 'hq.country': 'site data', hq: 'site data' });
  });
});

describe('personTabFit', () => {
  const person = normalizeResult({
    kind: 'person',
    person: {
      name: 'Dana',
      title: 'VP of Sales',
      companyName: 'Acme',
      companyLinkedinUrl: 'https://www.linkedin.com/company/acme/',
    },
    missing: [],
    provenance: {},
  }).person!;

  it('scores the persona, infers seniority and department, and asks for the company page when the employer is unknown', () => {
    expect(person).toMatchObject({ seniority: 'vp', department: 'Sales' });
    const tab = personTabFit(ctx, { kind: 'person', missing: [], provenance: {} }, person);
    expect(tab.personaFit!.fit.score).toBeGreaterThan(50);
    expect(tab.employer).toEqual({
      name: 'Acme',
      linkedinUrl: 'https://www.linkedin.com/company/acme/',
      cached: false,
    });
    expect(pageBadges(tab, true).page!.kind).toBe('Persona fit');
  });

  it('scores the employer from the cache when it was seen', () => {
    const known = {
      company: {
        name: 'Acme',
        industry: 'Software Development',
        employees: { min: 51, max: 200 },
        hq: { country: 'US' },
      },
      lastSeen: '2026-11-20T00:00:00.000Z',
    };
    const tab = personTabFit(ctx, { kind: 'person', missing: [], provenance: {} }, person, known);
    expect(tab.employer).toMatchObject({ cached: true, lastSeen: known.lastSeen, result: { fit: { score: 60 } } });
  });
});

describe('listTabFit', () => {
  it('scores each row, companies against the ICP and people against the persona', () => {
    const rows = [
      { company: { name: 'Acme', industry: 'Software Development', hq: { country: 'US', city: 'Austin' } } },
      { person: { name: 'Lee', title: 'Chief Revenue Officer', seniority: 'c-level', department: 'Sales' } },
    ];
    const tab = listTabFit(ctx, { kind: 'list', missing: [], provenance: {} }, rows);
    expect(tab.rows).toHaveLength(2);
    expect(tab.rows![0]).toMatchObject({ kind: 'company', title: 'Acme', subtitle: 'Software Development · Austin' });
    expect(tab.rows![1]).toMatchObject({ kind: 'person', title: 'Lee' });
    expect(pageBadges(tab, true).rows.map((r) => r?.kind)).toEqual(['ICP fit', 'Persona fit']);
    expect(pageBadges(tab, false).show).toBe(false);
  });

  it('uses the bundled persona shape', () => {
    expect(defaultBundle.personas?.[0].id).toBe(revenueLeader.id);
  });
});
