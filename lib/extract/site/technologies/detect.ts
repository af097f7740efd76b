import { compileFingerprints, needlesOf } from './compile';
import { FINGERPRINTS } from './fingerprints';
import type { Category, Fingerprint, PatternKind } from './schema';
import { matchPattern, toView } from './match-signals';
import type { PageSignals } from './signals';

export interface Detection {
  name: string;
  category: Category;
  /** 0..100: the sum of the weights of the pattern kinds that matched, capped at 100. */
  confidence: number;
  /** What matched, e.g. 'script src js.hs-scripts.com/123.js', 'global HubSpotConversations'. */
  evidence: string[];
}

/**
 * How much one matching kind proves. A script URL, a global or a generator meta is the vendor's
 * own code or banner; inline text and cookies can be leftovers; the outline is weakest.
 */
export const KIND_WEIGHT: Record<PatternKind, number> = {
  scriptSrc: 80,
  globals: 80,
  meta: 80,
  linkHref: 60,
  inlineScript: 60,
  cookies: 60,
  dom: 50,
  html: 30,
};

/** An implied technology (Next.js -> React) gets this share of its implier's confidence. */
export const IMPLIED_FACTOR = 0.75;
const MAX_EVIDENCE = 8;

/** Which technologies a page evidences, most certain first. Pure; never throws on odd signals. */
export function detectTechnologies(
  signals: PageSignals,
  fingerprints: readonly Fingerprint[] = FINGERPRINTS,
): Detection[] {
  const compiled = compileFingerprints(fingerprints);
  const view = toView(signals, needlesOf(compiled));
  const found = new Map<string, Detection>();
  for (const { fingerprint, patterns } of compiled) {
    const kinds = new Set<PatternKind>();
    const evidence: string[] = [];
    for (const pattern of patterns) {
      const hit = matchPattern(pattern, view);
      if (hit === undefined) continue;
      kinds.add(pattern.kind);
      if (evidence.length < MAX_EVIDENCE) evidence.push(hit);
    }
    if (!kinds.size) continue;
    let confidence = 0;
    for (const kind of kinds) confidence += KIND_WEIGHT[kind];
    found.set(fingerprint.name, {
      name: fingerprint.name,
      category: fingerprint.category,
      confidence: Math.min(100, confidence),
      evidence,
    });
  }
  addImplied(found, fingerprints);
  return [...found.values()].sort((a, b) => b.confidence - a.confidence || (a.name < b.name ? -1 : 1));
}

// Fingerprints by name, per table: built once, like the compiled patterns.
const byNameCache = new WeakMap<readonly Fingerprint[], Map<string, Fingerprint>>();

/** Adds what detected technologies imply (transitively), at a discount, without lowering anything. */
function addImplied(found: Map<string, Detection>, fingerprints: readonly Fingerprint[]): void {
  let byName = byNameCache.get(fingerprints);
  if (!byName) {
    byName = new Map(fingerprints.map((f) => [f.name, f]));
    byNameCache.set(fingerprints, byName);
  }
  const queue = [...found.values()];
  for (let d = queue.shift(); d; d = queue.shift()) {
    for (const name of byName.get(d.name)?.implies ?? []) {
      const target = byName.get(name);
      if (!target) continue;
      const confidence = Math.round(d.confidence * IMPLIED_FACTOR);
      const note = `implied by ${d.name}`;
      const existing = found.get(name);
      if (!existing) {
        const added = { name, category: target.category, confidence, evidence: [note] };
        found.set(name, added);
        queue.push(added);
        continue;
      }
      if (existing.evidence.length < MAX_EVIDENCE && !existing.evidence.includes(note)) existing.evidence.push(note);
      if (confidence > existing.confidence) {
        existing.confidence = confidence;
        queue.push(existing);
      }
    }
  }
}
