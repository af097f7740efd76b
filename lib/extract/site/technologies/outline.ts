import { OUTLINE_ATTRS, OUTLINE_ATTR_CHARS, OUTLINE_CHARS, OUTLINE_NODES_WALKED, OUTLINE_TAGS } from './signals';

const ELEMENT = 1;
const COMMENT = 8;
// Subtrees whose children say nothing about the stack but can be huge (inline SVG paths).
const NO_DESCENT = new Set(['svg', 'math']);

/**
 * A bounded outline of the page for the weak `html` patterns: each element as a start tag with
 * its first attributes, and each comment (generator banners such as Yoast's), in document order.
 * Text is left out and every loop is capped, so this never serializes a giant page.
 */
export function pageOutline(doc: Document): string {
  const root = doc.documentElement;
  let out = '';
  let tags = 0;
  let node: Node | null = root;
  for (let walked = 0; node && walked < OUTLINE_NODES_WALKED; walked++) {
    if (tags >= OUTLINE_TAGS || out.length >= OUTLINE_CHARS) break;
    const piece = describe(node);
    if (piece) {
      out += piece;
      tags++;
    }
    node = nextNode(node, root);
  }
  return out.length > OUTLINE_CHARS ? out.slice(0, OUTLINE_CHARS) : out;
}

function describe(node: Node): string {
  if (node.nodeType === COMMENT) return `<!--${String((node as Comment).data).slice(0, OUTLINE_ATTR_CHARS)}-->`;
  if (node.nodeType !== ELEMENT) return '';
  const el = node as Element;
  let tag = `<${String(el.localName).slice(0, 60)}`;
  // Names and getAttribute rather than el.attributes, whose items the browser makes into Attr
  // nodes on first access (twice the time, and memory the page keeps).
  const names = el.getAttributeNames();
  const n = names.length < OUTLINE_ATTRS ? names.length : OUTLINE_ATTRS;
  for (let i = 0; i < n; i++) {
    const name = String(names[i]);
    // getAttribute lower-cases its argument on HTML elements; such a name is read the slow way.
    const raw = /[A-Z]/.test(name) ? null : el.getAttribute(name);
    const value = String(raw ?? el.attributes[i].value).slice(0, OUTLINE_ATTR_CHARS);
    tag += ` ${name.slice(0, 60)}="${value.indexOf('"') < 0 ? value : value.replace(/"/g, '&quot;')}"`;
  }
  return `${tag}>`;
}

/** Next node in document order, without recursion (deeply nested junk cannot blow the stack). */
function nextNode(node: Node, root: Node | null): Node | null {
  const skipChildren = node.nodeType === ELEMENT && NO_DESCENT.has((node as Element).localName);
  if (!skipChildren && node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}
