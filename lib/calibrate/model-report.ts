import type { Tier } from '../icp/schema-common';
import { aucOfHistogram, rocOfHistogram } from './auc';
import { KEY_COUNT, KEY_OFFSET, type KeyHistogram } from './ranking';
import { round4 } from './stats';
import type { ModelReport, TierRow } from './types';

/** How an ICP with these tiers ranks the accounts, from the won / lost counts per rank key. */
export function modelReport(h: KeyHistogram, tiers: readonly Tier[]): ModelReport {
  const ordered = [...tiers].sort((a, b) => b.min - a.min);
  const rows: TierRow[] = ordered.map((t) => ({
    id: t.id,
    label: t.label,
    min: t.min,
    accounts: 0,
    won: 0,
    lost: 0,
    winRate: null,
  }));
  let wonTotal = 0;
  let disqualified = 0;
  for (let k = 0; k < KEY_COUNT; k++) {
    const won = h.won[k];
    const lost = h.lost[k];
    if (won === 0 && lost === 0) continue;
    wonTotal += won;
    const score = k - KEY_OFFSET;
    if (score < 0) disqualified += won + lost;
    // A disqualified account is in the lowest tier; any other in the first tier it reaches.
    const at = score < 0 ? rows.length - 1 : ordered.findIndex((t) => score >= t.min);
    const row = rows[at < 0 ? rows.length - 1 : at];
    row.accounts += won + lost;
    row.won += won;
    row.lost += lost;
  }
  for (const row of rows) row.winRate = row.accounts > 0 ? round4(row.won / row.accounts) : null;
  const top = rows[0];
  return {
    auc: round4(aucOfHistogram(h)),
    precisionAtTop: top.winRate,
    recallAtTop: wonTotal > 0 ? round4(top.won / wonTotal) : 0,
    tiers: rows,
    roc: rocOfHistogram(h),
    disqualified,
  };
}
