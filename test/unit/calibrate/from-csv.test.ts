import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accountsFromCsv, calibrate, parseAmount } from '@/lib/calibrate';
import { syntheticAccounts, syntheticCsv, syntheticTrueIcp } from '@/lib/calibrate/synthetic';
import { readCsvText } from '@/lib/csv/encoding';
import { planImport } from '@/lib/csv/import';
import { defaultBundle, midMarketSaas } from '@/lib/icp/defaults';
import { parseIcp } from '@/lib/icp/errors';
import { leadFromImportRow } from '@/lib/leads/from-import';

const read = (text: string) => accountsFromCsv(text, { fileName: 'deals.csv' });
const fixture = (name: string) => fs.readFileSync(`test/fixtures/calibrate/${name}`);

describe('accountsFromCsv: header variants', () => {
  it.each([
    [
      'HubSpot',
      'Company name,Company Domain Name,Industry,Number of Employees,Annual Revenue,Country/Region,Amount,Deal Stage\n' +
        'Northwind,northwind.com,Software Development,120,12000000,United States,"12,000",Closed Won\n' +
        'Fabrikam,fabrikam.de,Retail,850,,Germany,,Closed Lost\n',
    ],
    [
      'Salesforce',
      'Account Name,Website,Industry,Employees,Annual Revenue,Billing Country,Stage,Opportunity Amount\n' +
        'Northwind,https://www.northwind.com,Software Development,120,12000000,USA,Closed Won,12000\n' +
        'Fabrikam,fabrikam.de,Retail,850,,Germany,Closed Lost,\n',
    ],
    [
      'our own names',
      'name,domain,industry,employeesMin,employeesMax,revenueMinUsd,country,status,amount\n' +
        'Northwind,northwind.com,Software Development,120,120,12000000,US,won,12000\n' +
        'Fabrikam,fabrikam.de,Retail,850,850,,DE,lost,\n',
    ],
  ])('reads %s headers into the same accounts', (_name, text) => {
    const result = read(text);
    expect(result.hasOutcomeColumn).toBe(true);
    expect(
      result.accounts.map((a) => [a.name, a.outcome, a.dealSize, a.company.industry, a.company.hq?.country]),
    ).toEqual([
      ['Northwind', 'won', 12000, 'Software Development', 'US'],
      ['Fabrikam', 'lost', undefined, 'Retail', 'DE'],
    ]);
    expect(result.accounts[0].company.employees?.min).toBe(120);
    expect(result.mapping.find((m) => m.field === 'amount')).toBeDefined();
  });

  it('reads the Salesforce fixture: merges deals of one company, skips open deals, lists row errors', () => {
    const text = readCsvText(fixture('accounts-salesforce.csv'), 'accounts-salesforce.csv').text;
    const result = accountsFromCsv(text, { fileName: 'accounts-salesforce.csv' });
    // Adventure Works: won on line 2, lost on line 6: one account, won, with the first amount.
    expect(result.accounts.map((a) => [a.line, a.name, a.outcome, a.dealSize])).toEqual([
      [2, 'Adventure Works', 'won', 48000],
      [3, 'Litware', 'lost', 9500],
      [5, 'Fourth Coffee', 'lost', undefined],
    ]);
    expect(result.noOutcome).toEqual({ count: 1, lines: [4] });
    expect(result.stats).toEqual({ dataRows: 6, rejected: 1, merged: 1, truncated: false });
    expect(result.errors).toEqual([expect.objectContaining({ line: 7, code: 'not-a-number' })]);
    const amount = result.warnings.find((w) => w.code === 'bad-amount');
    expect(amount).toMatchObject({ column: 'Amount', lines: [5], count: 1 });
    expect(amount?.message).toBe('Amount: 1 row has no plain amount; the deal size is left out (lines 5).');
  });

  it('says when no column holds the outcome', () => {
    const result = read('Company name,Industry\nNorthwind,Software Development\n');
    expect(result.hasOutcomeColumn).toBe(false);
    expect(result.accounts).toEqual([]);
    expect(result.noOutcome.count).toBe(1);
    expect(result.warnings.map((w) => w.code)).toContain('no-outcome-column');
  });

  it('gives a clear "not enough data" for a file with too few outcomes', () => {
    const text = readCsvText(fixture('accounts-salesforce.csv'), 'x.csv').text;
    const outcome = calibrate(read(text).accounts, defaultBundle, midMarketSaas.id, { asOf: '2026-06-30' });
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.problem.message).toBe(
      'not enough data (need at least 20 won and 20 lost; this file has 1 won and 2 lost)',
    );
  });
});

describe('synthetic accounts through a HubSpot-style CSV', () => {
  it('read back as the same companies, outcomes and deal sizes', () => {
    const { accounts } = syntheticAccounts({ seed: 3, count: 500 });
    const result = read(syntheticCsv(accounts));
    expect(result.errors).toEqual([]);
    expect(result.stats.merged).toBe(0);
    expect(result.accounts).toEqual(accounts);
  });

  it('the fixture file is what its generator writes (seed 7, 400 accounts)', () => {
    const { accounts } = syntheticAccounts({ seed: 7, count: 400 });
    expect(fixture('deals-hubspot.csv').toString('utf8')).toBe(syntheticCsv(accounts));
  });

  it('decides outcomes by a valid ICP', () => {
    expect(parseIcp(syntheticTrueIcp).ok).toBe(true);
  });

  it('is the same for the same seed and different for another', () => {
    const a = syntheticAccounts({ seed: 5, count: 200 });
    expect(syntheticAccounts({ seed: 5, count: 200 })).toEqual(a);
    expect(syntheticAccounts({ seed: 6, count: 200 }).accounts).not.toEqual(a.accounts);
    const won = a.accounts.filter((x) => x.outcome === 'won').length;
    expect(won).toBeGreaterThan(20);
    expect(won).toBeLessThan(180);
  });
});

describe('parseAmount', () => {
  it.each([
    ['12000', 12000],
    ['12,000', 12000],
    ['$48,000.00', 48000],
    ['€ 9500', 9500],
    ['USD 1,250.50', 1250.5],
    ['1500 EUR', 1500],
    ['tbd', undefined],
    ['12.000,00', undefined],
    ['-500', undefined],
    ['', undefined],
  ])('%j is %j', (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });
});

describe('the deal amount column and the leads import', () => {
  it('is read for calibration and left out of saved leads', () => {
    const text = 'Company name,Amount,Deal Stage\nNorthwind,"12,000",Closed Won\n';
    const plan = planImport(text, undefined, { fileName: 'deals.csv' });
    expect(plan.mapping[1]).toEqual({ index: 1, header: 'Amount', field: 'amount' });
    expect(plan.warnings.map((w) => w.code)).not.toContain('unmapped-header');
    const lead = leadFromImportRow(plan.rows[0], plan, () => undefined as never, '2026-06-30T00:00:00.000Z');
    expect(JSON.stringify(lead)).not.toContain('12,000');
    expect(lead.company).toEqual({ name: 'Northwind' });
  });
});
