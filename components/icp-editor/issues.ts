import { jsonPath } from '@/lib/icp/errors';
import type { EditPath } from '@/lib/icp/edit/paths';
import type { EditIssue } from '@/lib/icp/edit/validate';

/** The issues an input shows: those at its path, and (for lists) those of the items inside it. */
export function issuesAt(all: readonly EditIssue[], path: EditPath, withItems = false): EditIssue[] {
  const at = jsonPath(path);
  return all.filter((i) => i.path === at || (withItems && i.path.startsWith(`${at}[`)));
}

/** A DOM id for the input at a path: "f-icps-0-criteria-2-points". */
export const inputId = (path: EditPath) => `f-${path.join('-').replace(/[^A-Za-z0-9_-]/g, '_')}`;
