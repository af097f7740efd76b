import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '@/lib/cli/main';
import { parseBundle } from '@/lib/icp/errors';
import { readRows } from '@/lib/csv/parse';

const BIN = path.resolve('lib/cli/icp-lens.mjs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-lens-calibrate-'));
const at = (name: string) => path.join(tmp, name);
const write = (name: string, content: string) => {
  fs.writeFileSync(at(name), content);
  return at(name);
};

/** Runs the real command as a user would (a child process), returning its streams and exit code. */
function run(...args: string[]) {
  const out = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: out.status, stdout: out.stdout, stderr: out.stderr.trim() };
}

/**
 * The same command in this process (what the bin calls): for the many refusals, where starting a
 * child process per case would cost seconds and prove nothing more than the cases run above.
 */
async function runHere(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  try {
    const code = await main(args);
    return { code, stdout: out.join('\n'), stderr: err.join('\n').trim() };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

const DEALS = 'test/fixtures/calibrate/deals-hubspot.csv';
const BUNDLE = 'test/fixtures/calibrate/starter-bundle.json';
const SALESFORCE = 'test/fixtures/calibrate/accounts-salesforce.csv';

function csvRows(file: string): string[][] {
  const rows: string[][] = [];
  readRows(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), (r) => {
    if (r.cells.some((c) => c !== '')) rows.push(r.cells);
    return true;
  });
  return rows;
}

describe('icp-lens calibrate', () => {
  it('prints the report and writes a valid suggested bundle one version up', () => {
    const out = at('suggested.json');
    const { code, stdout, stderr } = run('calibrate', DEALS, '--icp', BUNDLE, '--out', out, '--as-of', '2026-06-30');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Calibrated "Mid-market B2B SaaS" \(mid-market-saas\) on 400 accounts: 85 won, 315 lost/);
    expect(stdout).toMatch(/^AUC +0\.\d{3} +0\.\d{3}$/m);
    expect(stdout).toMatch(/^ {2}Software or IT services +\d+ +\d+ +\d+ +\d+\.\d%/m);
    expect(stdout).toContain('! Hiring in the last 90 days: No account has a "hiring" signal');
    expect(stdout).toContain(`Wrote the suggested bundle (version 2, unsigned) to ${out}`);
    const parsed = parseBundle(JSON.parse(fs.readFileSync(out, 'utf8')));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.value.version).toBe(2);
      expect(parsed.value.icps[0].description).toMatch(/Calibrated on 400 won\/lost accounts from deals-hubspot\.csv/);
    }
  });

  it('prints JSON with --json', () => {
    const out = at('suggested-json.json');
    const { code, stdout } = run('calibrate', DEALS, '--icp', BUNDLE, '--out', out, '--json', '--as-of', '2026-06-30');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      rows: 400,
      won: 85,
      lost: 315,
      written: { out, version: 2, icpId: 'mid-market-saas' },
    });
    expect(json.suggested.auc).toBeGreaterThanOrEqual(json.current.auc);
    expect(json.current.auc).toBeGreaterThan(0.5);
    expect(json.criteria.map((c: { id: string }) => c.id)).toEqual([
      'industry',
      'size',
      'region',
      'crm',
      'b2b',
      'hiring',
      'funding',
      'agency',
    ]);
    expect(json.suggestedBundle).toBeUndefined();
    const written = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(written.icps[0].criteria.map((c: { points: number }) => c.points)).toEqual(
      json.criteria.map((c: { suggestedPoints: number }) => c.suggestedPoints),
    );
  });

  it.each([
    [
      [SALESFORCE, '--icp', BUNDLE, '--out', 'x.json'],
      'icp-lens: not enough data (need at least 20 won and 20 lost; this file has 1 won and 2 lost)',
    ],
    [
      [DEALS, '--icp', BUNDLE, '--icp-id', 'nope', '--out', 'x.json'],
      `icp-lens: ${BUNDLE} has no ICP "nope" (it has: mid-market-saas, manufacturing-cloud-erp, enterprise-security)`,
    ],
    [[DEALS, '--icp', BUNDLE], 'icp-lens: missing --out'],
    [
      ['--icp', BUNDLE, '--out', 'x.json'],
      'icp-lens: missing the accounts file: icp-lens calibrate CSV --icp FILE --out FILE',
    ],
    [['/nonexistent.csv', '--icp', BUNDLE, '--out', 'x.json'], 'icp-lens: cannot read /nonexistent.csv: no such file'],
  ])('%j fails with one clear line', async (args, message) => {
    const { code, stderr } = await runHere('calibrate', ...args);
    expect(code).toBe(1);
    expect(stderr).toBe(message);
    expect(fs.existsSync('x.json')).toBe(false);
  });

  it('fails on a file without an outcome column, an empty file and a bad bundle', async () => {
    const noOutcome = write('no-outcome.csv', 'Company name,Industry\nNorthwind,Software Development\n');
    expect(await runHere('calibrate', noOutcome, '--icp', BUNDLE, '--out', at('a.json'))).toMatchObject({
      code: 1,
      stderr: `icp-lens: ${noOutcome}: no column holds the outcome (e.g. "Deal Stage" with Closed Won / Closed Lost)`,
    });
    const empty = write('empty.csv', '');
    expect(await runHere('calibrate', empty, '--icp', BUNDLE, '--out', at('a.json'))).toMatchObject({
      code: 1,
      stderr: `icp-lens: ${empty} is empty`,
    });
    const bad = write('bad-bundle.json', JSON.stringify({ schemaVersion: 1, id: 'x', icps: [] }));
    const result = await runHere('calibrate', DEALS, '--icp', bad, '--out', at('a.json'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^icp-lens: .*bad-bundle\.json: \$\.\w+ /);
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(fs.existsSync(at('a.json'))).toBe(false);
  });
});

