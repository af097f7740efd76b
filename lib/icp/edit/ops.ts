import type { CriterionInput } from '../schema-criterion';
import type { IcpInput } from '../schema-icp';
import { defaultTiers } from '../defaults/tiers';

/** New items the editor adds: valid defaults that say what to fill in, with ids unique in their list. */

export type CriterionType = CriterionInput['type'];
export type ProfileKind = 'icps' | 'personas';

/** "industry", then "industry-2", "industry-3", ... whichever is free. */
export function uniqueId(base: string, taken: Iterable<unknown>): string {
  const used = new Set(taken);
  const stem = slug(base) || 'item';
  if (!used.has(stem)) return stem;
  let n = 2;
  while (used.has(`${stem}-${n}`)) n++;
  return `${stem}-${n}`;
}

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

const idsOf = (list: unknown): unknown[] => (Array.isArray(list) ? list.map((x) => (x as { id?: unknown })?.id) : []);

const TEMPLATES: Record<ProfileKind, Record<string, Omit<CriterionInput, 'id'> | Record<string, unknown>>> = {
  icps: {
    in: { label: 'Industry', type: 'in', field: 'industry', values: [], points: 10, dimension: 'fit' },
    range: {
      label: 'Company size',
      type: 'range',
      field: 'employees',
      min: 50,
      max: 1000,
      points: 10,
      dimension: 'fit',
    },
    text: {
      label: 'Description mentions',
      type: 'text',
      field: 'description',
      anyOf: [],
      points: 10,
      dimension: 'fit',
    },
    signal: {
      label: 'Hiring recently',
      type: 'signal',
      signal: 'hiring',
      withinDays: 90,
      points: 10,
      dimension: 'readiness',
    },
  },
  personas: {
    in: { label: 'Seniority', type: 'in', field: 'seniority', values: [], points: 10, dimension: 'fit' },
    text: { label: 'Title mentions', type: 'text', field: 'title', anyOf: [], points: 10, dimension: 'fit' },
  },
};

/** The criterion types a profile kind may use (people have no numbers or signals). */
export function criterionTypes(kind: ProfileKind): CriterionType[] {
  return Object.keys(TEMPLATES[kind]) as CriterionType[];
}

/** A new criterion of a type; its values are left empty so validation asks for them. */
export function newCriterion(kind: ProfileKind, type: CriterionType, existing: unknown): Record<string, unknown> {
  const template = TEMPLATES[kind][type] ?? TEMPLATES[kind].in;
  return { id: uniqueId(String(template.label), idsOf(existing)), ...structuredClone(template) };
}

/**
 * A criterion switched to another type: keeps id, label, points, dimension and required, takes
 * the new type's fields from its template.
 */
export function changeCriterionType(kind: ProfileKind, criterion: Record<string, unknown>, type: CriterionType) {
  const template = structuredClone(TEMPLATES[kind][type] ?? TEMPLATES[kind].in);
  const { id, label, points, dimension, required } = criterion;
  return { ...template, id, label, points, dimension, ...(required !== undefined && { required }) };
}

/** A tier below the lowest one that still leaves room, or at 0 when none does. */
export function newTier(existing: unknown): Record<string, unknown> {
  const mins = Array.isArray(existing) ? existing.map((t) => Number((t as { min?: unknown })?.min) || 0) : [];
  const lowestAbove = Math.min(...mins.filter((m) => m > 0), 100);
  const min = mins.includes(0) ? Math.floor(lowestAbove / 2) : 0;
  return { id: uniqueId('tier', idsOf(existing)), label: 'New tier', min, action: '' };
}

/** A new ICP or persona with the default tiers and one criterion to start from. */
export function newProfile(kind: ProfileKind, existing: unknown): IcpInput | Record<string, unknown> {
  const noun = kind === 'icps' ? 'ICP' : 'persona';
  return {
    id: uniqueId(`new-${noun}`, idsOf(existing)),
    name: `New ${noun}`,
    tiers: structuredClone(defaultTiers),
    criteria: [newCriterion(kind, 'in', [])],
  };
}

/** A copy of an ICP or persona under a new id and name ("… (copy)"). */
export function duplicateProfile(profile: Record<string, unknown>, existing: unknown): Record<string, unknown> {
  const name = `${String(profile.name ?? 'Untitled')} (copy)`;
  return { ...structuredClone(profile), id: uniqueId(name, idsOf(existing)), name };
}
