import { foldKey } from '../normalize/fold-key';
import type { LeadRow, LeadStatus } from './types';

/** What the leads table is narrowed to. Empty lists and undefined bounds mean "any". */
export interface LeadFilters {
  /** Free text: name, domain, tags, notes, ICP and status, accent- and case-insensitive. */
  text: string;
  tones: string[];
  statuses: LeadStatus[];
  icpIds: string[];
  tags: string[];
  minScore?: number;
  maxScore?: number;
  /** Saved on or after / before this day (YYYY-MM-DD, inclusive). */
  savedFrom?: string;
  savedTo?: string;
}

export const NO_FILTERS: LeadFilters = { text: '', tones: [], statuses: [], icpIds: [], tags: [] };

/** The sort the leads page opens with: best score first. */
export const DEFAULT_SORT: Sort = { key: 'score', desc: true };

export type SortKey = 'name' | 'score' | 'tier' | 'icp' | 'status' | 'lastSeen' | 'createdAt' | 'updatedAt';
export interface Sort {
  key: SortKey;
  desc: boolean;
}

// eslint-disable-next-line no-control-regex -- plain ASCII text takes the short way (most names and notes)
const ASCII = /^[\u0000-\u007f]*$/;

/** foldKey, with a short way for plain ASCII (what foldKey gives it, without Unicode normalization). */
function fold(text: string): string {
  if (!ASCII.test(text)) return foldKey(text);
  return text
    .toLowerCase()
    .replace(/[.'`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// ICP names, statuses and tier labels repeat on thousands of rows: each is folded once.
const folded = new Map<string, string>();
function foldOnce(text: string): string {
  let f = folded.get(text);
  if (f === undefined) {
    if (folded.size > 1000) folded.clear();
    folded.set(text, (f = foldKey(text)));
  }
  return f;
}

/**
 * The folded text a row is searched by (stored in the row as `search` when it is written):
 * its parts folded one by one, so one accented word does not send the whole text down the
 * slow path, and the parts rows share are folded once.
 */
export function searchText(r: Omit<LeadRow, 'search'>): string {
  const parts = [fold(r.name), r.domain && fold(r.domain), foldOnce(r.icpName), foldOnce(r.status)];
  parts.push(foldOnce(r.tierLabel), r.notesPreview && fold(r.notesPreview));
  for (const t of r.tags) parts.push(foldOnce(t));
  return parts.filter(Boolean).join(' ');
}

/** Rows written before `search` existed are folded once, cached per row object. */
const haystacks = new WeakMap<LeadRow, string>();
function haystack(r: LeadRow): string {
  if (r.search !== undefined) return r.search;
  let h = haystacks.get(r);
  if (h === undefined) {
    h = searchText(r);
    haystacks.set(r, h);
  }
  return h;
}

/** Every row's search text in one string (a newline between rows) and where each row starts. */
interface Corpus {
  text: string;
  starts: Int32Array;
}
const corpora = new WeakMap<readonly LeadRow[], Corpus>();

/** The corpus of a list of rows, built once per list (searchCorpus warms it before the first search). */
export function searchCorpus(rows: readonly LeadRow[]): Corpus {
  let c = corpora.get(rows);
  if (!c) {
    const starts = new Int32Array(rows.length + 1);
    const parts = new Array<string>(rows.length);
    let at = 0;
    for (let i = 0; i < rows.length; i++) {
      starts[i] = at;
      parts[i] = haystack(rows[i]);
      at += parts[i].length + 1;
    }
    starts[rows.length] = at;
    corpora.set(rows, (c = { text: parts.join('\n'), starts }));
  }
  return c;
}

/** The index of the row whose text holds position `at`. */
function rowAt(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Which rows hold every word: each word is looked for in the corpus with indexOf, jumping to
 * the next row after a hit (a folded word has no newline, so it never spans two rows).
 */
function rowsWithWords(rows: readonly LeadRow[], words: readonly string[]): Uint8Array {
  const { text, starts } = searchCorpus(rows);
  let all: Uint8Array | undefined;
  for (const w of words) {
    const hit = new Uint8Array(rows.length);
    for (let at = text.indexOf(w); at !== -1;) {
      const i = rowAt(starts, at);
      if (!all || all[i]) hit[i] = 1;
      at = text.indexOf(w, starts[i + 1]);
    }
    all = hit;
  }
  return all ?? new Uint8Array(rows.length).fill(1);
}

/** Rows that pass every filter, in their input order. One pass; 50,000 rows in a few ms. */
export function filterRows(rows: readonly LeadRow[], f: LeadFilters): LeadRow[] {
  const words = f.text.trim() ? foldKey(f.text).split(' ').filter(Boolean) : [];
  const found = words.length ? rowsWithWords(rows, words) : undefined;
  const tones = f.tones.length ? new Set(f.tones) : undefined;
  const statuses = f.statuses.length ? new Set<string>(f.statuses) : undefined;
  const icps = f.icpIds.length ? new Set(f.icpIds) : undefined;
  const from = f.savedFrom;
  const to = f.savedTo ? `${f.savedTo}\uffff` : undefined;
  const out: LeadRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (found && !found[i]) continue;
    if (tones && !tones.has(r.tone)) continue;
    if (statuses && !statuses.has(r.status)) continue;
    if (icps && !icps.has(r.icpId)) continue;
    if (f.minScore !== undefined && r.score < f.minScore) continue;
    if (f.maxScore !== undefined && r.score > f.maxScore) continue;
    if (from && r.createdAt < from) continue;
    if (to && r.createdAt > to) continue;
    if (f.tags.length && !f.tags.every((t) => r.tags.includes(t))) continue;
    out.push(r);
  }
  return out;
}

const STATUS_ORDER: Record<LeadStatus, number> = { new: 0, working: 1, qualified: 2, won: 3, lost: 4, disqualified: 5 };
const TONE_ORDER: Record<string, number> = { high: 0, mid: 1, low: 2 };

// Names as a sort compares them: lower case, accents off ("Émile" sorts with "emile"). Made
// once per row object: a live list keeps the row objects of the buckets that did not change.
const nameKeys = new WeakMap<LeadRow, string>();
// eslint-disable-next-line no-control-regex -- any character past ASCII
const NON_ASCII = /[^\u0000-\u007f]/;
function nameKeyOf(r: LeadRow): string {
  let n = nameKeys.get(r);
  if (n === undefined) {
    n = r.name.toLowerCase();
    if (NON_ASCII.test(n)) n = n.normalize('NFD').replace(/\p{M}/gu, '');
    nameKeys.set(r, n);
  }
  return n;
}
const icpKeyOf = (r: LeadRow) => r.icpName.toLowerCase();

/** The primary sort value of a row, ascending (numbers or text). */
function primaryOf(key: SortKey): ((r: LeadRow) => number) | ((r: LeadRow) => string) {
  switch (key) {
    case 'name':
      return nameKeyOf;
    case 'score':
      return (r) => r.score;
    case 'tier':
      // Best tone last (ascending), then by score within a tone.
      return (r) => -(TONE_ORDER[r.tone] ?? 9) * 1000 + r.score;
    case 'icp':
      return icpKeyOf;
    case 'status':
      return (r) => STATUS_ORDER[r.status];
    default:
      return (r) => r[key];
  }
}

/**
 * A sorted copy; ties fall back to score (best first), then name, then key, so the order is
 * stable. The sort values are read once per row into arrays and indexes are sorted over them:
 * 50,000 rows sort in a few tens of milliseconds, not the seconds a comparator over objects took.
 */
export function sortRows(rows: readonly LeadRow[], sort: Sort): LeadRow[] {
  if (sort.key === 'score') return byScore(rows, sort.desc);
  const dir = sort.desc ? -1 : 1;
  const n = rows.length;
  const get = primaryOf(sort.key);
  const primary = new Array<number | string>(n);
  const scores = new Float64Array(n);
  const names = new Array<string>(n);
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    primary[i] = get(r);
    scores[i] = r.score;
    names[i] = nameKeyOf(r);
    order[i] = i;
  }
  order.sort((i, j) => {
    const a = primary[i];
    const b = primary[j];
    if (a !== b) return (a < b ? -1 : 1) * dir;
    if (scores[i] !== scores[j]) return scores[j] - scores[i];
    const x = names[i];
    const y = names[j];
    if (x !== y) return x < y ? -1 : 1;
    return rows[i].key < rows[j].key ? -1 : rows[i].key > rows[j].key ? 1 : 0;
  });
  const out = new Array<LeadRow>(n);
  for (let i = 0; i < n; i++) out[i] = rows[order[i]];
  return out;
}

/**
 * The default sort, by score, in steps: rows go into one group per score (a counting sort),
 * and each step sorts the rows of one score by name, so a caller can yield between steps
 * (sortRowsInSlices). The order sortRows gives.
 */
function* byScoreSteps(rows: readonly LeadRow[], desc: boolean, out: LeadRow[]): Generator<void> {
  const groups = new Map<number, number[]>();
  for (let i = 0; i < rows.length; i++) {
    const s = rows[i].score;
    let g = groups.get(s);
    if (!g) groups.set(s, (g = []));
    g.push(i);
  }
  const scores = [...groups.keys()].sort((a, b) => (desc ? b - a : a - b));
  for (const s of scores) {
    const g = groups.get(s)!;
    const names = g.map((i) => nameKeyOf(rows[i]));
    const order = g.map((_, j) => j);
    order.sort((a, b) => {
      const x = names[a];
      const y = names[b];
      if (x !== y) return x < y ? -1 : 1;
      const p = rows[g[a]].key;
      const q = rows[g[b]].key;
      return p < q ? -1 : p > q ? 1 : 0;
    });
    for (const j of order) out.push(rows[g[j]]);
    yield;
  }
}

function byScore(rows: readonly LeadRow[], desc: boolean): LeadRow[] {
  const out: LeadRow[] = [];
  const steps = byScoreSteps(rows, desc, out);
  while (!steps.next().done);
  return out;
}

/**
 * sortRows, giving the main thread back every `sliceMs` (awaiting `pause`) when sorting by
 * score: a live list of 50,000 rows is re-sorted without a long task. Undefined when `cancelled`
 * turned true meanwhile (newer rows are being sorted).
 */
export async function sortRowsInSlices(
  rows: readonly LeadRow[],
  sort: Sort,
  pause: () => Promise<void>,
  cancelled: () => boolean,
  sliceMs = 12,
): Promise<LeadRow[] | undefined> {
  if (sort.key !== 'score') return sortRows(rows, sort);
  const out: LeadRow[] = [];
  let start = performance.now();
  const steps = byScoreSteps(rows, sort.desc, out);
  while (!steps.next().done) {
    if (performance.now() - start < sliceMs) continue;
    await pause();
    if (cancelled()) return undefined;
    start = performance.now();
  }
  return out;
}

/**
 * The first `count` rows of the default view (no filter, DEFAULT_SORT), without sorting them
 * all: only the rows at or above the score of the `count`-th best are sorted.
 */
export function topRows(rows: readonly LeadRow[], count: number): LeadRow[] {
  const perScore = new Map<number, number>();
  for (const r of rows) perScore.set(r.score, (perScore.get(r.score) ?? 0) + 1);
  let floor = -Infinity;
  let seen = 0;
  for (const score of [...perScore.keys()].sort((a, b) => b - a)) {
    seen += perScore.get(score)!;
    floor = score;
    if (seen >= count) break;
  }
  return sortRows(
    rows.filter((r) => r.score >= floor),
    DEFAULT_SORT,
  ).slice(0, count);
}

/** Every tag in use, most used first. */
export function allTags(rows: readonly LeadRow[]): string[] {
  const counts = new Map<string, number>();
  for (const r of rows) for (const t of r.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
}

/** The ICPs leads were scored with, by id. */
export function allIcps(rows: readonly LeadRow[]): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  for (const r of rows) if (!byId.has(r.icpId)) byId.set(r.icpId, r.icpName);
  return [...byId].map(([id, name]) => ({ id, name }));
}

// ---- Chart data -------------------------------------------------------------------------------

export interface TierCount {
  tierLabel: string;
  tone: string;
  count: number;
}

/** One tier's counts (tone and label), for the tier and outcome charts. */
interface TierTally {
  tierLabel: string;
  tone: string;
  count: number;
  won: number;
  lost: number;
  open: number;
}

/** What the charts count, gathered in one pass (or in slices: tallyRows with `from` and `to`). */
export interface ChartTally {
  /** Per tone, per tier label (maps of maps: no key string is built per row), and in order seen. */
  tiers: Map<string, Map<string, TierTally>>;
  seen: TierTally[];
  /** Leads per 10-point score bucket. */
  histogram: number[];
  /** Leads saved per day (YYYY-MM-DD). */
  days: Map<string, number>;
}

export const newTally = (): ChartTally => ({
  tiers: new Map(),
  seen: [],
  histogram: Array.from({ length: 10 }, () => 0),
  days: new Map(),
});

/** Counts rows[from..to) into `tally`. */
export function tallyRows(rows: readonly LeadRow[], from = 0, to = rows.length, tally = newTally()): ChartTally {
  for (let i = from; i < to; i++) {
    const r = rows[i];
    let byLabel = tally.tiers.get(r.tone);
    if (!byLabel) tally.tiers.set(r.tone, (byLabel = new Map()));
    let c = byLabel.get(r.tierLabel);
    if (!c) {
      byLabel.set(r.tierLabel, (c = { tierLabel: r.tierLabel, tone: r.tone, count: 0, won: 0, lost: 0, open: 0 }));
      tally.seen.push(c);
    }
    c.count++;
    if (r.status === 'won') c.won++;
    else if (r.status === 'lost' || r.status === 'disqualified') c.lost++;
    else c.open++;
    tally.histogram[Math.min(9, Math.max(0, Math.floor(r.score / 10)))]++;
    const day = r.createdAt.slice(0, 10);
    tally.days.set(day, (tally.days.get(day) ?? 0) + 1);
  }
  return tally;
}

const toneRank = (t: { tone: string }) => TONE_ORDER[t.tone] ?? 9;

/** How many leads per tier, best tier first. */
export function tierDistributionOf(t: ChartTally): TierCount[] {
  return t.seen
    .map(({ tierLabel, tone, count }) => ({ tierLabel, tone, count }))
    .sort((a, b) => toneRank(a) - toneRank(b) || b.count - a.count);
}

/** Leads per 10-point score bucket: 0-9, 10-19, ..., 90-100. */
export function scoreHistogramOf(t: ChartTally): { bucket: string; count: number }[] {
  return t.histogram.map((count, i) => ({ bucket: i === 9 ? '90-100' : `${i * 10}-${i * 10 + 9}`, count }));
}

/** Monday (UTC) of an ISO date's week, as YYYY-MM-DD. */
export function weekOf(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return 'unknown';
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

// Days seen, with their week: 50,000 leads are saved on a few hundred days, so the chart of
// saves per week makes a Date per day, not per lead.
const weeks = new Map<string, string>();
const weekOfDay = (iso: string): string => {
  const day = iso.slice(0, 10);
  let week = weeks.get(day);
  if (week === undefined) {
    if (weeks.size > 20_000) weeks.clear();
    weeks.set(day, (week = weekOf(day)));
  }
  return week;
};

/** Leads saved per week, oldest first, the last `weeks` weeks with a count (empty weeks included). */
export function savedPerWeekOf(
  t: ChartTally,
  weeks = 12,
  today = new Date().toISOString(),
): { week: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const [day, n] of t.days) {
    const week = weekOfDay(day);
    counts.set(week, (counts.get(week) ?? 0) + n);
  }
  const out: { week: string; count: number }[] = [];
  const last = new Date(`${weekOf(today)}T00:00:00Z`);
  for (let i = weeks - 1; i >= 0; i--) {
    const d = new Date(last);
    d.setUTCDate(d.getUTCDate() - 7 * i);
    const week = d.toISOString().slice(0, 10);
    out.push({ week, count: counts.get(week) ?? 0 });
  }
  return out;
}

/** Per tier, how many leads were won, lost or are still open: does the ICP predict outcomes? */
export function outcomeByTierOf(
  t: ChartTally,
): { tierLabel: string; tone: string; won: number; lost: number; open: number }[] {
  return t.seen
    .map(({ tierLabel, tone, won, lost, open }) => ({ tierLabel, tone, won, lost, open }))
    .sort((a, b) => toneRank(a) - toneRank(b));
}

export const tierDistribution = (rows: readonly LeadRow[]) => tierDistributionOf(tallyRows(rows));
export const scoreHistogram = (rows: readonly LeadRow[]) => scoreHistogramOf(tallyRows(rows));
export const savedPerWeek = (rows: readonly LeadRow[], weeks = 12, today = new Date().toISOString()) =>
  savedPerWeekOf(tallyRows(rows), weeks, today);
export const outcomeByTier = (rows: readonly LeadRow[]) => outcomeByTierOf(tallyRows(rows));
