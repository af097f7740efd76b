import type { Company } from '../icp/company';
import { fitCompany } from '../fit/fits';
import { originLabels } from '../merge/merge-company';
import type { ToneFit } from '../messaging/protocol';
import type { ActiveIcp } from '../storage/active-icp';
import type { Lead } from './types';

/**
 * The full explanation of a saved lead's score, re-computed from its company with the ICP it was
 * scored with (when the bundle in use still has it) and the day it was scored, so it matches the
 * snapshot. Undefined when that ICP is gone from the bundle.
 */
export function explainLead(
  lead: Pick<Lead, 'company' | 'origins' | 'score'>,
  active: Pick<ActiveIcp, 'bundle'>,
): ToneFit | undefined {
  const icp = active.bundle.icps.find((i) => i.id === lead.score.icpId);
  if (!icp) return undefined;
  const company: Company = lead.company;
  return fitCompany(icp, company, lead.score.scoredAt.slice(0, 10), originLabels(lead.origins));
}
