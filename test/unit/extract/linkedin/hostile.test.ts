import { describe, expect, it } from 'vitest';
import { extractCompany } from '../../../../lib/extract/linkedin/company';
import { CAP, pickText } from '../../../../lib/extract/linkedin/dom';
import { extractLinkedIn } from '../../../../lib/extract/linkedin/registry';
import { COMPANY } from '../../../../lib/extract/linkedin/selectors';
import { load, page } from './load';

describe('hostile and garbled company page (hand-made)', () => {
  const { doc, url } = load('hostile');
  const r = extractCompany(doc, url);
  const c = r.company!;

  it('gives markup in values back as plain text', () => {
    expect(c.name).toBe('<img src=x onerror=alert(1)>Evil Corp');
    expect(c.industry).toBe('Hacking & Stuff');
  });

  it('drops script and style text, bidi overrides and doubled spaces from element text', () => {
    const top = doc.querySelector(COMPANY.topCard[0])!;
    expect(pickText(top, COMPANY.name)?.value).toBe('Evil CorpproC liveE<img src=x onerror=alert(1)>');
  });

  it('refuses a javascript: website', () => {
    expect(c.website).toBeUndefined();
    expect(r.missing).toContain('website');
  });

  it('passes absurd numbers through as raw text (normalization judges them)', () => {
    expect(c.size).toBe('99999999999 employees');
    expect(c.employeeCount).toBe('-1 associated members');
    expect(c.followers).toBe('-5 followers');
    expect(c.founded).toBe('year 0');
  });

  it('caps lengths and list sizes', () => {
    expect(c.description!.length).toBeLessThanOrEqual(CAP.description);
    expect(c.specialties).toHaveLength(CAP.list);
    for (const v of Object.values(c)) if (typeof v === 'string') expect(v.length).toBeLessThanOrEqual(CAP.description);
  });

  it('ignores dt labels named like Object.prototype members and blank values', () => {
    expect(Object.keys(c)).not.toContain('constructor');
    expect(c.headquarters).toBeUndefined();
    expect(r.missing).toEqual(['linkedinId', 'website', 'headquarters', 'companyType', 'jobOpenings']);
  });

  it('survives broken JSON-LD and Voyager blocks (the valid JSON-LD block still counts)', () => {
    expect(r.provenance.name.source).toBe('json-ld');
  });
});

describe('the registry never throws', () => {
  it('turns an exception into kind unknown with the reason in missing', () => {
    const { doc, url } = page('<h1>x</h1>');
    const broken = new Proxy(doc, {
      get(target, prop) {
        if (prop === 'querySelector' || prop === 'getElementsByTagName') throw new Error('boom');
        const v = Reflect.get(target, prop);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    expect(extractLinkedIn(broken, url)).toEqual({
      kind: 'unknown',
      missing: ['linkedin-company failed: boom'],
      provenance: {},
    });
  });
});
