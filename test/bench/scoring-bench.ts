/**
 * Scoring throughput on one core, as `npm run bench` reports it: the 20-criterion benchIcp over
 * 10,000 distinct, varied companies cycled through the timed loop, so no round sees a company
 * twice in a row and nothing about one company can be reused for the next. Each figure is the
 * best of 5 rounds of 500,000 scorings after a warm-up; the median round is reported beside it
 * (other processes on the machine slow some rounds down).
 *
 * - scoring.companiesPerSecond: compileIcpSummary, the bulk path (score, tier, coverage,
 *   statuses, no evidence), used to re-score saved leads and CSV files.
 * - scoring.explainedPerSecond: compileIcp, the full result with an evidence line per criterion,
 *   as the popup shows it.
 *
 * Run alone: npx tsx test/bench/scoring-bench.ts
 */
import { pathToFileURL } from 'node:url';
import type { Company } from '../../lib/icp/company';
import { compileIcp, compileIcpSummary } from '../../lib/icp/score';
import { benchCompanies, benchIcp } from './bench-data';

type Figures = Record<string, number>;

const AS_OF = '2026-06-30';
const COMPANIES = 10_000;
const ROUNDS = 5;
const PER_ROUND = 500_000;
const WARM_UP = 200_000;

/** Scorings per second of each round; `score` returns a number the loop adds up (so it runs). */
function rounds(companies: readonly Company[], score: (company: Company) => number): number[] {
  let sink = 0;
  let next = 0;
  const run = (count: number): number => {
    // Locals in the loop; the closure's variables are written back once per round.
    let at = next;
    let sum = 0;
    const start = process.hrtime.bigint();
    for (let i = 0; i < count; i++) {
      sum += score(companies[at] as Company);
      if (++at === companies.length) at = 0;
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    next = at;
    sink += sum;
    return seconds;
  };
  run(WARM_UP);
  const perSecond = Array.from({ length: ROUNDS }, () => PER_ROUND / run(PER_ROUND));
  if (sink === Number.MIN_SAFE_INTEGER) console.log(sink); // keeps the results alive
  return perSecond;
}

function bestAndMedian(name: string, perSecond: number[]): Figures {
  const sorted = [...perSecond].sort((a, b) => b - a);
  return {
    [name]: Math.round(sorted[0] as number),
    [`${name}Median`]: Math.round(sorted[Math.floor(sorted.length / 2)] as number),
  };
}

export function scoringFigures(): Figures {
  const companies = benchCompanies(COMPANIES);
  const summarize = compileIcpSummary(benchIcp, { asOf: AS_OF });
  const summary = rounds(companies, (company) => {
    const s = summarize(company);
    return s.score + s.coverage + s.statuses.length;
  });
  const explain = compileIcp(benchIcp, { asOf: AS_OF });
  const explained = rounds(companies, (company) => {
    const r = explain(company);
    return r.score + r.coverage + (r.criteria[0]?.evidence.length ?? 0);
  });
  return {
    ...bestAndMedian('scoring.companiesPerSecond', summary),
    ...bestAndMedian('scoring.explainedPerSecond', explained),
    'scoring.companiesMeasured': companies.length,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.table(Object.entries(scoringFigures()).map(([metric, value]) => ({ metric, value })));
}
