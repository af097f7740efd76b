import type { Lead, ScoreSnapshot } from '../leads/types';

/**
 * A lead's score state (what a re-score reads and writes), kept apart from the rest of the lead
 * in `scoreBuckets` (lib/db/database.ts) and stored compactly: the fields a whole re-score shares
 * (ICP, bundle, tier, time) once per bucket as a template, and per lead only numbers. A re-score
 * of 50,000 leads then writes a few megabytes of scores, not the leads themselves.
 */
export type ScoreState = Pick<Lead, 'score' | 'previousScore' | 'movedSince'>;

/**
 * A score state with the `updatedAt` (as a number) of the lead body it was written with: a
 * re-score that read the body earlier can tell it is still the one stored.
 */
export interface StampedState extends ScoreState {
  stamp: number;
}

/** The stamp of a lead body. */
export const stampOf = (body: Pick<Lead, 'updatedAt'>): number => Date.parse(body.updatedAt) || 0;

/** What many snapshots of one bucket share. */
type Template = Omit<ScoreSnapshot, 'score' | 'coverage' | 'disqualified' | 'lowConfidence'>;

/**
 * [template, score, coverage, flags] of the score, the stamp, the same four of the previous
 * score (template -1 when there is none), then movedSince (-1 when none).
 * Flags: 1 disqualified, 2 low confidence.
 */
type CompactState = number[];

/** How a score bucket is stored. */
export interface StoredScores {
  id: number;
  templates: Template[];
  items: Record<string, CompactState>;
}

const TEMPLATE_KEYS = [
  'icpId',
  'icpName',
  'bundleVersion',
  'bundleId',
  'tierId',
  'tierLabel',
  'tone',
  'scoredAt',
] as const;

function templateOf(s: ScoreSnapshot): Template {
  return {
    icpId: s.icpId,
    icpName: s.icpName,
    bundleVersion: s.bundleVersion,
    bundleId: s.bundleId,
    tierId: s.tierId,
    tierLabel: s.tierLabel,
    tone: s.tone,
    scoredAt: s.scoredAt,
  };
}

const templateKey = (t: Template) => TEMPLATE_KEYS.map((k) => t[k]).join('\u0000');

/** A bucket's scores in their stored form. */
export function encodeScores(id: number, items: Record<string, StampedState>): StoredScores {
  const templates: Template[] = [];
  const index = new Map<string, number>();
  const ref = (s: ScoreSnapshot): number => {
    const t = templateOf(s);
    const k = templateKey(t);
    let i = index.get(k);
    if (i === undefined) {
      index.set(k, (i = templates.length));
      templates.push(t);
    }
    return i;
  };
  const four = (s: ScoreSnapshot) => [
    ref(s),
    s.score,
    s.coverage,
    (s.disqualified ? 1 : 0) | (s.lowConfidence ? 2 : 0),
  ];
  const out: Record<string, CompactState> = {};
  for (const key in items) {
    const { score, previousScore, movedSince, stamp } = items[key];
    out[key] = [...four(score), stamp, ...(previousScore ? four(previousScore) : [-1, 0, 0, 0]), movedSince ?? -1];
  }
  return { id, templates, items: out };
}

/** A bucket's scores as the leads carry them. */
export function decodeScores(stored: StoredScores | undefined): Record<string, StampedState> {
  const out: Record<string, StampedState> = {};
  if (!stored) return out;
  const { templates } = stored;
  const snapshot = (c: CompactState, at: number): ScoreSnapshot => ({
    ...templates[c[at]],
    score: c[at + 1],
    coverage: c[at + 2],
    disqualified: (c[at + 3] & 1) === 1,
    lowConfidence: (c[at + 3] & 2) === 2,
  });
  for (const key in stored.items) {
    const c = stored.items[key];
    const state: StampedState = { score: snapshot(c, 0), stamp: c[4] };
    if (c[5] >= 0) state.previousScore = snapshot(c, 5);
    if (c[9] >= 0) state.movedSince = c[9];
    out[key] = state;
  }
  return out;
}

/** The score state of a lead, stamped with its body's `updatedAt`. */
export function scoreStateOf(lead: ScoreState & Pick<Lead, 'updatedAt'>): StampedState {
  const state: StampedState = { score: lead.score, stamp: stampOf(lead) };
  if (lead.previousScore) state.previousScore = lead.previousScore;
  if (lead.movedSince !== undefined) state.movedSince = lead.movedSince;
  return state;
}
