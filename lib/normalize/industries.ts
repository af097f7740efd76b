import { foldKey } from './fold-key';
import { LEGACY_INDUSTRIES } from './industries-data/legacy';
import { TAXONOMY } from './industries-data/taxonomy';

// Industry names are short; longer text, or text with markup characters, is no industry.
const MAX_NAME = 200;
const NOT_A_NAME = /[<>{}\p{Cc}]/u;

/** Canonical V2 name and parent of every taxonomy entry, keyed by foldKey(name). */
const canonical = new Map<string, { name: string; parent?: string }>();
const legacy = new Map<string, string>();

(function load(): void {
  const stack: string[] = [];
  for (const line of TAXONOMY.split('\n')) {
    const name = line.trim();
    if (!name) continue;
    const depth = (line.length - line.trimStart().length) / 2;
    stack.length = depth;
    const parent = stack[depth - 1];
    canonical.set(foldKey(name), parent ? { name, parent } : { name });
    stack.push(name);
  }
  for (const [old, current] of Object.entries(LEGACY_INDUSTRIES)) legacy.set(foldKey(old), current);
})();

/**
 * The 2022 (V2) LinkedIn name for an industry, whatever its case, spacing or "&"; legacy V1
 * names map to their V2 successor. Unknown names come back trimmed, not dropped: a custom ICP
 * value can still match the same custom text on a company.
 * @example canonicalIndustry('Computer Software') // 'Software Development'
 */
export function canonicalIndustry(text: string): string | undefined {
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > MAX_NAME || NOT_A_NAME.test(trimmed)) return undefined;
  const key = foldKey(trimmed);
  if (!key) return undefined;
  return canonical.get(key)?.name ?? legacy.get(key) ?? trimmed;
}

/** Parent groups of an industry, nearest first: "Banking" gives ["Credit Intermediation", "Financial Services"]. */
export function industryAncestors(name: string): string[] {
  const ancestors: string[] = [];
  const start = canonicalIndustry(name);
  let parent = start === undefined ? undefined : canonical.get(foldKey(start))?.parent;
  while (parent !== undefined && ancestors.length < 10) {
    ancestors.push(parent);
    parent = canonical.get(foldKey(parent))?.parent;
  }
  return ancestors;
}

/**
 * Whether a company's industry satisfies an ICP industry value: the same industry, or one below
 * the ICP's group ("Manufacturing" covers "Machinery Manufacturing"; the reverse does not hold).
 */
export function industryMatches(icpValue: string, companyIndustry: string): boolean {
  const wanted = canonicalIndustry(icpValue);
  const actual = canonicalIndustry(companyIndustry);
  if (wanted === undefined || actual === undefined) return false;
  const key = foldKey(wanted);
  return foldKey(actual) === key || industryAncestors(actual).some((a) => foldKey(a) === key);
}
