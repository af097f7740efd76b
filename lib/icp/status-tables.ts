import { STATUSES } from './result';
import { disqualifies, earnedFor, knownFor, type Plan } from './summarize';

/**
 * The rules of earnedFor, knownFor and disqualifies (summarize.ts), evaluated once per ICP for
 * every criterion and status, indexed by criterion * 4 + status code: scoring adds these up
 * without branching on statuses, which vary from company to company.
 */
export interface StatusTables {
  earned: number[];
  known: number[];
  /** 1 or 0. */
  disqualifies: number[];
}

// Plain arrays rather than typed ones: whole points stay small integers all the way to the
// result, where Float64Array values would turn every result's arrays into arrays of doubles.
export function statusTables(plan: Plan): StatusTables {
  const tables: StatusTables = { earned: [], known: [], disqualifies: [] };
  plan.metas.forEach(({ points, required }, i) => {
    for (const status of STATUSES) {
      tables.earned.push(earnedFor(status, points, plan.partialPoints[i] as number));
      tables.known.push(knownFor(status, points));
      tables.disqualifies.push(disqualifies(status, required) ? 1 : 0);
    }
  });
  return tables;
}
