import { MAX_BLOCK_CHARS, MAX_SENTENCES, MAX_SENTENCE_CHARS } from './limits';

/** A set of the words of a text: keeps long lists of names readable. */
export const wordSet = (text: string): Set<string> => new Set(text.trim().split(/\s+/));

// C0/C1 controls, zero-width and bidi-override characters: invisible, and a spoofing tool in names.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const JUNK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** Text with whitespace collapsed, junk removed and length capped; undefined when empty. */
export function clean(v: unknown, max: number): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) v = String(v);
  if (typeof v !== 'string') return undefined;
  // Slice before the regexes so a megabyte of hostile text costs no more than a normal value.
  // Collapsing only runs and non-space whitespace writes the same text as /\s+/g → ' ', without
  // copying the many strings whose spaces are single already.
  const t = v
    .slice(0, max * 4)
    .replace(JUNK, '')
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .trim();
  if (!t) return undefined;
  return t.length > max
    ? t
        .slice(0, max)
        .replace(/[\uD800-\uDBFF]$/, '')
        .trimEnd()
    : t;
}

// Never read as text: code, and markup that no reader sees.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'SELECT']);
// Elements that start a new line when rendered.
const BLOCK = wordSet(`
  ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN
  NAV OL P SECTION TABLE TD TH TR UL
`);

// Inline elements whose text reads as a separate item (links, dates, buttons, icons).
const SEPARATE = new Set(['A', 'TIME', 'BUTTON', 'LABEL', 'IMG', 'I', 'SMALL', 'INPUT']);

/**
 * Rendered lines of an element (breaks at <br> and block elements), each cleaned, at most
 * `max` characters read. Walks children by firstChild/nextSibling: no page-realm iterators are
 * involved.
 */
export function linesOf(
  el: Element | null | undefined,
  max: number = MAX_BLOCK_CHARS,
  skip?: (el: Element) => boolean,
): string[] {
  if (!el) return [];
  const parts: string[] = [];
  let size = 0;
  const walk = (node: Node, depth: number): void => {
    if (size >= max || depth > 60) return;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      parts.push(t.slice(0, max - size));
      size += t.length;
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name) || (skip && skip(node as Element))) return;
    const block = BLOCK.has(name);
    if (block) parts.push('\n');
    for (let kid = node.firstChild; kid && size < max; kid = kid.nextSibling) walk(kid, depth + 1);
    // Minified markup runs a date and a link together ("Jan 10Acme acquires"); keep them apart.
    parts.push(block ? '\n' : SEPARATE.has(name) ? ' ' : '');
  };
  walk(el, 0);
  const out: string[] = [];
  for (const line of parts.join('').split('\n')) {
    const c = clean(line, max);
    if (c) out.push(c);
  }
  return out;
}

/** Visible text of an element as one cleaned line. */
export const textOf = (el: Element | null | undefined, max: number): string | undefined =>
  clean(linesOf(el, max * 2).join(' '), max);

/** Elements of a NodeList as an array, at most `cap`, by index (the page may have replaced iterators). */
export function take<T extends Element>(list: ArrayLike<T> | null | undefined, cap: number): T[] {
  const out: T[] = [];
  if (!list) return out;
  const n = Math.min(list.length, cap);
  for (let i = 0; i < n; i++) out.push(list[i]);
  return out;
}

/**
 * querySelectorAll that never throws (a bad selector or a broken document yields nothing). With
 * cap 1 it is querySelector, which stops at the first match instead of walking the whole page.
 */
export function select(root: ParentNode | null | undefined, selector: string, cap: number): Element[] {
  try {
    if (!root) return [];
    if (cap > 1) return take(root.querySelectorAll(selector), cap);
    const first = cap === 1 ? root.querySelector(selector) : null;
    return first ? [first] : [];
  } catch {
    return [];
  }
}

/** The nearest ancestor (or self) that passes `test`, at most `levels` up. */
export function ancestor(el: Element, test: (e: Element) => boolean, levels = 40): Element | undefined {
  let cur: Element | null = el;
  for (let i = 0; cur && i < levels; i++, cur = cur.parentElement) if (test(cur)) return cur;
  return undefined;
}

/** Sentences of a text, for pattern matching; long runs are cut, not skipped. */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/(?<=[.!?])\s+(?=[\p{Lu}\d"“‘(])|\n+/u)) {
    const s = raw.trim();
    if (s.length > 2) out.push(s.slice(0, MAX_SENTENCE_CHARS));
    if (out.length >= MAX_SENTENCES) break;
  }
  return out;
}
