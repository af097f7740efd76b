import data from './fingerprints.json';
import type { Fingerprint } from './schema';

/**
 * The bundled fingerprint tables (background only: the content script never imports this).
 * Validated by the unit test over fingerprints.json, not at runtime, to keep zod out of the
 * detector bundle.
 */
export const FINGERPRINTS: readonly Fingerprint[] = data.technologies as Fingerprint[];
