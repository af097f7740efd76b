/**
 * Per-field precision and recall of extractSite over every saved site page and its truth.
 * Run: npx tsx test/unit/extract/site/eval-report.ts [--mismatches]
 */
import { evaluateExtraction, FIELDS, type FieldScore } from '../../../../lib/extract/site/eval';
import { evalCases } from './fixtures';

const pct = (x: number): string => x.toFixed(3);
const row = (label: string, s: FieldScore): string =>
  `${label.padEnd(20)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}   ${pct(s.precision)}   ${pct(s.recall)}`;

const cases = evalCases();
const { perField, overall, mismatches } = evaluateExtraction(cases);
console.log(`${cases.length} pages\n`);
console.log(`${'field'.padEnd(20)}   tp   fp   fn   precision recall`);
for (const f of FIELDS) console.log(row(f, perField[f]));
console.log(row('overall', overall));
if (process.argv.includes('--mismatches') || mismatches.length) {
  console.log(`\n${mismatches.length} mismatch(es)`);
  for (const m of mismatches) {
    console.log(`  ${m.fixture} ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`);
  }
}
