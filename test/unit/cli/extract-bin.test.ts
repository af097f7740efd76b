import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/extract/registry';
import { normalizeResult } from '../../../lib/fit/normalize-result';
import { readSavedPage } from '../../../lib/fit/read-page';
import type { ExtractResult } from '../../../lib/extract/types';
import { companySchema } from '../../../lib/icp/company';
import { linkedinFixtureNames, linkedinTruthOf } from '../extract/linkedin/truth';
import { fixtureNames as siteFixtureNames, truthOf as siteTruthOf } from '../extract/site/fixtures';

/**
 * `icp-lens extract` over every saved page (LinkedIn and company sites), each read at the URL of
 * its truth file: the printed JSON has the contract shape and equals extractPage + normalization
 * (on a company site plus the technologies its markup shows: readSavedPage).
 *
 * One process per page costs about 2 s of CPU (tsx and the CLI load first), over a minute for
 * every fixture on 2 cores; so one child process runs the CLI's `main` (what the bin calls) once
 * per page, and the real bin is spawned for one LinkedIn page and one site page to show it prints
 * the same.
 */

const BIN = path.resolve('lib/cli/icp-lens.mjs');
const MAIN = path.resolve('lib/cli/main.ts');

interface Job {
  file: string;
  url: string;
  kind: string;
}

const jobs: Job[] = [
  ...linkedinFixtureNames().map((f) => ({ file: `test/fixtures/linkedin/${f}`, ...pick(linkedinTruthOf(f)) })),
  ...siteFixtureNames().map((f) => ({ file: `test/fixtures/sites/${f}`, ...pick(siteTruthOf(f)) })),
];
function pick(truth: { url: string; kind: string }): { url: string; kind: string } {
  return { url: truth.url, kind: truth.kind };
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A child node process with these arguments, its output and exit code. */
function node(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** Runs `icp-lens extract FILE --url URL` for every job in one child process, as the bin does. */
async function runBatch(list: readonly Job[]): Promise<Run[]> {
  const script = `
    import { tsImport } from 'tsx/esm/api';
    import { pathToFileURL } from 'node:url';
    const jobs = JSON.parse(process.argv[1]);
    const { main } = await tsImport(pathToFileURL(${JSON.stringify(MAIN)}).href, import.meta.url);
    const log = console.log, error = console.error, runs = [];
    for (const job of jobs) {
      let stdout = '', stderr = '';
      console.log = (...a) => { stdout += a.join(' ') + '\\n'; };
      console.error = (...a) => { stderr += a.join(' ') + '\\n'; };
      const code = await main(['extract', job.file, '--url', job.url]);
      console.log = log;
      console.error = error;
      runs.push({ code, stdout, stderr });
    }
    process.stdout.write(JSON.stringify(runs));
  `;
  const out = await node(['--input-type=module', '-e', script, JSON.stringify(list)]);
  if (out.code !== 0) throw new Error(`batch failed (${out.code}): ${out.stderr}`);
  return JSON.parse(out.stdout) as Run[];
}

/** What the content script would send for the page (with the technologies on a site), normalized, as JSON carries it. */
function expected(job: Job): { saved: unknown; extracted: unknown } {
  const doc = new JSDOM(fs.readFileSync(job.file, 'utf8'), { url: job.url }).window.document;
  const url = new URL(job.url);
  const json = (r: ExtractResult) => JSON.parse(JSON.stringify(normalizeResult(r)));
  return { saved: json(readSavedPage(doc, url)), extracted: json(extractPage(doc, url)) };
}

/** The page without the technologies the CLI adds on a company site. */
function withoutTechnologies(page: Record<string, unknown>): Record<string, unknown> {
  const company = { ...(page.company as Record<string, unknown> | undefined) };
  const provenance = { ...(page.provenance as Record<string, unknown>) };
  delete company.technologies;
  delete provenance.technologies;
  return { ...page, ...(page.company ? { company } : {}), provenance };
}

const SOURCES = ['json-ld', 'embedded-json', 'meta', 'markup', 'text', 'url'];
const PERSON_KEYS = [
  'name',
  'headline',
  'title',
  'companyName',
  'companyLinkedinUrl',
  'location',
  'seniority',
  'department',
];

function expectContractShape(page: Record<string, unknown>): void {
  expect(
    Object.keys(page).every((k) => ['kind', 'company', 'person', 'items', 'missing', 'provenance'].includes(k)),
  ).toBe(true);
  expect(['company', 'person', 'list', 'unknown']).toContain(page.kind);
  expect(Array.isArray(page.missing) && page.missing.every((m) => typeof m === 'string')).toBe(true);
  expect(typeof page.provenance).toBe('object');
  for (const [key, p] of Object.entries(page.provenance as Record<string, { source: string; detail?: string }>)) {
    expect(SOURCES, key).toContain(p.source);
    expect(Object.keys(p).every((k) => k === 'source' || k === 'detail')).toBe(true);
    if (p.detail !== undefined) expect(typeof p.detail).toBe('string');
  }
  const person = (v: unknown) => {
    expect(Object.entries(v as object).every(([k, x]) => PERSON_KEYS.includes(k) && typeof x === 'string')).toBe(true);
  };
  if (page.company !== undefined) companySchema.strict().parse(page.company);
  if (page.person !== undefined) person(page.person);
  if (page.items !== undefined) {
    for (const item of page.items as { kind: string; company?: unknown; person?: unknown }[]) {
      expect(['company', 'person']).toContain(item.kind);
      if (item.company !== undefined) companySchema.strict().parse(item.company);
      if (item.person !== undefined) person(item.person);
    }
  }
  if (page.kind === 'company') expect(page.company).toBeDefined();
  if (page.kind === 'person') expect(page.person).toBeDefined();
  if (page.kind === 'list') expect(Array.isArray(page.items)).toBe(true);
}

describe('icp-lens extract over every saved page', () => {
  let runs: Run[] = [];
  let want: ReturnType<typeof expected>[] = [];
  // The child runs the CLI while this process reads the same pages in-process: two cores busy.
  beforeAll(async () => {
    const batch = runBatch(jobs);
    want = jobs.map(expected);
    runs = await batch;
  }, 120_000);

  it('has every LinkedIn and site fixture to read', () => {
    expect(jobs.filter((j) => j.file.includes('/linkedin/')).length).toBeGreaterThanOrEqual(19);
    expect(jobs.filter((j) => j.file.includes('/sites/')).length).toBeGreaterThanOrEqual(28);
    expect(runs).toHaveLength(jobs.length);
  });

  it.each(jobs.map((j, i) => [path.basename(j.file), i] as const))(
    '%s: contract shape, the page kind of its truth, equal to extractPage + normalization',
    (_, i) => {
      const job = jobs[i];
      const run = runs[i];
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const page = JSON.parse(run.stdout) as Record<string, unknown>;
      expectContractShape(page);
      expect(page.kind).toBe(job.kind);
      const { saved, extracted } = want[i];
      expect(page).toEqual(saved);
      expect(withoutTechnologies(page)).toEqual(extracted);
    },
  );

  it('the real bin prints the same as the batch, for a LinkedIn page and a site page', async () => {
    const picked = ['/linkedin/', '/sites/'].map((dir) => jobs.findIndex((j) => j.file.includes(dir)));
    const outs = await Promise.all(picked.map((i) => node([BIN, 'extract', jobs[i].file, '--url', jobs[i].url])));
    outs.forEach((out, k) => {
      expect(out.code).toBe(0);
      expect(out.stderr).toBe('');
      expect(out.stdout).toBe(runs[picked[k]].stdout);
    });
  }, 120_000);
});
