import { describe, expect, it } from 'vitest';
import {
  evaluateLinkedIn,
  LINKEDIN_FIELDS,
  missedTargets,
  score,
  TARGETS,
  type LinkedInEvalCase,
  type LinkedInField,
  type LinkedInTruth,
} from '../../../../lib/extract/linkedin/eval';
import type { ExtractResult } from '../../../../lib/extract/types';
import { PAGES } from './load';
import { linkedinEvalCases, linkedinFixtureNames, linkedinTruthNames, linkedinTruthOf } from './truth';

describe('LinkedIn fixtures and their truth', () => {
  it('has a truth file for every saved page and a page for every truth file', () => {
    expect(linkedinTruthNames()).toEqual(linkedinFixtureNames());
    for (const f of linkedinFixtureNames()) expect(linkedinTruthOf(f).fixture).toBe(f);
  });

  it('reads each page at the URL the extractor tests use', () => {
    const urls = Object.fromEntries(Object.values(PAGES).map(([name, url]) => [name, url]));
    for (const f of linkedinFixtureNames()) expect(linkedinTruthOf(f).url, f).toBe(urls[f]);
  });

  it('gives each page the part its kind needs', () => {
    for (const f of linkedinFixtureNames()) {
      const t = linkedinTruthOf(f);
      if (t.kind === 'company') expect(t.company?.name, f).toBeTruthy();
      if (t.kind === 'person') expect(t.person?.name, f).toBeTruthy();
      if (t.kind === 'list') expect(t.items?.length, f).toBeGreaterThan(0);
    }
  });
});

describe('evaluation over all LinkedIn fixtures', () => {
  const report = evaluateLinkedIn(linkedinEvalCases());
  const { perField, overall, mismatches } = report;
  const checked = LINKEDIN_FIELDS.filter((f) => perField[f].tp + perField[f].fn >= TARGETS.minTruths);

  it('meets the targets overall: precision >= 0.97 and recall >= 0.9', () => {
    expect(overall.precision).toBeGreaterThanOrEqual(TARGETS.precision);
    expect(overall.recall).toBeGreaterThanOrEqual(TARGETS.recall);
  });

  it('meets the targets for every field with >= 3 truths', () => {
    expect(checked.length).toBeGreaterThanOrEqual(20);
    for (const f of checked) {
      expect(perField[f].precision, `${f} precision`).toBeGreaterThanOrEqual(TARGETS.precision);
      expect(perField[f].recall, `${f} recall`).toBeGreaterThanOrEqual(TARGETS.recall);
    }
  });

  it('misses nothing', () => {
    expect(mismatches).toEqual([]);
    expect(missedTargets(report)).toEqual([]);
  });
});

