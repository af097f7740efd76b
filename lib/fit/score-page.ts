import { companySchema, type Company } from '../icp/company';
import type { Icp } from '../icp/schema';
import { scoreCompany } from '../icp/score';
import type { ExtractResult } from '../extract/types';
import type { BadgeView, TabFit } from '../messaging/protocol';
import { normalizeCompany } from '../normalize/company';
import { industryMatches } from '../normalize/industries';
import { tierTone } from './tier-tone';

/** Evidence labels per provenance source, as the popup shows them ("51-200 employees (LinkedIn)"). */
const SOURCE_LABELS: Record<string, string> = {
  'json-ld': 'page data',
  'embedded-json': 'page data',
  meta: 'page meta',
  markup: 'page',
  text: 'page text',
  url: 'URL',
};

function sourcesFor(result: ExtractResult, url: string): Record<string, string> {
  const onLinkedIn = /(^|\.)linkedin\.com$/i.test(new URL(url).hostname);
  const out: Record<string, string> = {};
  for (const [field, p] of Object.entries(result.provenance)) {
    out[field] = onLinkedIn ? 'LinkedIn' : (SOURCE_LABELS[p.source] ?? p.source);
  }
  // Normalized field names differ from raw ones; map the ones the evidence lines use.
  const alias: Record<string, string> = { size: 'employees', employeeCount: 'employees', revenue: 'revenueUsd', headquarters: 'hq', address: 'hq', founded: 'foundedYear', specialties: 'keywords' };
  for (const [raw, norm] of Object.entries(alias)) if (out[raw] && !out[norm]) out[norm] = out[raw];
  for (const sub of ['hq.country', 'hq.region', 'hq.city']) if (out.hq) out[sub] = out.hq;
  return out;
}

/** UTC calendar date, the `asOf` every score uses. */
export const todayUtc = (now = new Date()): string => now.toISOString().slice(0, 10);

/**
 * Normalizes what a page yielded and scores it: the single path from page data to a fit,
 * shared by the background, the CLI and tests.
 */
export function scorePage(
  tabId: number,
  url: string,
  result: ExtractResult,
  icp: Icp,
  asOf: string,
): TabFit {
  const base: TabFit = {
    tabId,
    url,
    kind: result.kind,
    provenance: result.provenance,
    missing: result.missing,
    icp: { id: icp.id, name: icp.name },
    scoredAt: new Date().toISOString(),
  };
  if (result.kind !== 'company' || !result.company) return { ...base, title: result.person?.name };
  const company: Company = companySchema.parse(normalizeCompany(result.company));
  const fit = scoreCompany(icp, company, { asOf, industryMatches, sources: sourcesFor(result, url) });
  return { ...base, title: company.name, company, fit, tone: tierTone(icp.tiers, fit.tier.id) };
}

/** Compact view for the in-page badge: score, tier and the top reasons. */
export function badgeView(fit: TabFit): BadgeView | null {
  if (!fit.fit || !fit.tone) return null;
  const ranked = [...fit.fit.criteria]
    .filter((c) => c.status !== 'unknown')
    .sort((a, b) => Math.abs(b.earned) - Math.abs(a.earned));
  return {
    score: fit.fit.score,
    tierId: fit.fit.tier.id,
    tierLabel: fit.fit.tier.label,
    tone: fit.tone,
    reasons: ranked.slice(0, 3).map((c) => `${c.status === 'match' ? '✓' : c.status === 'partial' ? '◐' : '✗'} ${c.evidence}`),
  };
}
