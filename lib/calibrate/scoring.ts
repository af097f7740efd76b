import type { FitSummary } from '../icp/result';
import type { IcpInput } from '../icp/schema-icp';
import { compileIcpSummary } from '../icp/score';
import { industryMatches } from '../normalize/industries';
import { addToHistogram, emptyHistogram, rankKey, type KeyHistogram } from './ranking';
import type { Account } from './types';

/** Scoring accounts with the real engine (the same compiled scorer the leads page re-scores with). */

export type Summarize = (account: Account) => FitSummary;

export function summarizer(icp: IcpInput, asOf: string): Summarize {
  const summarize = compileIcpSummary(icp, { asOf, industryMatches });
  return (account) => summarize(account.company);
}

/** Progress of a pass, as the fraction of accounts scored; called every PROGRESS_EVERY accounts. */
export type PassProgress = (fraction: number) => void;

export const PROGRESS_EVERY = 10_000;

/** Every account scored: won and lost accounts per rank key. */
export function scorePass(
  accounts: readonly Account[],
  icp: IcpInput,
  asOf: string,
  progress?: PassProgress,
): KeyHistogram {
  const summarize = summarizer(icp, asOf);
  const histogram = emptyHistogram();
  for (let i = 0; i < accounts.length; i++) {
    const account = accounts[i];
    const s = summarize(account);
    const won = account.outcome === 'won' ? 1 : 0;
    addToHistogram(histogram, rankKey(s.score, s.disqualified), won, 1 - won);
    if (progress && (i + 1) % PROGRESS_EVERY === 0) progress((i + 1) / accounts.length);
  }
  return histogram;
}
