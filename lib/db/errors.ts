import Dexie from 'dexie';

/**
 * Errors of the saved-leads database, as messages a rep can act on (lib/db/leads.ts and
 * lead-rows.ts throw them).
 */

export type LeadsDbErrorKind = 'quota' | 'closed' | 'invalid' | 'failed';

export const QUOTA_MESSAGE =
  "The browser's storage is full: nothing was changed. Free space or delete leads, then try again.";
export const CLOSED_MESSAGE =
  'The leads database is closed (the browser closed it, or ICP Lens is being updated): nothing was changed. Reload the page and try again.';

export class LeadsDbError extends Error {
  readonly kind: LeadsDbErrorKind;
  constructor(kind: LeadsDbErrorKind, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'LeadsDbError';
    this.kind = kind;
  }
}

/** The names of an error and of everything it wraps (Dexie's `inner`, `cause`, bulk `failures`). */
function errorNames(e: unknown, out: string[] = [], depth = 0): string[] {
  if (!e || typeof e !== 'object' || depth > 4) return out;
  const err = e as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (typeof err.name === 'string') out.push(err.name);
  errorNames(err.inner, out, depth + 1);
  errorNames(err.cause, out, depth + 1);
  const failures = Array.isArray(err.failures)
    ? err.failures
    : err.failures && typeof err.failures === 'object'
      ? Object.values(err.failures)
      : [];
  for (const f of failures.slice(0, 5)) errorNames(f, out, depth + 1);
  return out;
}

const isStorageError = (e: unknown) =>
  e instanceof Dexie.DexieError || (typeof DOMException !== 'undefined' && e instanceof DOMException);

/** A storage failure as a LeadsDbError; anything else (a caller's bug) passes through as it is. */
export function toLeadsDbError(e: unknown, reading = false): unknown {
  if (e instanceof LeadsDbError || !isStorageError(e)) return e;
  const names = errorNames(e);
  if (names.includes('QuotaExceededError')) return new LeadsDbError('quota', QUOTA_MESSAGE, e);
  if (names.some((n) => n === 'DatabaseClosedError' || n === 'InvalidStateError')) {
    return new LeadsDbError('closed', CLOSED_MESSAGE, e);
  }
  const detail = e instanceof Error && e.message ? ` (${e.message})` : '';
  return reading
    ? new LeadsDbError('failed', `Could not read your saved leads${detail}.`, e)
    : new LeadsDbError('failed', `Could not save changes to your leads${detail}: nothing was changed.`, e);
}

/** Runs a read; a storage failure comes out as a LeadsDbError. */
export async function read<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw toLeadsDbError(e, true);
  }
}
