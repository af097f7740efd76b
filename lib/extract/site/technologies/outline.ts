import { SIGNAL_CAPS as CAP } from './signals';

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
  for (let walked = 0; node && walked < CAP.outlineNodesWalked; walked++) {
    if (tags >= CAP.outlineTags || out.length >= CAP.outlineChars) break;
    const piece = describe(node);
    if (piece) {
      out += piece;
      tags++;
    }
    node = nextNode(node, root);
  }
  return out.length > CAP.outlineChars ? out.slice(0, CAP.outlineChars) : out;
}

function describe(node: Node): string {
  if (node.nodeType === COMMENT) return `<!--${String((node as Comment).data).slice(0, CAP.outlineAttrChars)}-->`;
  if (node.nodeType !== ELEMENT) return '';
  const el = node as Element;
  let tag = `<${String(el.localName).slice(0, 60)}`;
  const attrs = el.attributes;
  const n = attrs.length < CAP.outlineAttrs ? attrs.length : CAP.outlineAttrs;
  for (let i = 0; i < n; i++) {
    const attr = attrs[i];
    tag += ` ${String(attr.name).slice(0, 60)}="${String(attr.value).slice(0, CAP.outlineAttrChars).replace(/"/g, '&quot;')}"`;
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
