/**
 * How long calibrating 100,000 accounts takes in Node, end to end (CSV text -> report):
 *   npx tsx test/unit/calibrate/measure-100k.ts [runs]
 * Prints each run's wall-clock and CPU time for reading the CSV and for calibrating, then the
 * median total. CPU time is the fairer figure on a machine shared with other work.
 */
import { accountsFromCsv, calibrate } from '../../../lib/calibrate';
import { syntheticAccounts, syntheticCsv } from '../../../lib/calibrate/synthetic';
import { defaultBundle, midMarketSaas } from '../../../lib/icp/defaults';

const runs = Number(process.argv[2] ?? 3);
const { accounts, asOf } = syntheticAccounts({ seed: 1, count: 100_000 });
const csv = syntheticCsv(accounts);
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

const totals: number[] = [];
for (let run = 1; run <= runs; run++) {
  const [t0, c0] = [performance.now(), cpuMs()];
  const read = accountsFromCsv(csv, { fileName: 'deals.csv' });
  const [t1, c1] = [performance.now(), cpuMs()];
  const outcome = calibrate(read.accounts, defaultBundle, midMarketSaas.id, { asOf });
  const [t2, c2] = [performance.now(), cpuMs()];
  if (!outcome.ok) throw new Error(outcome.problem.message);
  totals.push(t2 - t0);
  const ms = (x: number) => `${Math.round(x)} ms`;
  console.log(
    `run ${run}: read ${ms(t1 - t0)} (cpu ${ms(c1 - c0)}), calibrate ${ms(t2 - t1)} (cpu ${ms(c2 - c1)}), ` +
      `total ${ms(t2 - t0)}; AUC ${outcome.report.current.auc} -> ${outcome.report.suggested.auc}`,
  );
}
totals.sort((a, b) => a - b);
console.log(
  `median total for ${accounts.length.toLocaleString('en-US')} accounts (${(csv.length / 1e6).toFixed(1)} MB of CSV): ${Math.round(totals[Math.floor(totals.length / 2)])} ms`,
);
