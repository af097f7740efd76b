type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every object in the page's JSON-LD blocks, flattening arrays and @graph; broken blocks are skipped. */
export function jsonLdNodes(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 3) return;
    if (Array.isArray(v)) v.slice(0, 50).forEach((x) => visit(x, depth + 1));
    else if (isObj(v)) {
      out.push(v);
      visit(v['@graph'], depth + 1);
    }
  };
  doc.querySelectorAll('script[type="application/ld+json"]').forEach((s) => {
    try {
      visit(JSON.parse(s.textContent ?? ''), 0);
    } catch {
      // The page's broken JSON is not our error.
    }
  });
  return out;
}

/** First node whose @type matches. */
export const jsonLdOfType = (doc: Document, type: RegExp): Json | undefined =>
  jsonLdNodes(doc).find((n) => [n['@type']].flat().some((t) => typeof t === 'string' && type.test(t)));
