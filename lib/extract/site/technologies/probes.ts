import { FINGERPRINTS } from './fingerprints';
import type { Fingerprint } from './schema';

/** Everything the background hands to the page-side probes, derived from the fingerprints. */
function unique(
  fingerprints: readonly Fingerprint[],
  pick: (f: Fingerprint) => readonly string[] | undefined,
): string[] {
  return [...new Set(fingerprints.flatMap((f) => pick(f) ?? []))];
}

/** Window property paths for probeGlobals, deduplicated. */
export const GLOBAL_PATHS: readonly string[] = unique(FINGERPRINTS, (f) => f.patterns.globals);

/** Selectors for matchDom, deduplicated. */
export const DOM_SELECTORS: readonly string[] = unique(FINGERPRINTS, (f) => f.patterns.dom);
