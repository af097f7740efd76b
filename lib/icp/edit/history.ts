import type { IcpBundle } from '../schema-bundle';

/** Saved versions of the bundle the editor keeps (newest first), so a manager can compare and revert. */

export const HISTORY_CAP = 20;

export interface HistoryEntry {
  version: number;
  /** ISO time it was saved. */
  savedAt: string;
  /** What made this version: "Saved", "Published", "Reverted to version 3", "Imported …". */
  note: string;
  bundle: IcpBundle;
}

/** The history with `entry` first; an older entry of the same bundle and version is replaced; at most `cap` kept. */
export function addToHistory(history: readonly HistoryEntry[], entry: HistoryEntry, cap = HISTORY_CAP): HistoryEntry[] {
  const rest = history.filter((h) => !(h.version === entry.version && h.bundle.id === entry.bundle.id));
  return [entry, ...rest].slice(0, Math.max(1, cap));
}

/** A bundle's next version: the version one higher and published now (every save and publish makes one). */
export function nextVersion(bundle: IcpBundle, now: string): IcpBundle {
  return { ...bundle, version: bundle.version + 1, publishedAt: now };
}

/**
 * Reverting brings back an earlier version's content as a new version (versions only grow:
 * reps refuse a lower one, and saved leads say which version scored them).
 */
export function revertTo(target: IcpBundle, current: IcpBundle, now: string): IcpBundle {
  return {
    ...structuredClone(target),
    id: current.id,
    version: Math.max(current.version, target.version) + 1,
    publishedAt: now,
  };
}

/** The bundled defaults become the manager's own bundle on the first save: new id and name. */
export const PERSONAL_BUNDLE = { id: 'my-icps', name: 'My ICPs' } as const;

export function personalCopy(bundle: IcpBundle, opts: { isDefault: boolean; fromTeam: boolean }): IcpBundle {
  const rest = structuredClone(bundle);
  delete rest.publisher;
  if (opts.isDefault) return { ...rest, ...PERSONAL_BUNDLE };
  if (opts.fromTeam) return { ...rest, name: `${bundle.name} (personal copy)` };
  return structuredClone(bundle);
}
