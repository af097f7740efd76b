import type { CompiledPattern } from './compile';
import type { Needles } from './needles';
import type { PatternKind } from './schema';
import { SIGNAL_CAPS, type PageSignals } from './signals';

/** Signals reshaped for matching: joined inline text, sets for exact lookups. */
export interface View {
  scriptSrcs: string[];
  linkHrefs: string[];
  metas: { name: string; content: string }[];
  inline: string;
  cookieNames: string[];
  globals: Set<string>;
  domHits: Set<string>;
  html: string;
  /** Per kind, the required texts (CompiledPattern.texts) its text contains, ASCII case ignored; absent: not searched. */
  present: Partial<Record<PatternKind, Set<string>>>;
}

/**
 * Signals come from a content script on a hostile page: keep strings only, within the caps.
 * With `needles`, also finds which required texts each kind's text contains (one pass per kind).
 */
export function toView(s: PageSignals, needles: Partial<Record<PatternKind, Needles>> = {}): View {
  const strings = (v: unknown, max = 2000): string[] =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').map((x) => x.slice(0, max)) : [];
  const metas = Array.isArray(s?.metas)
    ? s.metas.filter((m) => typeof m?.name === 'string' && typeof m.content === 'string')
    : [];
  const scriptSrcs = strings(s?.scriptSrcs);
  const linkHrefs = strings(s?.linkHrefs);
  const inline = strings(s?.inlineScripts, SIGNAL_CAPS.inlineChars).join('\n').slice(0, SIGNAL_CAPS.inlineTotalChars);
  const cookieNames = strings(s?.cookieNames, 200);
  const html = typeof s?.html === 'string' ? s.html.slice(0, SIGNAL_CAPS.outlineChars) : '';
  return {
    scriptSrcs,
    linkHrefs,
    metas: metas.map((m) => ({ name: m.name.toLowerCase(), content: m.content.slice(0, 2000) })),
    inline,
    cookieNames,
    globals: new Set(strings(s?.globals, 100)),
    domHits: new Set(strings(s?.domHits, SIGNAL_CAPS.selectorChars)),
    html,
    present: {
      scriptSrc: needles.scriptSrc?.in(scriptSrcs.join('\n')),
      linkHref: needles.linkHref?.in(linkHrefs.join('\n')),
      cookies: needles.cookies?.in(cookieNames.join('\n')),
      inlineScript: needles.inlineScript?.in(inline),
      html: needles.html?.in(html),
    },
  };
}

/** Evidence text for a matching pattern, or undefined. */
export function matchPattern(p: CompiledPattern, v: View): string | undefined {
  // A regex whose required text is absent cannot match: skip it (most patterns, on most pages).
  const present = p.texts && v.present[p.kind];
  if (present) for (const text of p.texts!) if (!present.has(text)) return undefined;
  switch (p.kind) {
    case 'scriptSrc':
      return first(v.scriptSrcs, p.regex!, (src) => `script src ${shortUrl(src)}`);
    case 'linkHref':
      return first(v.linkHrefs, p.regex!, (href) => `link href ${shortUrl(href)}`);
    case 'cookies':
      return first(v.cookieNames, p.regex!, (name) => `cookie ${name}`);
    case 'meta': {
      const meta = v.metas.find((m) => m.name === p.key && p.regex!.test(m.content));
      return meta && `meta ${meta.name} "${clip(meta.content)}"`;
    }
    case 'inlineScript': {
      const m = p.regex!.exec(v.inline);
      return m ? `inline script "${clip(m[0])}"` : undefined;
    }
    case 'html': {
      const m = p.regex!.exec(v.html);
      return m ? `html "${clip(m[0])}"` : undefined;
    }
    case 'globals':
      return v.globals.has(p.key!) ? `global ${p.key}` : undefined;
    case 'dom':
      return v.domHits.has(p.key!) ? `dom ${p.key}` : undefined;
  }
}

function first(values: string[], regex: RegExp, describe: (value: string) => string): string | undefined {
  for (const value of values) if (regex.test(value)) return describe(value);
  return undefined;
}

const clip = (s: string, max = 60) => (s.length > max ? `${s.slice(0, max)}…` : s);
const shortUrl = (url: string) => clip(url.replace(/^(?:https?:)?\/\//i, ''), 100);
