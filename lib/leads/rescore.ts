import type { Company } from '../icp/company';
import type { Icp, IcpBundle } from '../icp/schema';
import { compileIcpSummary } from '../icp/score';
import { tierTone } from '../fit/tier-tone';
import { industryMatches } from '../normalize/industries';
import type { ScoreSnapshot } from './types';

/**
 * One compiled scorer for many companies (saved leads after an ICP change, imported CSV rows):
 * the bulk scoring path (numbers, no evidence) turned into the snapshot a lead keeps.
 */
export function snapshotScorer(
  bundle: Pick<IcpBundle, 'id' | 'version'>,
  icp: Icp,
  at: string,
): (company: Company) => ScoreSnapshot {
  const summarize = compileIcpSummary(icp, { asOf: at.slice(0, 10), industryMatches });
  const tiers = new Map(icp.tiers.map((t) => [t.id, { label: t.label, tone: tierTone(icp.tiers, t.id) }]));
  return (company) => {
    const s = summarize(company);
    const tier = tiers.get(s.tierId) ?? { label: s.tierId, tone: 'low' as const };
    return {
      icpId: icp.id,
      icpName: icp.name,
      bundleId: bundle.id,
      bundleVersion: bundle.version,
      score: s.score,
      tierId: s.tierId,
      tierLabel: tier.label,
      tone: tier.tone,
      coverage: s.coverage,
      disqualified: s.disqualified,
      lowConfidence: s.lowConfidence,
      scoredAt: at,
    };
  };
}
