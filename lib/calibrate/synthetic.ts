import { toCsv } from '../csv/cells';
import type { Company } from '../icp/company';
import { midMarketSaas } from '../icp/defaults';
import type { Icp } from '../icp/schema-icp';
import { compileIcpSummary } from '../icp/score';
import { industryMatches } from '../normalize/industries';
import { countryName } from '../normalize/places';
import { companyParts } from './synthetic-parts';
import { seededRandom } from './random';
import type { Account } from './types';

/**
 * Accounts with known outcomes, for tests, the calibration bench and demo files: companies drawn
 * from realistic distributions, each won with a chance that rises with its score against a known
 * "true" ICP, plus label noise. Seeded, so one seed always gives the same accounts.
 */

export const SYNTHETIC_AS_OF = '2026-06-30';

/**
 * The ICP that decides outcomes by default: the bundled mid-market SaaS ICP with different points
 * (industry and CRM matter more, region less, and agencies lose more often than its points say).
 */
export const syntheticTrueIcp: Icp = {
  ...midMarketSaas,
  criteria: midMarketSaas.criteria.map((c) => {
    const points: Record<string, number> = { industry: 30, size: 25, region: 10, crm: 25, b2b: 10, agency: -30 };
    const changed = { ...c, points: points[c.id] ?? c.points };
    return changed.type === 'range' && changed.partial
      ? { ...changed, partial: { ...changed.partial, points: 8 } }
      : changed;
  }),
};

export interface SyntheticOptions {
  seed: number;
  count: number;
  /** The ICP whose score decides the outcome; default syntheticTrueIcp. */
  trueIcp?: Icp;
  asOf?: string;
  /** Log-odds of winning per point of true score (default 0.08). */
  slope?: number;
  /** The true score with even odds of winning (default 55). */
  midpoint?: number;
  /** Share of outcomes flipped at random (default 0.03). */
  flip?: number;
}

export interface SyntheticAccounts {
  accounts: Account[];
  trueIcp: Icp;
  asOf: string;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * `count` accounts; account i sits on line i + 2 of syntheticCsv's file. Domains are unique, so
 * reading the file back merges nothing.
 */
export function syntheticAccounts(opts: SyntheticOptions): SyntheticAccounts {
  const random = seededRandom(opts.seed);
  const trueIcp = opts.trueIcp ?? syntheticTrueIcp;
  const asOf = opts.asOf ?? SYNTHETIC_AS_OF;
  const slope = opts.slope ?? 0.08;
  const midpoint = opts.midpoint ?? 55;
  const flip = opts.flip ?? 0.03;
  const summarize = compileIcpSummary(trueIcp, { asOf, industryMatches });
  const accounts: Account[] = [];
  for (let i = 0; i < opts.count; i++) {
    const { company, dealSize } = companyParts(random, i);
    const truth = summarize(company);
    // Disqualified accounts (outside the true markets) are rarely won, whatever else they match.
    const chance = truth.disqualified ? 0.03 : sigmoid(slope * (truth.score - midpoint));
    let won = random.next() < chance;
    if (random.chance(flip)) won = !won;
    const account: Account = { line: i + 2, name: company.name ?? '', company, outcome: won ? 'won' : 'lost' };
    if (dealSize !== undefined) account.dealSize = dealSize;
    accounts.push(account);
  }
  return { accounts, trueIcp, asOf };
}

const HUBSPOT_HEADERS = [
  'Company name',
  'Company Domain Name',
  'Industry',
  'Number of Employees',
  'Annual Revenue',
  'Country/Region',
  'Technologies',
  'Description',
  'Amount',
  'Deal Stage',
];

/** One exact-count bucket as the single number a CRM column holds. */
const exact = (bucket: Company['employees']) => (bucket ? bucket.min : undefined);

/**
 * The accounts as a HubSpot-style deals export: one row per account, RFC 4180, outcomes as
 * "Closed Won" / "Closed Lost". Reading it back (accountsFromCsv) gives the same companies.
 */
export function syntheticCsv(accounts: readonly Account[]): string {
  const rows: (string | number | undefined)[][] = [HUBSPOT_HEADERS];
  for (const { company: c, outcome, dealSize } of accounts) {
    const country = c.hq?.country;
    rows.push([
      c.name,
      c.domain,
      c.industry,
      exact(c.employees),
      exact(c.revenueUsd),
      country === undefined ? undefined : (countryName(country) ?? country),
      c.technologies?.join('; '),
      c.description,
      dealSize,
      outcome === 'won' ? 'Closed Won' : 'Closed Lost',
    ]);
  }
  return toCsv(rows);
}