describe('icp-lens score-csv', () => {
  it('writes every input row and column with icp_score, icp_tier and icp_reasons', () => {
    const out = at('scored.csv');
    const input = 'test/fixtures/csv/hubspot-companies.csv';
    const { code, stdout, stderr } = run(
      'score-csv',
      '--icp',
      BUNDLE,
      '--in',
      input,
      '--out',
      out,
      '--as-of',
      '2026-06-30',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^.*scored\.csv: scored 6 of 6 rows against "Mid-market B2B SaaS" as of 2026-06-30 \(/);
    const before = csvRows(input);
    const after = csvRows(out);
    expect(after[0]).toEqual([...before[0], 'icp_score', 'icp_tier', 'icp_reasons']);
    expect(after.map((r) => r.slice(0, before[0].length))).toEqual(before);
    for (const row of after.slice(1)) {
      expect(row.at(-3)).toMatch(/^\d{1,3}$/);
      expect(['A — Ideal fit', 'B — Good fit', 'C — Poor fit']).toContain(row.at(-2));
      expect(row.at(-1)).toMatch(/^'\+\d+ /);
    }
    expect(fs.readFileSync(out, 'utf8')).toMatch(/\r\n$/);
  });

  it('picks the ICP by --icp-id', () => {
    const out = at('scored-erp.csv');
    const { code, stdout } = run(
      'score-csv',
      '--icp',
      BUNDLE,
      '--icp-id',
      'manufacturing-cloud-erp',
      '--in',
      SALESFORCE,
      '--out',
      out,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('against "Manufacturing with cloud ERP"');
    expect(stdout).toContain('; 1 not scored (see icp_reasons)');
    expect(csvRows(out)[6].at(-1)).toBe("not scored: line 7, Employees: 'lots' is not a number");
  });

  it.each([
    [['--icp', BUNDLE, '--out', 'x.csv'], 'icp-lens: missing --in'],
    [
      ['--icp', BUNDLE, '--icp-id', 'nope', '--in', SALESFORCE, '--out', 'x.csv'],
      `icp-lens: ${BUNDLE} has no ICP "nope" (it has: mid-market-saas, manufacturing-cloud-erp, enterprise-security)`,
    ],
    [
      ['--icp', BUNDLE, '--in', SALESFORCE, '--out', 'x.csv', '--as-of', 'June'],
      'icp-lens: --as-of must be a date like 2026-06-30, got "June"',
    ],
  ])('%j fails with one clear line', async (args, message) => {
    const { code, stderr } = await runHere('score-csv', ...args);
    expect(code).toBe(1);
    expect(stderr).toBe(message);
    expect(fs.existsSync('x.csv')).toBe(false);
  });

  it('fails on a file with no company column', async () => {
    const file = write('no-company.csv', 'Industry,Employees\nRetail,12\n');
    expect(await runHere('score-csv', '--icp', BUNDLE, '--in', file, '--out', at('b.csv'))).toMatchObject({
      code: 1,
      stderr:
        'icp-lens: no-company.csv: no column holds the company name, domain or LinkedIn page (is the first row a header?)',
    });
  });

  it('lists both verbs in its usage', () => {
    const { stdout } = run('help');
    expect(stdout).toContain('icp-lens score-csv --icp FILE [--icp-id ID] --in CSV --out CSV [--as-of YYYY-MM-DD]');
    expect(stdout).toContain(
      'icp-lens calibrate CSV --icp FILE [--icp-id ID] --out FILE [--json] [--as-of YYYY-MM-DD]',
    );
  });
});
