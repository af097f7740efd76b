import { jsonPath } from '../errors';
import { issueMessage } from '../issue-message';
import { icpBundleSchema, type IcpBundle } from '../schema-bundle';
import { getIn } from './paths';

/** One problem in the draft: its JSON path (the input it belongs to), where in words, and what to fix. */
export interface EditIssue {
  path: string;
  where: string;
  message: string;
}

export type DraftCheck = { ok: true; bundle: IcpBundle } | { ok: false; issues: EditIssue[] };

const FIELD_NAMES: Record<string, string> = {
  id: 'id',
  name: 'name',
  label: 'label',
  points: 'points',
  dimension: 'dimension',
  field: 'field',
  values: 'values',
  match: 'match',
  min: 'min',
  max: 'max',
  partial: 'partial credit',
  anyOf: 'phrases',
  signal: 'signal type',
  withinDays: 'within days',
  tiers: 'tiers',
  criteria: 'criteria',
  action: 'action',
  minCoverage: 'minimum coverage',
  defaultIcpId: 'default ICP',
  icps: 'ICPs',
  personas: 'personas',
};

function named(draft: unknown, path: readonly PropertyKey[], noun: string, index: number): string {
  const item = getIn(draft, path as (string | number)[]) as { name?: unknown; label?: unknown } | undefined;
  const title = typeof item?.name === 'string' ? item.name : typeof item?.label === 'string' ? item.label : '';
  return title.trim() ? `${noun} ${index + 1} “${title.trim()}”` : `${noun} ${index + 1}`;
}

const NOUNS: Record<string, string> = { icps: 'ICP', personas: 'persona', criteria: 'criterion', tiers: 'tier' };

/**
 * A zod path in words for the person editing: ["icps", 0, "criteria", 2, "points"] is
 * `ICP 1 “Mid-market SaaS” › criterion 3 “Industry” › points`.
 */
export function describeLocation(draft: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    if (typeof key === 'string' && NOUNS[key] && typeof next === 'number') {
      parts.push(named(draft, path.slice(0, i + 2), NOUNS[key], next));
      i++;
    } else if (typeof key === 'number') {
      parts.push(`item ${key + 1}`);
    } else {
      parts.push(FIELD_NAMES[String(key)] ?? String(key));
    }
  }
  return parts.length > 0 ? parts.join(' › ') : 'bundle';
}

/**
 * Checks a draft bundle with the bundle schema, the same rules a published bundle meets; each
 * problem comes with the path of the input it belongs to and the words lib/icp uses elsewhere.
 */
export function checkDraft(draft: unknown): DraftCheck {
  const parsed = icpBundleSchema.safeParse(draft, { reportInput: true });
  if (parsed.success) return { ok: true, bundle: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      path: jsonPath(issue.path),
      where: describeLocation(draft, issue.path),
      message: issueMessage(issue),
    })),
  };
}

/** Issues by path, for inputs to find theirs; an input also shows issues of the paths below it. */
export function issuesByPath(issues: readonly EditIssue[]): Map<string, EditIssue[]> {
  const map = new Map<string, EditIssue[]>();
  for (const issue of issues) map.set(issue.path, [...(map.get(issue.path) ?? []), issue]);
  return map;
}
