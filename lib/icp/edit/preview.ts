import type { Company } from '../company';
import type { IndustryMatcher } from '../engine-types';
import type { Icp } from '../schema-icp';
import { compileIcpSummary } from '../score';

/**
 * The editor's live preview: companies the rep has seen and saved, scored with the ICP as saved
 * and as edited (the bulk scoring path), and what would change. Runs in chunks so a page with
 * thousands of leads stays responsive while it computes.
 */

export interface PreviewRecord {
  key: string;
  name: string;
  source: 'lead' | 'seen';
  company: Company;
}

export interface ScoreAt {
  score: number;
  tierId: string;
  tierLabel: string;
}

export interface Mover {
  key: string;
  name: string;
  source: PreviewRecord['source'];
  from: ScoreAt;
  to: ScoreAt;
}

export interface PreviewResult {
  total: number;
  /** Records whose tier would change, and of them how many up and down. */
  movedTier: number;
  up: number;
  down: number;
  /** Records whose score would change (tier or not). */
  changedScore: number;
  /** The biggest movers: tier changes first, then by how far the score moves. */
  movers: Mover[];
}

export interface PreviewOptions {
  asOf: string;
  industryMatches?: IndustryMatcher;
  /** How many movers to keep (default 8). */
  limit?: number;
}

interface Tally extends PreviewResult {
  limit: number;
}

function scorerFor(icp: Icp, opts: PreviewOptions) {
  const summarize = compileIcpSummary(icp, { asOf: opts.asOf, industryMatches: opts.industryMatches });
  const tiers = new Map(icp.tiers.map((t) => [t.id, t]));
  return (company: Company) => {
    const s = summarize(company);
    const tier = tiers.get(s.tierId);
    return { score: s.score, tierId: s.tierId, tierLabel: tier?.label ?? s.tierId, min: tier?.min ?? 0 };
  };
}

const weight = (m: Mover & { tierMoved: boolean }) => (m.tierMoved ? 1000 : 0) + Math.abs(m.to.score - m.from.score);

/** Keeps the `limit` heaviest movers in order; a sorted insert, since the list is short. */
function keep(movers: (Mover & { tierMoved: boolean })[], m: Mover & { tierMoved: boolean }, limit: number) {
  const w = weight(m);
  if (movers.length >= limit && w <= weight(movers[movers.length - 1]!)) return;
  let i = movers.length;
  while (i > 0 && weight(movers[i - 1]!) < w) i--;
  movers.splice(i, 0, m);
  if (movers.length > limit) movers.pop();
}

/** A preview computed a chunk at a time; `step` returns true when every record is done. */
export function previewRun(records: readonly PreviewRecord[], before: Icp, after: Icp, opts: PreviewOptions) {
  const was = scorerFor(before, opts);
  const now = scorerFor(after, opts);
  const tally: Tally = {
    total: records.length,
    movedTier: 0,
    up: 0,
    down: 0,
    changedScore: 0,
    movers: [],
    limit: opts.limit ?? 8,
  };
  const movers: (Mover & { tierMoved: boolean })[] = [];
  let next = 0;
  return {
    step(count: number): boolean {
      const end = Math.min(records.length, next + count);
      for (; next < end; next++) {
        const r = records[next]!;
        const a = was(r.company);
        const b = now(r.company);
        const tierMoved = a.tierId !== b.tierId || a.tierLabel !== b.tierLabel;
        if (a.score === b.score && !tierMoved) continue;
        tally.changedScore++;
        if (tierMoved) {
          tally.movedTier++;
          if (b.min > a.min || (b.min === a.min && b.score > a.score)) tally.up++;
          else tally.down++;
        }
        const from = { score: a.score, tierId: a.tierId, tierLabel: a.tierLabel };
        const to = { score: b.score, tierId: b.tierId, tierLabel: b.tierLabel };
        keep(movers, { key: r.key, name: r.name, source: r.source, from, to, tierMoved }, tally.limit);
      }
      return next >= records.length;
    },
    result(): PreviewResult {
      const { total, movedTier, up, down, changedScore } = tally;
      const list = movers.map((m) => ({ key: m.key, name: m.name, source: m.source, from: m.from, to: m.to }));
      return { total, movedTier, up, down, changedScore, movers: list };
    },
  };
}

/** The whole preview at once (tests, small lists). */
export function previewRescore(records: readonly PreviewRecord[], before: Icp, after: Icp, opts: PreviewOptions) {
  const run = previewRun(records, before, after, opts);
  run.step(records.length);
  return run.result();
}

/** Saved leads first, then companies seen but not saved (same company: the lead wins). */
export function previewRecords(
  leads: readonly { key: string; name: string; company: Company; domain?: string }[],
  seen: readonly { key: string; company: Company; domain?: string; linkedinSlug?: string }[],
): PreviewRecord[] {
  const out: PreviewRecord[] = leads.map((l) => ({ key: l.key, name: l.name, source: 'lead', company: l.company }));
  const domains = new Set(leads.map((l) => l.domain ?? l.company.domain).filter(Boolean));
  const names = new Set(leads.map((l) => l.name.toLowerCase()));
  for (const s of seen) {
    const domain = s.domain ?? s.company.domain;
    const name = s.company.name ?? s.linkedinSlug ?? s.key;
    if ((domain && domains.has(domain)) || names.has(name.toLowerCase())) continue;
    out.push({ key: `seen:${s.key}`, name, source: 'seen', company: s.company });
  }
  return out;
}
