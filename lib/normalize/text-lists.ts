// Long enough for "Enterprise Resource Planning (ERP) implementation", short enough to refuse prose.
const MAX_ITEM = 100;
const MAX_ITEMS = 200;

function clean(item: unknown): string | undefined {
  if (typeof item !== 'string') return undefined;
  const text = item.replace(/\s+/g, ' ').trim();
  return text.length > 0 && text.length <= MAX_ITEM && !/[<>{}]/.test(text) ? text : undefined;
}

/** Trimmed, non-empty, unique ignoring case (first spelling kept), at most 200 items. */
export function uniqueList(items: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of items) {
    const text = clean(item);
    const key = text?.toLocaleLowerCase();
    if (text === undefined || key === undefined || seen.has(key)) continue;
    seen.add(key);
    out.push(text);
    if (out.length === MAX_ITEMS) break;
  }
  return out;
}

/**
 * LinkedIn specialties: a list, or one string "Cloud, DevOps and Security". A single string is
 * split on commas, semicolons, bullets and pipes, and its last part on " and " / " & " (the
 * Oxford list form), so "Research and Development" alone stays whole.
 */
export function splitSpecialties(items: readonly unknown[]): string[] {
  const only = items.length === 1 ? items[0] : undefined;
  if (typeof only !== 'string' || !/[,;·•|]/.test(only)) return uniqueList(items);
  const parts = only.split(/[,;·•|]/);
  const last = parts.pop() ?? '';
  const tail = last.split(/\s+(?:and|&|und|et|y)\s+/i);
  return uniqueList([...parts, ...tail]);
}
