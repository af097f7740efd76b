import type { Company } from '../icp/company';
import type { Icp, IcpBundle } from '../icp/schema';
import { compileIcpSummary } from '../icp/score';
import { industryMatches } from '../normalize/industries';
import { snapshotOf } from './snapshot';
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
  return (company) => snapshotOf({ fit: summarize(company), icp, bundle, at });
}
