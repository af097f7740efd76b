import { tierTone } from '../fit/tier-tone';
import type { Company } from '../icp/company';
import type { Icp, IcpBundle } from '../icp/schema';
import type { TierTone } from '../messaging/protocol';
import { snapshotScorer } from './rescore';
import type { ScoreSnapshot } from './types';

/** How many planned rows landed in one tier. */
export interface TierCount {
  tierId: string;
  label: string;
  tone: TierTone;
  count: number;
}

/**
 * Scores the rows of a planned CSV import a slice at a time, so a dialog over 100,000 rows stays
 * responsive: `step` scores the next rows and says whether all are done. The scores kept here are
 * the ones the import writes, so what the preview shows is what the leads get.
 */
export interface ImportScoring {
  readonly icp: Pick<Icp, 'id' | 'name'>;
  readonly total: number;
  /** Rows scored so far (the first `done` entries of `scores`). */
  readonly done: number;
  /** Scores in row order; undefined past `done`. */
  readonly scores: readonly (ScoreSnapshot | undefined)[];
  /** Scores up to `count` more rows; true once every row is scored. */
  step(count: number): boolean;
  /** Rows per tier so far, best tier first (every tier of the ICP, zeros included). */
  tally(): TierCount[];
}

export function importScoring(
  rows: readonly { company: Company }[],
  bundle: Pick<IcpBundle, 'id' | 'version'>,
  icp: Icp,
  at: string,
): ImportScoring {
  const score = snapshotScorer(bundle, icp, at);
  const scores: (ScoreSnapshot | undefined)[] = new Array<ScoreSnapshot | undefined>(rows.length);
  const counts = new Map<string, number>();
  let done = 0;
  return {
    icp: { id: icp.id, name: icp.name },
    total: rows.length,
    get done() {
      return done;
    },
    scores,
    step(count) {
      const end = Math.min(rows.length, done + Math.max(1, Math.floor(count)));
      for (; done < end; done++) {
        const s = score(rows[done]!.company);
        scores[done] = s;
        counts.set(s.tierId, (counts.get(s.tierId) ?? 0) + 1);
      }
      return done >= rows.length;
    },
    tally() {
      return [...icp.tiers]
        .sort((a, b) => b.min - a.min)
        .map((t) => ({ tierId: t.id, label: t.label, tone: tierTone(icp.tiers, t.id), count: counts.get(t.id) ?? 0 }));
    },
  };
}
