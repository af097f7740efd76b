import { MAX_JSON_LD_BLOCKS, MAX_JSON_LD_CHARS, MAX_JSON_LD_DEPTH, MAX_JSON_LD_NODES } from './limits';
import { select } from './text';

export type Json = Record<string, unknown>;

export interface Graph {
  /** Every typed or identified object, nested ones included, in document order. */
  nodes: Json[];
  byId: Map<string, Json>;
  /** Blocks that could not be read even after repair. */
  broken: number;
}

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

// Repairs for the usual breakage: raw line breaks inside strings, HTML comment or CDATA
// wrappers, trailing commas. Applied only after a strict parse failed.
function repair(text: string): string {
  return (
    text
      .replace(/^\s*(?:\/\/\s*)?<!(?:--|\[CDATA\[)/, '')
      .replace(/(?:\/\/\s*)?(?:-->|\]\]>)\s*$/, '')
      // eslint-disable-next-line no-control-regex -- raw control characters are the breakage
      .replace(/[\u0000-\u001F]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1')
  );
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return JSON.parse(repair(text));
  }
}

/** JSON-LD of a page: all blocks parsed with this module's JSON, arrays and @graph flattened. */
export function readJsonLd(doc: Document): Graph {
  const graph: Graph = { nodes: [], byId: new Map(), broken: 0 };
  let visited = 0;
  const visit = (v: unknown, depth: number): void => {
    if (depth > MAX_JSON_LD_DEPTH || visited >= MAX_JSON_LD_NODES) return;
    visited++;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length && i < 200; i++) visit(v[i], depth + 1);
      return;
    }
    if (!isObject(v)) return;
    const id = typeof v['@id'] === 'string' ? v['@id'] : undefined;
    const keys = Object.keys(v);
    if (v['@type'] !== undefined || (id && keys.length > 1)) graph.nodes.push(v);
    if (id && keys.length > 1 && !graph.byId.has(id)) graph.byId.set(id, v);
    for (const k of keys) if (k !== '@context') visit(v[k], depth + 1);
  };
  for (const script of select(doc, 'script[type="application/ld+json" i]', MAX_JSON_LD_BLOCKS)) {
    const text = script.textContent ?? '';
    if (!text.trim()) continue;
    if (text.length > MAX_JSON_LD_CHARS) {
      graph.broken++;
      continue;
    }
    try {
      visit(parse(text), 0);
    } catch {
      // A broken block is the page's problem; the others still count.
      graph.broken++;
    }
  }
  return graph;
}

/** A property, tolerating wrong case ("DatePublished") as some CMSs write it. */
export function prop(node: Json, key: string): unknown {
  if (Object.prototype.hasOwnProperty.call(node, key)) return node[key];
  const lower = key.toLowerCase();
  for (const k of Object.keys(node)) if (k.toLowerCase() === lower) return node[k];
  return undefined;
}

/** An object value, following a bare {"@id"} reference into the graph; first of an array. */
export function deref(v: unknown, graph: Graph): Json | undefined {
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first === 'string') return graph.byId.get(first);
  if (!isObject(first)) return undefined;
  const id = first['@id'];
  if (typeof id === 'string' && Object.keys(first).length === 1) return graph.byId.get(id) ?? first;
  return first;
}

/** All object values of a property (arrays kept), references followed. */
export function derefAll(v: unknown, graph: Graph): Json[] {
  const list = Array.isArray(v) ? v.slice(0, 20) : [v];
  return list.map((x) => deref(x, graph)).filter((x): x is Json => x !== undefined);
}

/** "Organization" of "Organization", "http://schema.org/Organization" or ["Thing","Organization"], lower case. */
export function typesOf(node: Json): string[] {
  const t = prop(node, '@type');
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(/^.*[/#:]/, '').toLowerCase())
    .filter(Boolean);
}

/** Text of a node's property (see prop and jsonText). */
export const field = (node: Json, key: string): string | undefined => jsonText(prop(node, key));

/** Text of a JSON-LD value: strings and numbers, `{ "@value" }` and `{ name }` unwrapped, first of arrays. */
export function jsonText(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) return jsonText(v[0]);
  if (isObject(v)) return jsonText(v['@value'] ?? v.name);
  return undefined;
}