describe('evaluateLinkedIn on hand-made cases', () => {
  const url = 'https://www.linkedin.com/company/acme/';
  const company = (truth: LinkedInTruth['company'], raw: ExtractResult['company']): LinkedInEvalCase => ({
    truth: { fixture: 'x.html', url, kind: 'company', company: truth },
    result: { kind: 'company', company: raw, missing: [], provenance: {} },
  });
  const counts = (cases: LinkedInEvalCase[], field: LinkedInField) => {
    const { tp, fp, fn } = evaluateLinkedIn(cases).perField[field];
    return { tp, fp, fn };
  };

  it('counts an equal value as a true positive, comparing text by fold key', () => {
    expect(counts([company({ name: 'Acme GmbH' }, { name: '  acme  gmbh ' })], 'company.name')).toEqual({
      tp: 1,
      fp: 0,
      fn: 0,
    });
  });

  it('counts a wrong value as a false positive and a false negative', () => {
    const c = company({ name: 'Acme' }, { name: 'Acme Careers' });
    expect(counts([c], 'company.name')).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(evaluateLinkedIn([c]).mismatches).toEqual([
      { fixture: 'x.html', field: 'company.name', expected: 'Acme', actual: 'Acme Careers' },
    ]);
  });

  it('counts a value the truth does not have as a false positive only', () => {
    expect(counts([company({ name: 'Acme' }, { name: 'Acme', founded: '1999' })], 'company.foundedYear')).toEqual({
      tp: 0,
      fp: 1,
      fn: 0,
    });
  });

  it('counts a truth value not extracted as a false negative only', () => {
    expect(counts([company({ followers: 1200 }, {})], 'company.followers')).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it('compares counts, buckets, places, websites and LinkedIn URLs after normalization', () => {
    const c = company(
      {
        employees: { min: 10001 },
        hq: { country: 'US', region: 'US-CA', city: 'Menlo Park' },
        followers: 1204,
        website: 'http://www.acme.io',
        domain: 'acme.io',
        linkedinUrl: 'https://de.linkedin.com/company/acme/about/',
        industry: 'Internet',
      },
      {
        size: '10,001+ employees',
        headquarters: 'Menlo Park, CA',
        followers: '1 204 abonnés',
        website: 'https://www.acme.io/',
        linkedinSlug: 'acme',
        industry: 'Technology, Information and Internet',
      },
    );
    const { perField } = evaluateLinkedIn([c]);
    for (const f of [
      'company.employees',
      'company.hq.country',
      'company.hq.region',
      'company.hq.city',
      'company.followers',
      'company.website',
      'company.domain',
      'company.linkedinUrl',
      'company.industry',
    ] as const) {
      expect(perField[f].tp, f).toBe(1);
    }
    // kind + the nine fields above
    expect(evaluateLinkedIn([c]).overall).toEqual(score(10, 0, 0));
  });

  it('takes specialties in any order, or checks how many were read', () => {
    const list = company({ specialties: ['B', 'a'] }, { specialties: ['A', 'b'] });
    const many = company({ specialtiesCount: 3 }, { specialties: ['x', 'y'] });
    expect(counts([list], 'company.specialties')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(counts([many], 'company.specialties')).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('pairs list rows by position: a missing row and an extra row each count', () => {
    const truth: LinkedInTruth = {
      fixture: 'list.html',
      url: 'https://www.linkedin.com/search/results/people/',
      kind: 'list',
      items: [
        { kind: 'person', name: 'Pat Example', title: 'CEO', companyName: 'Acme' },
        { kind: 'person', name: 'Kim Sample' },
      ],
    };
    const row = (name: string, title?: string) => ({ kind: 'person' as const, person: { name, title } });
    const short = {
      truth,
      result: { kind: 'list' as const, items: [row('Pat Example', 'CEO')], missing: [], provenance: {} },
    };
    const long = {
      truth,
      result: {
        kind: 'list' as const,
        items: [row('Pat Example', 'CEO'), row('Kim Sample'), row('Lou Extra')],
        missing: [],
        provenance: {},
      },
    };
    expect(counts([short], 'items')).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(counts([short], 'items.companyName')).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(counts([long], 'items')).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(counts([long], 'items.name')).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(evaluateLinkedIn([long]).mismatches.map((m) => m.field)).toEqual([
      'items.companyName[0]',
      'items[2]',
      'items.name[2]',
    ]);
  });

  it('counts a wrong page kind, and the fields read under it', () => {
    const c: LinkedInEvalCase = {
      truth: { fixture: 'p.html', url, kind: 'person', person: { name: 'Pat' } },
      result: { kind: 'company', company: { name: 'Pat' }, missing: [], provenance: {} },
    };
    expect(counts([c], 'kind')).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(counts([c], 'company.name')).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(counts([c], 'person.name')).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it('checks the targets only for fields with >= 3 truths, and always overall', () => {
    const s = (tp: number, fp: number, fn: number) => score(tp, fp, fn);
    expect(missedTargets({ perField: { a: s(1, 0, 1), b: s(9, 0, 1) }, overall: s(10, 0, 2) })).toEqual([
      'overall recall 0.833 < 0.9',
    ]);
    expect(missedTargets({ perField: { a: s(2, 1, 1) }, overall: s(30, 0, 0) })).toEqual([
      'a precision 0.667 < 0.97',
      'a recall 0.667 < 0.9',
    ]);
  });
});
