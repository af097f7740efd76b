import { isoDay, utcDay } from '../icp/dates';

/** Every guide on ICPs says to check them against results each quarter. */
export const REVIEW_EVERY_DAYS = 90;

/** A change of the ICP in use, and what it was ("Saved in the editor (version 4)"). */
export interface IcpChange {
  at: string;
  what: string;
}

/** Where the dates of ICP changes are kept (lib/storage): what the options page reads. */
export interface IcpChangeSources {
  /** Recorded by the background on every change of bundle or chosen ICP, whatever made it. */
  recorded?: string;
  /** The bundle in use; its publishedAt is the manager's publish date (or an editor save's). */
  bundle: { id: string; name: string; version: number; publishedAt: string };
  /** True for the bundled defaults: their date is the release's, not a change of this user's. */
  isDefault: boolean;
  /** The ICP editor's saved versions. */
  history: readonly { bundle: { id: string }; version: number; savedAt: string; note: string }[];
  /** Team sync's last applied bundle. */
  team?: { appliedAt?: string; bundleId?: string; version?: number };
}

const time = (iso: string) => Date.parse(iso);

/** The dated changes the sources know of (unreadable dates left out). */
export function icpChangesOf(s: IcpChangeSources): IcpChange[] {
  const out: IcpChange[] = [];
  if (s.recorded) out.push({ at: s.recorded, what: 'ICP in use changed' });
  for (const h of s.history) {
    if (h.bundle.id === s.bundle.id) out.push({ at: h.savedAt, what: `${h.note} (version ${h.version})` });
  }
  if (s.team?.appliedAt && s.team.bundleId === s.bundle.id) {
    out.push({ at: s.team.appliedAt, what: `Team ICP version ${s.team.version ?? s.bundle.version} applied` });
  }
  if (!s.isDefault) {
    out.push({ at: s.bundle.publishedAt, what: `Version ${s.bundle.version} of “${s.bundle.name}” published` });
  }
  return out.filter((c) => !Number.isNaN(time(c.at)));
}

/** The latest of some changes (the first listed wins a tie); undefined for none. */
export function lastIcpChange(changes: readonly IcpChange[]): IcpChange | undefined {
  return changes.reduce<IcpChange | undefined>(
    (best, c) => (!best || time(c.at) > time(best.at) ? c : best),
    undefined,
  );
}

export type Review =
  | { state: 'unknown' }
  | {
      state: 'upcoming' | 'due' | 'overdue';
      change: IcpChange;
      /** The day of the change (YYYY-MM-DD, UTC). */
      changedOn: string;
      /** The day the review falls due (YYYY-MM-DD, UTC). */
      dueOn: string;
      /** Days until it is due (upcoming), or since (overdue); 0 when due today. */
      days: number;
    };

/**
 * When the ICP should be checked against outcomes again: `every` days after its last change,
 * counted in UTC calendar days as the scoring spec counts them (due on day 90, overdue from 91).
 */
export function reviewOf(change: IcpChange | undefined, asOf: string, every = REVIEW_EVERY_DAYS): Review {
  const today = utcDay(asOf);
  const changed = change && utcDay(change.at);
  if (!change || changed === undefined || today === undefined) return { state: 'unknown' };
  const due = Math.min(changed, today) + every;
  const left = due - today;
  return {
    state: left > 0 ? 'upcoming' : left === 0 ? 'due' : 'overdue',
    change,
    changedOn: isoDay(changed),
    dueOn: isoDay(due),
    days: Math.abs(left),
  };
}

const dayWords = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** The reminder in words: what is due when, and since which change. */
export function reviewWords(r: Review, every = REVIEW_EVERY_DAYS): string {
  if (r.state === 'unknown') {
    return `No ICP change is on record in this browser. Check your ICP against these outcomes now; saving or importing an ICP starts a ${every}-day review clock.`;
  }
  const since = `${every} days after the last ICP change on ${r.changedOn} (${r.change.what})`;
  if (r.state === 'upcoming') return `ICP review due in ${dayWords(r.days)}, on ${r.dueOn}: ${since}.`;
  if (r.state === 'due') return `ICP review due today: ${since}. Check conversion by tier below and adjust the ICP.`;
  return `ICP review overdue by ${dayWords(r.days)} (due ${r.dueOn}, ${since}). Check conversion by tier below and adjust the ICP.`;
}
