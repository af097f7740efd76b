import { detectTechnologies, type Detection } from '../extract/site/technologies/detect';
import type { PageSignals } from '../extract/site/technologies/signals';
import type { ExtractResult } from '../extract/types';

/**
 * How sure a detection must be to count as a company's technology in scoring. One script URL,
 * global or generator meta (80) counts, as does a technology implied by one (60); a lone page
 * outline pattern (30) is shown as evidence but not scored.
 */
export const TECH_MIN_CONFIDENCE = 50;

export interface SiteTechnologies {
  /** What scoring sees: the names of the detections that count, most certain first. */
  names: string[];
  /** Everything detected, with confidence and evidence, for the popup. */
  detections: Detection[];
}

/** Technologies a page evidences, from the signals its reader and the probes collected. */
export function siteTechnologies(signals: PageSignals): SiteTechnologies {
  const detections = detectTechnologies(signals);
  return { names: detections.filter((d) => d.confidence >= TECH_MIN_CONFIDENCE).map((d) => d.name), detections };
}

/**
 * The site reader's result with its technologies in: detection ran, so an empty list means
 * "looked, found none" (never "unknown"), and the evidence is in provenance.
 */
export function withTechnologies(result: ExtractResult, tech: SiteTechnologies, probed: string[]): ExtractResult {
  if (result.kind !== 'company' || !result.company) return result;
  const top = tech.detections.slice(0, 6).map((d) => `${d.name} (${d.evidence[0] ?? 'matched'})`);
  const how = probed.length ? `page markup, ${probed.join(' and ')}` : 'page markup';
  return {
    ...result,
    company: { ...result.company, technologies: tech.names },
    provenance: {
      ...result.provenance,
      technologies: { source: 'markup', detail: `${how}: ${top.join('; ') || 'none found'}`.slice(0, 300) },
    },
  };
}

/**
 * A live reading (the page open now, or fetched now) shows open jobs as they are today: an
 * undated hiring signal from it is dated by the reading. News stays undated when its page gives
 * no date (a saved page, read by the CLI, is not dated either).
 */
export function datedByReading(result: ExtractResult, day: string): ExtractResult {
  const signals = result.company?.signals;
  if (!signals?.some((s) => s.type === 'hiring' && !s.observedAt)) return result;
  return {
    ...result,
    company: {
      ...result.company,
      signals: signals.map((s) => (s.type === 'hiring' && !s.observedAt ? { ...s, observedAt: day } : s)),
    },
  };
}
