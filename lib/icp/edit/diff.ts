import { sameJson } from '../canonical-json';
import type { IcpBundle } from '../schema-bundle';
import type { Tier } from '../schema-common';

/**
 * What changed between two saved versions of a bundle, for the history panel: ICPs and personas
 * added or removed, and within each, criteria added, removed or re-weighted, and tier thresholds.
 */

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface DiffLine {
  kind: ChangeKind;
  text: string;
}

export interface ProfileDiff {
  list: 'icps' | 'personas';
  id: string;
  name: string;
  kind: ChangeKind;
  lines: DiffLine[];
}

export interface BundleDiff {
  from: number;
  to: number;
  bundle: DiffLine[];
  profiles: ProfileDiff[];
  /** True when nothing a manager would notice changed. */
  empty: boolean;
}

interface CriterionLike {
  id: string;
  label: string;
  points: number;
  [key: string]: unknown;
}

interface ProfileLike {
  id: string;
  name: string;
  description?: string;
  minCoverage?: number;
  tiers: Tier[];
  criteria: readonly CriterionLike[];
}

const pts = (n: number) => `${n} point${Math.abs(n) === 1 ? '' : 's'}`;
const FIELD_WORDS: Record<string, string> = { anyOf: 'phrases', withinDays: 'days', partial: 'partial credit' };

function changedFields(before: CriterionLike, after: CriterionLike): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  keys.delete('points');
  return [...keys].filter((k) => !sameJson(before[k], after[k])).map((k) => FIELD_WORDS[k] ?? k);
}

/** Items of two lists paired by id: each later item with its earlier self (if any), and the items dropped. */
function pairById<T extends { id: string }>(before: readonly T[], after: readonly T[]) {
  const old = new Map(before.map((item) => [item.id, item]));
  const now = new Set(after.map((item) => item.id));
  return {
    pairs: after.map((item) => ({ item, was: old.get(item.id) })),
    removed: before.filter((item) => !now.has(item.id)),
  };
}

function criterionLines(before: readonly CriterionLike[], after: readonly CriterionLike[]): DiffLine[] {
  const lines: DiffLine[] = [];
  const { pairs, removed } = pairById(before, after);
  for (const { item: c, was } of pairs) {
    if (!was) {
      lines.push({ kind: 'added', text: `Added criterion “${c.label}” (${pts(c.points)})` });
      continue;
    }
    if (was.points !== c.points) {
      lines.push({ kind: 'changed', text: `“${c.label}”: ${was.points} → ${pts(c.points)}` });
    }
    const fields = changedFields(was, c);
    if (fields.length > 0) lines.push({ kind: 'changed', text: `“${c.label}”: changed ${fields.join(', ')}` });
  }
  for (const c of removed) lines.push({ kind: 'removed', text: `Removed criterion “${c.label}” (${pts(c.points)})` });
  const kept = pairs.filter((p) => p.was).map((p) => p.item.id);
  const keptBefore = before.filter((c) => !removed.includes(c)).map((c) => c.id);
  if (!sameJson(kept, keptBefore)) lines.push({ kind: 'changed', text: 'Criteria reordered' });
  return lines;
}

function tierLines(before: readonly Tier[], after: readonly Tier[]): DiffLine[] {
  const lines: DiffLine[] = [];
  const { pairs, removed } = pairById(before, after);
  for (const { item: t, was } of pairs) {
    if (!was) {
      lines.push({ kind: 'added', text: `Added tier “${t.label}” from ${t.min}` });
      continue;
    }
    if (was.min !== t.min) lines.push({ kind: 'changed', text: `Tier “${t.label}” threshold ${was.min} → ${t.min}` });
    if (was.label !== t.label) lines.push({ kind: 'changed', text: `Tier “${was.label}” renamed “${t.label}”` });
    if ((was.action ?? '') !== (t.action ?? '')) {
      lines.push({ kind: 'changed', text: `Tier “${t.label}” action: “${t.action ?? ''}”` });
    }
  }
  for (const t of removed) lines.push({ kind: 'removed', text: `Removed tier “${t.label}”` });
  return lines;
}

function profileLines(before: ProfileLike, after: ProfileLike): DiffLine[] {
  const lines: DiffLine[] = [];
  if (before.name !== after.name) lines.push({ kind: 'changed', text: `Renamed from “${before.name}”` });
  if ((before.description ?? '') !== (after.description ?? ''))
    lines.push({ kind: 'changed', text: 'Description changed' });
  if (before.minCoverage !== after.minCoverage) {
    lines.push({
      kind: 'changed',
      text: `Minimum coverage ${before.minCoverage ?? 0.5} → ${after.minCoverage ?? 0.5}`,
    });
  }
  return [...lines, ...criterionLines(before.criteria, after.criteria), ...tierLines(before.tiers, after.tiers)];
}

function profileDiffs(list: 'icps' | 'personas', before: readonly ProfileLike[], after: readonly ProfileLike[]) {
  const out: ProfileDiff[] = [];
  const { pairs, removed } = pairById(before, after);
  for (const { item: p, was } of pairs) {
    const lines = was ? profileLines(was, p) : [];
    if (!was || lines.length > 0) out.push({ list, id: p.id, name: p.name, kind: was ? 'changed' : 'added', lines });
  }
  for (const p of removed) out.push({ list, id: p.id, name: p.name, kind: 'removed', lines: [] });
  return out;
}

/**
 * @example
 * diffBundles(v3, v4).profiles[0].lines // [{ kind: 'changed', text: '“Industry”: 25 → 30 points' }, ...]
 */
export function diffBundles(before: IcpBundle, after: IcpBundle): BundleDiff {
  const bundle: DiffLine[] = [];
  if (before.name !== after.name)
    bundle.push({ kind: 'changed', text: `Bundle renamed “${before.name}” → “${after.name}”` });
  if (before.defaultIcpId !== after.defaultIcpId) {
    const name = after.icps.find((i) => i.id === after.defaultIcpId)?.name ?? after.defaultIcpId;
    bundle.push({ kind: 'changed', text: `Default ICP is now “${name}”` });
  }
  const profiles = [
    ...profileDiffs('icps', before.icps, after.icps),
    ...profileDiffs('personas', before.personas ?? [], after.personas ?? []),
  ];
  return { from: before.version, to: after.version, bundle, profiles, empty: bundle.length + profiles.length === 0 };
}
