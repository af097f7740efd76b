import { describe, expect, it } from 'vitest';
import { reasonsText } from '@/lib/calibrate/reasons';
import { scoreCsv } from '@/lib/calibrate/score-csv';
import { readRows } from '@/lib/csv/parse';
import { midMarketSaas } from '@/lib/icp/defaults';
import { scoreCompany } from '@/lib/icp/score';

const opts = { fileName: 'accounts.csv', asOf: '2026-06-30' };

/** The output's rows as cells. */
function rowsOf(csv: string): string[][] {
  const rows: string[][] = [];
  readRows(csv, (r) => {
    if (r.cells.some((c) => c !== '')) rows.push(r.cells);
    return true;
  });
  return rows;
}

function scored(text: string) {
  const out = scoreCsv(text, midMarketSaas, opts);
  if (!out.ok) throw new Error(out.message);
  return out;
}

describe('scoreCsv', () => {
  const text =
    'Record ID,Company name,Website,Industry,Employees,Country,Notes\r\n' +
    '1,Northwind,northwind.com,Software Development,120,United States,=HYPERLINK("http://x")\r\n' +
    '2,,,Retail,,,\r\n' +
    '3,Fabrikam,fabrikam.de,Retail,lots,Germany,\r\n' +
    '\r\n' +
    '4,Northwind Inc,https://www.northwind.com/about,,,,second row of Northwind\r\n' +
    '5,Contoso,contoso.co.uk,IT Services and IT Consulting,51-200,Brazil,\r\n';

  it('keeps every column and row in order and adds icp_score, icp_tier and icp_reasons', () => {
    const out = scored(text);
    const rows = rowsOf(out.csv);
    expect(rows[0]).toEqual([
      'Record ID',
      'Company name',
      'Website',
      'Industry',
      'Employees',
      'Country',
      'Notes',
      'icp_score',
      'icp_tier',
      'icp_reasons',
    ]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['1', '2', '3', '4', '5']);
    expect(out).toMatchObject({ rows: 5, scored: 3 });
    expect(out.csv.endsWith('\r\n')).toBe(true);
  });

  it('scores with the engine and explains in one short line', () => {
    const rows = rowsOf(scored(text).csv);
    const fit = scoreCompany(
      midMarketSaas,
      { name: 'Northwind', industry: 'Software Development', employees: { min: 120, max: 120 }, hq: { country: 'US' } },
      opts,
    );
    expect(rows[1].slice(7)).toEqual([String(fit.score), fit.tier.label, `'${reasonsText(fit)}`]);
    expect(reasonsText(fit)).toBe(
      '+25 Software or IT services; +20 50-1,000 employees; +15 North America, UK or EU; ' +
        '? unknown: Runs a CRM we integrate with, Sells to businesses, Hiring in the last 90 days, ' +
        'Raised funding in the last 12 months, Agency or outsourcer (penalty)',
    );
  });

  it('scores rows of one company as that company and says why a row was not scored', () => {
    const rows = rowsOf(scored(text).csv);
    // Line 6 is Northwind again (same domain): it shares line 2's score.
    expect(rows[4].slice(7, 9)).toEqual(rows[1].slice(7, 9));
    expect(rows[3].slice(7)).toEqual(['', '', "not scored: line 4, Employees: 'lots' is not a number"]);
    expect(rows[2].slice(7)).toEqual(['', '', 'not scored: line 3: no company name or domain']);
    // Brazil misses a required criterion.
    expect(rows[5][9]).toContain('\u2717 North America, UK or EU (required: disqualified)');
    expect(rows[5][8]).toBe('C — Poor fit');
  });

  it('neutralizes formulas in the cells it writes back', () => {
    expect(rowsOf(scored(text).csv)[1][6]).toBe(`'=HYPERLINK("http://x")`);
  });

  it('replaces the score columns of a file it wrote before instead of adding more', () => {
    const once = scored(text).csv;
    const twice = scored(once).csv;
    expect(rowsOf(twice)[0]).toEqual(rowsOf(once)[0]);
    expect(rowsOf(twice).map((r) => r.slice(7, 9))).toEqual(rowsOf(once).map((r) => r.slice(7, 9)));
  });

  it('keeps a byte order mark when asked to', () => {
    const out = scoreCsv(text, midMarketSaas, { ...opts, bom: true });
    expect(out.ok && out.csv.startsWith('\uFEFFRecord ID')).toBe(true);
  });

  it('refuses a file without a company column or a header', () => {
    expect(scoreCsv('Industry,Employees\nRetail,12\n', midMarketSaas, opts)).toEqual({
      ok: false,
      message: 'accounts.csv: no column holds the company name, domain or LinkedIn page (is the first row a header?)',
    });
    expect(scoreCsv('', midMarketSaas, opts)).toEqual({ ok: false, message: 'accounts.csv is empty.' });
  });
});
