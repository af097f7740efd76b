import type { ScoreSnapshot } from '../../../lib/leads/types';
import type { Decision, OutcomeLead, StatusEntry } from '../../../lib/outcomes/types';

/** The time every test counts back from. */
export const AS_OF = '2027-03-31T12:00:00.000Z';
const DAY_MS = 86_400_000;

/** The ISO time `n` days before AS_OF. */
export const daysAgo = (n: number) => new Date(Date.parse(AS_OF) - n * DAY_MS).toISOString();

export const TIERS = {
  a: { tierId: 'a', tierLabel: 'Tier 1', tone: 'high' },
  b: { tierId: 'b', tierLabel: 'Tier 2', tone: 'mid' },
  c: { tierId: 'c', tierLabel: 'Tier 3', tone: 'low' },
} as const;

export const ICP_TIERS = [
  { id: 'a', label: 'Tier 1', min: 80 },
  { id: 'b', label: 'Tier 2', min: 50 },
  { id: 'c', label: 'Tier 3', min: 0 },
];

export function snap(tier: keyof typeof TIERS, over: Partial<ScoreSnapshot> = {}): ScoreSnapshot {
  return {
    icpId: 'saas',
    icpName: 'Mid-market SaaS',
    bundleVersion: 3,
    bundleId: 'team',
    score: tier === 'a' ? 90 : tier === 'b' ? 60 : 20,
    ...TIERS[tier],
    coverage: 1,
    disqualified: false,
    lowConfidence: false,
    scoredAt: daysAgo(400),
    ...over,
  };
}

let n = 0;

/**
 * A lead decided `decided` days ago after `cycle` days, with its status change logged (unless
 * `logged: false`, then dated by updatedAt only).
 */
export function closed(
  tier: keyof typeof TIERS,
  won: boolean,
  decided: number,
  opts: { cycle?: number; logged?: boolean; score?: Partial<ScoreSnapshot> } = {},
): { lead: OutcomeLead; log: StatusEntry[] } {
  const key = `domain:lead${n++}.com`;
  const at = daysAgo(decided);
  const status = won ? 'won' : 'lost';
  const lead: OutcomeLead = {
    key,
    status,
    score: snap(tier, opts.score),
    createdAt: daysAgo(decided + (opts.cycle ?? 10)),
    updatedAt: at,
  };
  const log: StatusEntry[] =
    opts.logged === false ? [] : [{ leadKey: key, at, type: 'status', from: 'working', to: status }];
  return { lead, log };
}

/** Many closes at once: `won` of `count` won. */
export function many(
  tier: keyof typeof TIERS,
  won: number,
  count: number,
  decided: number,
  opts: { cycle?: number; logged?: boolean; score?: Partial<ScoreSnapshot> } = {},
) {
  return Array.from({ length: count }, (_, i) => closed(tier, i < won, decided, opts));
}

export const leadsOf = (xs: { lead: OutcomeLead }[]) => xs.map((x) => x.lead);
export const logOf = (xs: { log: StatusEntry[] }[]) => xs.flatMap((x) => x.log);

/** A decision placed straight in a tier (for the group comparisons). */
export function decision(tier: keyof typeof TIERS, won: boolean, over: Partial<Decision> = {}): Decision {
  return { key: `k${n++}`, won, at: daysAgo(5), logged: true, snapshot: snap(tier), tierKnown: true, ...over };
}

export const decisions = (tier: keyof typeof TIERS, won: number, count: number) =>
  Array.from({ length: count }, (_, i) => decision(tier, i < won));
