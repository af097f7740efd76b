import type { Fingerprint, PatternKind } from './schema';

export interface CompiledPattern {
  kind: PatternKind;
  /** For regex kinds. */
  regex?: RegExp;
  /** Meta name, dom selector or global path. */
  key?: string;
}

export interface CompiledFingerprint {
  fingerprint: Fingerprint;
  patterns: CompiledPattern[];
}

const REGEX_KINDS = ['scriptSrc', 'linkHref', 'inlineScript', 'cookies', 'html'] as const;

// Keyed by the table itself: compiling ~1,000 regexes once per worker life, not per page.
const cache = new WeakMap<readonly Fingerprint[], CompiledFingerprint[]>();

export function compileFingerprints(fingerprints: readonly Fingerprint[]): CompiledFingerprint[] {
  let compiled = cache.get(fingerprints);
  if (!compiled) {
    compiled = fingerprints.map((fingerprint) => ({ fingerprint, patterns: compilePatterns(fingerprint) }));
    cache.set(fingerprints, compiled);
  }
  return compiled;
}

function compilePatterns({ patterns }: Fingerprint): CompiledPattern[] {
  const out: CompiledPattern[] = [];
  for (const kind of REGEX_KINDS) {
    for (const source of patterns[kind] ?? []) {
      const regex = toRegex(source);
      if (regex) out.push({ kind, regex });
    }
  }
  for (const [key, source] of Object.entries(patterns.meta ?? {})) {
    const regex = toRegex(source);
    if (regex) out.push({ kind: 'meta', key, regex });
  }
  for (const key of patterns.dom ?? []) out.push({ kind: 'dom', key });
  for (const key of patterns.globals ?? []) out.push({ kind: 'globals', key });
  return out;
}

function toRegex(source: string): RegExp | undefined {
  try {
    return new RegExp(source, 'i');
  } catch {
    return undefined; // The data test rejects these; a bad pattern must not stop detection.
  }
}
