import { companySchema } from '../../icp/company';
import { formatIssues } from '../../icp/errors';
import { scoreCompany } from '../../icp/score';
import { todayUtc } from '../../fit/fits';
import { industryMatches } from '../../normalize/industries';
import { CliError, optional, parseArgs, required } from '../args';
import { checkDate, loadIcp, readJson } from '../files';

/** `score --icp FILE [--icp-id ID] --company FILE [--as-of DATE]`: the fit as JSON. */
export function scoreCommand(argv: string[]): string {
  const args = parseArgs(argv);
  const { icp } = loadIcp(required(args, 'icp'), optional(args, 'icp-id'));
  const companyFile = required(args, 'company');
  const parsed = companySchema.safeParse(readJson(companyFile));
  if (!parsed.success) {
    const [first] = formatIssues(parsed.error);
    throw new CliError(`${companyFile}: ${first.path} ${first.message}`);
  }
  const asOf = checkDate(optional(args, 'as-of')) ?? todayUtc();
  const fit = scoreCompany(icp, parsed.data, { asOf, industryMatches });
  return JSON.stringify(
    {
      icp: icp.id,
      asOf,
      score: fit.score,
      tier: fit.tier.id,
      tierLabel: fit.tier.label,
      action: fit.tier.action,
      disqualified: fit.disqualified,
      coverage: fit.coverage,
      lowConfidence: fit.lowConfidence,
      dimensions: fit.dimensions,
      criteria: fit.criteria.map((c) => ({
        id: c.id,
        label: c.label,
        status: c.status,
        earned: c.earned,
        points: c.points,
        evidence: c.evidence,
      })),
    },
    null,
    2,
  );
}
