import { Needles } from './needles';
import type { Fingerprint, PatternKind } from './schema';

export interface CompiledPattern {
  kind: PatternKind;
  /** For regex kinds. */
  regex?: RegExp;
  /** Meta name, dom selector or global path. */
  key?: string;
  /**
   * Lower-case texts every match contains (see requiredTexts): where the text being matched
   * lacks one, the regex cannot match and is not run. Most patterns name a host or a function,
   * so this skips nearly all of the ~1,000 regexes on a typical page.
   */
  texts?: string[];
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

// Needles per table, like the compiled patterns.
const needleCache = new WeakMap<readonly CompiledFingerprint[], Partial<Record<PatternKind, Needles>>>();

/** Per pattern kind, every text some pattern of that kind requires (see requiredTexts), for one-pass search. */
export function needlesOf(compiled: readonly CompiledFingerprint[]): Partial<Record<PatternKind, Needles>> {
  let needles = needleCache.get(compiled);
  if (!needles) {
    const texts: Partial<Record<PatternKind, string[]>> = {};
    for (const { patterns } of compiled) for (const p of patterns) if (p.texts) (texts[p.kind] ??= []).push(...p.texts);
    needles = {};
    for (const [kind, list] of Object.entries(texts) as [PatternKind, string[]][]) needles[kind] = new Needles(list);
    needleCache.set(compiled, needles);
  }
  return needles;
}

function compilePatterns({ patterns }: Fingerprint): CompiledPattern[] {
  const out: CompiledPattern[] = [];
  for (const kind of REGEX_KINDS) {
    for (const source of patterns[kind] ?? []) {
      const regex = toRegex(source);
      if (regex) out.push({ kind, regex, texts: requiredTexts(source) });
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

/** The quantifier after an atom (ending at `i`): where it ends, whether it allows zero, whether it is well formed. */
function quantifier(source: string, i: number): { end: number; optional: boolean; ok: boolean } {
  const c = source[i];
  let end = i;
  let optional = false;
  if (c === '?' || c === '*' || c === '+') {
    end = i + 1;
    optional = c !== '+';
  } else if (c === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(i, i + 24));
    if (!m) return { end: i, optional: false, ok: false };
    end = i + m[0].length;
    optional = Number(m[1]) === 0;
  }
  if (end > i && source[end] === '?') end++; // lazy
  return { end, optional, ok: true };
}

/** Index after the group or class that starts at `i` (`(` or `[`), or -1 when unbalanced. */
function skipBracket(source: string, i: number): number {
  let depth = 0;
  for (let j = i; j < source.length; j++) {
    const c = source[j];
    if (c === '\\') j++;
    else if (c === '[') {
      // A class ends at its first unescaped "]" (JavaScript: "[]" is an empty class).
      for (j++; j < source.length && source[j] !== ']'; j++) if (source[j] === '\\') j++;
      if (j >= source.length) return -1;
      if (depth === 0) return j + 1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j + 1;
  }
  return -1;
}

/**
 * Runs of literal text (at least 3 ASCII characters, lower case, longest first) that every match
 * of `source`, compiled with the "i" flag, must contain; undefined when there are none or the
 * source uses anything this reader does not follow (top-level "|", \x, \u, \p, back-references).
 * Only text outside groups and classes counts, and a character made optional by its quantifier
 * ends the run before it. With "i" and no "u", ASCII characters match ASCII characters only,
 * case ignored: where a text lacks one of these (ASCII case ignored) the regex cannot match.
 * @example requiredTexts('cdn4?\\.mxpnl\\.com/libs/') // ['.mxpnl.com/libs/', 'cdn']
 */
export function requiredTexts(source: string): string[] | undefined {
  const runs: string[] = [];
  let run = '';
  const end = (): void => {
    if (run.length >= 3) runs.push(run.toLowerCase());
    run = '';
  };
  for (let i = 0; i < source.length;) {
    const c = source[i];
    let literal: string | undefined;
    let next: number;
    if (c === '\\') {
      const d = source[i + 1];
      if (d === undefined || /[xucpPk1-9]/.test(d)) return undefined;
      // \d, \w, \s, \b, \n ... are no literal text; an escaped ASCII punctuation character is.
      if (!/[a-zA-Z0]/.test(d) && d >= ' ' && d <= '~') literal = d;
      next = i + 2;
    } else if (c === '(' || c === '[') {
      next = skipBracket(source, i);
      if (next < 0) return undefined;
    } else if (c === '|' || c === ')' || c === '*' || c === '+' || c === '?' || c === '{') {
      return undefined; // top-level alternation, or something this reader does not follow
    } else {
      if (c !== '.' && c !== '^' && c !== '$' && c >= ' ' && c <= '~') literal = c;
      next = i + 1;
    }
    const q = quantifier(source, next);
    if (!q.ok) return undefined;
    if (literal === undefined || q.optional) end();
    else {
      run += literal;
      if (q.end > next) end(); // "a+", "a{2}": what follows need not come right after one "a"
    }
    i = q.end;
  }
  end();
  return runs.length ? runs.sort((a, b) => b.length - a.length) : undefined;
}
