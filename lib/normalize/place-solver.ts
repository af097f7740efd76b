import type { Reading } from './place-readings';

export interface Place {
  country?: string;
  region?: string;
  city?: string;
}

// Explaining one more segment breaks ties ("Hamburg, PA" is Pennsylvania, not Hamburg alone).
const PER_SEGMENT = 0.1;

/** Readings that can stand together: one country, one explicit region, one city, all agreeing. */
function compatible(picks: readonly Reading[], next: Reading): boolean {
  for (const p of picks) {
    if (p.kind === next.kind) return false;
    if (p.country && next.country && p.country !== next.country) return false;
    if (p.region && next.region && p.region !== next.region) return false;
  }
  return true;
}

function merge(picks: readonly Reading[]): Place {
  const explicit = picks.find((p) => p.kind === 'region')?.region;
  return definedOnly({
    country: picks.find((p) => p.country)?.country,
    region: explicit ?? picks.find((p) => p.region)?.region,
    city: picks.find((p) => p.city)?.city,
  });
}

function definedOnly(place: {
  country?: string | undefined;
  region?: string | undefined;
  city?: string | undefined;
}): Place {
  const out: Place = {};
  if (place.country) out.country = place.country;
  if (place.region) out.region = place.region;
  if (place.city) out.city = place.city;
  return out;
}

/**
 * The best-scoring consistent choice of one reading (or none) per segment. Strings have at most
 * six segments with a handful of readings each, so trying every combination is cheap. Earlier
 * readings win ties, which is how readingsOf orders its preferences.
 */
export function bestCombination(options: readonly Reading[][]): Place | undefined {
  let bestScore = 0;
  let best: Reading[] = [];
  const walk = (i: number, picks: Reading[], score: number): void => {
    if (i === options.length) {
      if (score > bestScore) [bestScore, best] = [score, [...picks]];
      return;
    }
    for (const r of options[i] ?? []) {
      if (!compatible(picks, r)) continue;
      picks.push(r);
      walk(i + 1, picks, score + r.weight + PER_SEGMENT);
      picks.pop();
    }
    walk(i + 1, picks, score);
  };
  walk(0, [], 0);
  return best.length > 0 ? merge(best) : undefined;
}

/**
 * "Berlin" alone reads best as the state DE-BE; the city table then adds the city it names,
 * when it agrees with what was found ("Berlin, Germany" yes, "Washington" the state no).
 */
export function addKnownCity(place: Place, firstOptions: readonly Reading[]): Place {
  if (place.city) return place;
  const known = firstOptions.find((r) => r.known && r.city);
  if (!known || known.country !== place.country) return place;
  if (place.region && known.region && place.region !== known.region) return place;
  return definedOnly({ ...place, region: place.region ?? known.region, city: known.city });
}
