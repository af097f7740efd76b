import { utcDay } from '../icp/dates';
import type { ScoreSnapshot } from '../leads/types';
import type { Decision, OutcomeLead, StatusEntry } from './types';

const time = (iso: string) => Date.parse(iso);
const sameTier = (a: ScoreSnapshot, b: ScoreSnapshot) => a.icpId === b.icpId && a.tierId === b.tierId;

/**
 * The score a lead had when it was decided, as far as the data tells. A lead keeps its current
 * score and, after a re-score that moved its score or tier, the one before (`previousScore`);
 * a re-score that moves nothing only rewrites the current snapshot. So the tier at `at` is known
 * when: the current score was written by then (nothing changed since); or the score never moved
 * since the lead was saved (no `previousScore`); or the move kept the tier and the score before
 * it was written by then. Otherwise the lead changed tier at a time between the two snapshots
 * that nothing records: it is counted in its current tier, marked `tierKnown: false`.
 */
export function snapshotWhenDecided(
  lead: Pick<OutcomeLead, 'score' | 'previousScore'>,
  at: string,
): { snapshot: ScoreSnapshot; tierKnown: boolean } {
  const { score, previousScore } = lead;
  const t = time(at);
  const known =
    time(score.scoredAt) <= t ||
    !previousScore ||
    (time(previousScore.scoredAt) <= t && sameTier(previousScore, score));
  return { snapshot: score, tierKnown: known };
}

/** Each lead's latest status change (by time; the log's order breaks ties). */
function latestStatusChanges(log: readonly StatusEntry[]): Map<string, StatusEntry> {
  const latest = new Map<string, StatusEntry>();
  for (const entry of log) {
    if (entry.type !== 'status') continue;
    const had = latest.get(entry.leadKey);
    if (!had || time(entry.at) >= time(had.at)) latest.set(entry.leadKey, entry);
  }
  return latest;
}

/** Whole calendar days (UTC) from one date to another, never below 0. */
export function daysBetween(from: string, to: string): number | undefined {
  const a = utcDay(from);
  const b = utcDay(to);
  return a === undefined || b === undefined ? undefined : Math.max(0, b - a);
}

/**
 * The won and lost leads, each dated by its decision: the latest status change in the activity
 * log, when that change set the status the lead has now. A lead without one (imported as won or
 * lost from a CRM file, or given its status by a merge, neither of which logs a status change)
 * is dated by its last update and gets no days-to-close: its sales cycle happened elsewhere.
 */
export function decisionsOf(leads: readonly OutcomeLead[], log: readonly StatusEntry[]): Decision[] {
  const latest = latestStatusChanges(log);
  const out: Decision[] = [];
  for (const lead of leads) {
    if (lead.status !== 'won' && lead.status !== 'lost') continue;
    const entry = latest.get(lead.key);
    const logged = entry?.to === lead.status;
    const at = logged ? entry.at : lead.updatedAt;
    const decision: Decision = {
      key: lead.key,
      won: lead.status === 'won',
      at,
      logged,
      // The log keeps the score at the change (since it does); older entries fall back to inference.
      ...(logged && entry.score ? { snapshot: entry.score, tierKnown: true } : snapshotWhenDecided(lead, at)),
    };
    const days = logged ? daysBetween(lead.createdAt, at) : undefined;
    if (days !== undefined) decision.days = days;
    out.push(decision);
  }
  return out;
}
