/**
 * `npm run eval:extract`: per-field precision and recall of the extractors over every saved page
 * and its hand-written truth, one table for LinkedIn (test/fixtures/linkedin/truth/) and one for
 * company sites (test/fixtures/sites/truth/). Company sites are read as the CLI reads a saved
 * page (readSavedPage: the site reader plus technology detection over the markup), so their
 * table also scores `technologies`, counted per technology and kept out of `overall`. Exits 1
 * when a target is missed (overall, or a field with at least 3 truth values).
 *
 *   npm run eval:extract                   tables, missed targets, mismatch count
 *   npm run eval:extract -- --mismatches   also every mismatch (fixture, field, expected, got)
 *   npm run eval:extract -- --json         one JSON object
 *   npm run eval:extract -- --markdown     the tables as Markdown (for the README)
 */
import { evaluateLinkedIn, LINKEDIN_FIELDS, missedTargets, TARGETS } from '../../lib/extract/linkedin/eval';
import { evaluateExtraction, FIELDS, type EvalCase, type FieldScore, type Mismatch } from '../../lib/extract/site/eval';
import { readSavedPage } from '../../lib/fit/read-page';
import { linkedinEvalCases } from '../unit/extract/linkedin/truth';
import { fixtureNames, loadPage, truthOf } from '../unit/extract/site/fixtures';

interface Report {
  title: string;
  pages: number;
  fields: readonly string[];
  /** Fields scored on their own, outside `overall` (company sites: technologies). */
  apart: readonly string[];
  perField: Record<string, FieldScore>;
  overall: FieldScore;
  mismatches: Mismatch[];
  missed: string[];
}

function report(
  title: string,
  pages: number,
  fields: readonly string[],
  r: Omit<Report, 'title' | 'pages' | 'fields' | 'apart' | 'missed'>,
  apart: readonly string[] = [],
): Report {
  return { title, pages, fields, apart, ...r, missed: missedTargets(r) };
}

/** Every saved company-site page with its truth and what readSavedPage reads from it. */
function siteEvalCases(): EvalCase[] {
  return fixtureNames().map((fixture) => {
    const truth = truthOf(fixture);
    return { truth, result: readSavedPage(loadPage(fixture, truth.url), new URL(truth.url)) };
  });
}

const linkedinCases = linkedinEvalCases();
const siteCases = siteEvalCases();
const reports = [
  report('LinkedIn', linkedinCases.length, LINKEDIN_FIELDS, evaluateLinkedIn(linkedinCases)),
  report('Company sites', siteCases.length, FIELDS, evaluateExtraction(siteCases, { technologies: true }), [
    'technologies',
  ]),
];

const pct = (x: number): string => x.toFixed(3);
const row = (label: string, s: FieldScore): string =>
  `${label.padEnd(30)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}   ${pct(s.precision)}     ${pct(s.recall)}`;
const mdRow = (label: string, s: FieldScore): string =>
  `| ${label} | ${s.tp} | ${s.fp} | ${s.fn} | ${pct(s.precision)} | ${pct(s.recall)} |`;

function printText(r: Report, withMismatches: boolean): void {
  console.log(`${r.title}: ${r.pages} pages\n`);
  console.log(`${'field'.padEnd(30)}   tp   fp   fn   precision recall`);
  for (const f of r.fields) console.log(row(f, r.perField[f]));
  console.log(row('overall', r.overall));
  for (const f of r.apart) console.log(row(`${f} (not in overall)`, r.perField[f]));
  for (const m of r.missed) console.log(`  target missed: ${m}`);
  if (withMismatches) {
    console.log(`\n${r.mismatches.length} mismatch(es)`);
    for (const m of r.mismatches) {
      console.log(`  ${m.fixture} ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`);
    }
  } else if (r.mismatches.length) {
    console.log(`\n${r.mismatches.length} mismatch(es); --mismatches lists them`);
  }
  console.log('');
}

function printMarkdown(r: Report): void {
  console.log(`${r.title} (${r.pages} pages)\n`);
  console.log('| field | tp | fp | fn | precision | recall |\n|---|--:|--:|--:|--:|--:|');
  console.log(mdRow('**overall**', r.overall));
  // Fields with nothing to find and nothing found say nothing.
  for (const f of r.fields)
    if (r.perField[f].tp + r.perField[f].fp + r.perField[f].fn > 0) console.log(mdRow(f, r.perField[f]));
  for (const f of r.apart) console.log(mdRow(`${f} (not in overall)`, r.perField[f]));
  console.log('');
}

const args = process.argv.slice(2);
if (args.includes('--json')) {
  const out = Object.fromEntries(
    reports.map((r) => [
      r.title === 'LinkedIn' ? 'linkedin' : 'sites',
      { pages: r.pages, perField: r.perField, overall: r.overall, mismatches: r.mismatches, missed: r.missed },
    ]),
  );
  console.log(JSON.stringify({ targets: TARGETS, ...out }, null, 2));
} else if (args.includes('--markdown')) {
  for (const r of reports) printMarkdown(r);
} else {
  console.log(
    `Targets: precision >= ${TARGETS.precision} and recall >= ${TARGETS.recall}, overall and for every field with >= ${TARGETS.minTruths} truth values.\n`,
  );
  for (const r of reports) printText(r, args.includes('--mismatches'));
}
if (reports.some((r) => r.missed.length)) process.exitCode = 1;
