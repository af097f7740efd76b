import { FINGERPRINTS } from '../../extract/site/technologies/fingerprints';
import { TAXONOMY } from '../../normalize/industries-data/taxonomy';
import { countryNames, regionNames } from '../../normalize/place-index';

/**
 * What the editor's pickers offer: LinkedIn's industry taxonomy with its parent groups, countries
 * and regions by ISO code, technologies from the fingerprint data, and the signal types extractors
 * produce. Values are what the scoring engine compares; labels are what a manager reads.
 */

export interface Choice {
  value: string;
  label: string;
  /** Shown after the label, smaller: a parent group, a code, a category. */
  hint?: string;
  /** Indent level in a tree (industries). */
  depth?: number;
}

let industries: Choice[] | undefined;

/** Every industry in taxonomy order; a group also matches the industries below it (hint says so). */
export function industryChoices(): Choice[] {
  if (industries) return industries;
  const out: Choice[] = [];
  const stack: string[] = [];
  const lines = TAXONOMY.split('\n').filter((l) => l.trim());
  lines.forEach((line, i) => {
    const name = line.trim();
    const depth = (line.length - line.trimStart().length) / 2;
    stack.length = depth;
    const next = lines[i + 1];
    const isGroup = next !== undefined && next.length - next.trimStart().length > line.length - line.trimStart().length;
    const parent = stack[depth - 1];
    const hint = [parent && `in ${parent}`, isGroup && 'group: includes the industries below']
      .filter(Boolean)
      .join(' · ');
    out.push({ value: name, label: name, depth, ...(hint && { hint }) });
    stack.push(name);
  });
  industries = out;
  return out;
}

export function countryChoices(): Choice[] {
  return [...countryNames.entries()]
    .map(([code, name]) => ({ value: code, label: name, hint: code }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

export function regionChoices(): Choice[] {
  return [...regionNames.entries()]
    .map(([code, name]) => ({
      value: code,
      label: name,
      hint: `${code} · ${countryNames.get(code.slice(0, 2)) ?? ''}`,
    }))
    .sort((a, b) => a.hint.localeCompare(b.hint));
}

export function technologyChoices(): Choice[] {
  return FINGERPRINTS.map((f) => ({ value: f.name, label: f.name, hint: f.category })).sort((a, b) =>
    a.label.localeCompare(b.label),
  );
}

/** Signal types the extractors produce; a criterion may name another (custom data). */
export const SIGNAL_TYPES: readonly Choice[] = [
  { value: 'hiring', label: 'Hiring (open jobs)' },
  { value: 'funding', label: 'Raised funding' },
  { value: 'acquisition', label: 'Acquisition' },
  { value: 'leadershipChange', label: 'Leadership change' },
  { value: 'expansion', label: 'Expansion' },
];

/** Seniority values of a persona (lib/icp/fields.ts). */
export { SENIORITIES } from '../fields';

/** Case- and accent-insensitive search over label, value and hint. */
export function filterChoices(choices: readonly Choice[], query: string, limit = 50): Choice[] {
  const fold = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const q = fold(query.trim());
  if (!q) return choices.slice(0, limit);
  const out: Choice[] = [];
  for (const c of choices) {
    if (fold(`${c.label} ${c.value} ${c.hint ?? ''}`).includes(q)) out.push(c);
    if (out.length >= limit) break;
  }
  return out;
}
