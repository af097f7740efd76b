import type { Provenance, Source } from '../types';

/** Length caps: page text is hostile input and must not bloat messages or storage. */
export const CAP = { name: 200, short: 300, headline: 1000, url: 2000, description: 5000, list: 50 } as const;

// C0/C1 controls, zero-width and bidi-override characters: invisible, and a spoofing tool in names.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const JUNK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** Text with whitespace collapsed, junk removed and length capped; undefined when empty. */
export function clean(v: unknown, max: number = CAP.short): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) v = String(v);
  if (typeof v !== 'string') return undefined;
  // Slice before the regexes so a megabyte of hostile text costs no more than a normal value.
  const t = v
    .slice(0, max * 4)
    .replace(JUNK, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!t) return undefined;
  return t.length > max
    ? t
        .slice(0, max)
        .replace(/[\uD800-\uDBFF]$/, '')
        .trimEnd()
    : t;
}

// Text that is not what a reader sees: scripts, and screen-reader duplicates of visible text.
const HIDDEN = 'script,style,template,noscript,.visually-hidden,.sr-only';

/** Visible text of an element (textContent, never markup), cleaned and capped. */
export function textOf(el: Element | null | undefined, max: number = CAP.short): string | undefined {
  if (!el) return undefined;
  let node = el;
  if (el.querySelector(HIDDEN)) {
    node = el.cloneNode(true) as Element;
    node.querySelectorAll(HIDDEN).forEach((n) => n.remove());
  }
  return clean(node.textContent, max);
}

/** First element matched by the first alternative that matches anything. */
export function pick(root: ParentNode, alternatives: readonly string[]): Element | null {
  for (const sel of alternatives) {
    const el = root.querySelector(sel);
    if (el) return el;
  }
  return null;
}

/** All elements of the first alternative that matches anything. */
export function pickAll(root: ParentNode, alternatives: readonly string[]): Element[] {
  for (const sel of alternatives) {
    const els = root.querySelectorAll(sel);
    if (els.length) return Array.from(els);
  }
  return [];
}

/** Text of the first alternative whose element has text, with the selector that held it. */
export function pickText(
  root: ParentNode,
  alternatives: readonly string[],
  max?: number,
): { value: string; selector: string } | undefined {
  for (const selector of alternatives) {
    const value = textOf(root.querySelector(selector), max);
    if (value) return { value, selector };
  }
  return undefined;
}

/** A record being filled from several sources: the first source to give a field wins. */
export interface Found<T> {
  rec: T;
  prov: Record<string, Provenance>;
}

export const found = <T>(): Found<T> => ({ rec: {} as T, prov: {} });

export function put<T, K extends keyof T & string>(
  f: Found<T>,
  key: K,
  value: T[K] | undefined,
  source: Source,
  detail?: string,
): void {
  if (value === undefined || f.rec[key] !== undefined) return;
  if (Array.isArray(value) && value.length === 0) return;
  f.rec[key] = value;
  f.prov[key] = detail ? { source, detail: detail.slice(0, 300) } : { source };
}

export const missingOf = <T>(rec: T, fields: readonly (keyof T & string)[]): string[] =>
  fields.filter((k) => rec[k] === undefined);

/**
 * "a, b, and c" / "a, b und c" -> ["a", "b", "c"]. English LinkedIn puts a comma before the
 * final "and"; German, French and Spanish join the last two with und/et/y and no comma.
 */
export function splitList(v: string | undefined): string[] | undefined {
  if (!v) return undefined;
  const raw = v.split(/\s*[,;·•]\s*/);
  if (raw.length > 1) {
    const last = raw.pop()!.replace(/^and\s+/i, '');
    const m = /^(.+)\s+(?:und|et|y)\s+(.+)$/i.exec(last);
    raw.push(...(m ? [m[1], m[2]] : [last]));
  }
  const parts = raw.map((s) => clean(s, CAP.name)).filter((s): s is string => !!s);
  return parts.length ? parts.slice(0, CAP.list) : undefined;
}

/** A website as text, unless it names a scheme other than http(s) ("javascript:", "data:"). */
export function webUrl(v: unknown): string | undefined {
  const t = clean(v, CAP.url);
  return t && (/^https?:\/\//i.test(t) || !/^[a-z][a-z0-9+.-]*:/i.test(t)) ? t : undefined;
}
