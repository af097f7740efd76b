import type { IndustryMatcher } from './engine-types';
import { normalizeValue } from './normalize-text';

/**
 * The default industry rule: normalized equality. A taxonomy-aware matcher (parent groups
 * match the industries below them) comes from lib/normalize and is passed in by callers.
 */
export const defaultIndustryMatches: IndustryMatcher = (icpValue, companyIndustry) =>
  normalizeValue(icpValue) === normalizeValue(companyIndustry);

const CACHE_LIMIT = 1024;

/**
 * The ICP value that covers a company industry according to `matches`, or undefined.
 * Industries repeat across companies, so answers are cached; `matches` must be pure.
 */
export function industryLookup(
  values: readonly string[],
  matches: IndustryMatcher,
): (companyIndustry: string) => string | undefined {
  const cache = new Map<string, string | null>();
  return (companyIndustry) => {
    let hit = cache.get(companyIndustry);
    if (hit === undefined) {
      hit = values.find((value) => matches(value, companyIndustry)) ?? null;
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(companyIndustry, hit);
    }
    return hit ?? undefined;
  };
}
