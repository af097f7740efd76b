import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = path.resolve('lib/cli/icp-lens.mjs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-lens-cli-'));
const write = (name: string, content: unknown) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

/** Runs the real command as a user would (a child process), returning its streams and exit code. */
function run(...args: string[]) {
  const out = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: out.status, stdout: out.stdout, stderr: out.stderr.trim() };
}

const vectors = JSON.parse(fs.readFileSync('test/fixtures/scoring-vectors.json', 'utf8'));
const bundle = 'test/fixtures/bundles/germany-only.json';

describe('icp-lens score', () => {
  it('prints the spec result for a golden vector', () => {
    const c = vectors.cases[1];
    const icp = write('icp.json', vectors.icps[c.icp]);
    const company = write('company.json', c.company);
    const { code, stdout } = run('score', '--icp', icp, '--company', company, '--as-of', vectors.asOf);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({
      score: c.expected.score,
      tier: c.expected.tier,
      disqualified: c.expected.disqualified,
      coverage: c.expected.coverage,
      lowConfidence: c.expected.lowConfidence,
      dimensions: c.expected.dimensions,
    });
    expect(Object.fromEntries(result.criteria.map((x: { id: string; status: string }) => [x.id, x.status]))).toEqual(
      c.expected.criteria,
    );
  });

  it('picks an ICP from a bundle by --icp-id and names the ones it has when the id is wrong', () => {
    const company = write('de.json', { industry: 'Software Development', hq: { country: 'DE' } });
    expect(JSON.parse(run('score', '--icp', bundle, '--icp-id', 'germany', '--company', company).stdout).score).toBe(
      100,
    );
    const bad = run('score', '--icp', bundle, '--icp-id', 'nope', '--company', company);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(`icp-lens: ${bundle} has no ICP "nope" (it has: germany)`);
  });

  it.each([
    [['score', '--company', 'x.json'], 'icp-lens: missing --icp'],
    [
      ['score', '--icp', bundle, '--company', '/nonexistent.json'],
      'icp-lens: cannot read /nonexistent.json: no such file',
    ],
    [
      ['score', '--icp', bundle, '--company', bundle, '--as-of', '30/06/2026'],
      'icp-lens: --as-of must be a date like 2026-06-30, got "30/06/2026"',
    ],
    [['frobnicate'], 'icp-lens: unknown command "frobnicate" (try: score, extract, validate)'],
  ])('%j fails with one clear line', (args, message) => {
    const { code, stderr } = run(...args);
    expect(code).toBe(1);
    expect(stderr).toBe(message);
  });

  it('refuses a company that is not a normalized company, saying where', () => {
    const company = write('bad-company.json', { employees: { min: 'many' } });
    const { code, stderr } = run('score', '--icp', bundle, '--company', company);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^icp-lens: .*bad-company\.json: \$\.employees\.min /);
  });
});

describe('icp-lens validate', () => {
  it('accepts a good bundle', () => {
    const { code, stdout } = run('validate', bundle);
    expect(code).toBe(0);
    expect(stdout).toContain('valid bundle "Germany only" version 3');
  });

  it('prints every error with its JSON path and exits 1', () => {
    const broken = JSON.parse(fs.readFileSync(bundle, 'utf8'));
    broken.icps[0].criteria[1].points = 'sixty';
    broken.version = 0;
    const { code, stdout, stderr } = run('validate', write('broken.json', broken));
    expect(code).toBe(1);
    expect(stdout).toContain('$.icps[0].criteria[1].points');
    expect(stdout).toContain('$.version');
    expect(stderr).toMatch(/^icp-lens: .*broken\.json is not a valid bundle \(\d+ errors?\)$/);
  });

  it('says when a file is not JSON', () => {
    const { code, stderr } = run('validate', write('junk.json', '{ nope'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/junk\.json is not valid JSON/);
  });
});

describe('icp-lens extract', () => {
  it('prints the normalized company of a saved page', () => {
    const { code, stdout } = run(
      'extract',
      'test/fixtures/sample/northwind-analytics-company.html',
      '--url',
      'https://www.linkedin.com/company/northwind-analytics/',
    );
    expect(code).toBe(0);
    const page = JSON.parse(stdout);
    expect(page.kind).toBe('company');
    expect(page.company).toMatchObject({
      name: 'Northwind Analytics',
      domain: 'northwind-analytics.com',
      hq: { country: 'US', region: 'US-CA' },
    });
    expect(page.provenance.name.source).toBeDefined();
    expect(Array.isArray(page.missing)).toBe(true);
  });

  it('needs a URL', () => {
    expect(run('extract', 'test/fixtures/sample/northwind-analytics-company.html', '--url', 'nope').stderr).toBe(
      'icp-lens: --url is not a URL: "nope"',
    );
  });
});
