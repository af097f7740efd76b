import type { ImportError, ImportWarning, ImportWarningCode, Mapping } from '../csv/import';
import type { Company } from '../icp/company';
import type { CriterionType } from '../icp/result';
import type { IcpBundle } from '../icp/schema-bundle';
import type { Icp } from '../icp/schema-icp';

/**
 * The calibration contract: what `lib/calibrate/index.ts` takes and returns. Everything it returns
 * is plain data (no classes, functions, Maps, Infinity or NaN), so accounts and reports survive
 * structured cloning across a worker boundary and a JSON round trip unchanged.
 *
 * Functions exported from lib/calibrate/index.ts:
 *   accountsFromCsv(text: string, opts: AccountsFromCsvOptions): AccountsFromCsv
 *   calibrate(accounts: readonly Account[], bundle: IcpBundle, icpId: string, opts: CalibrateOptions): CalibrationOutcome
 *   notEnoughDataMessage(won: number, lost: number): string
 *   MIN_PER_OUTCOME: number  (20)
 *   reportText(report: CalibrationReport): string  (the CLI's plain-text report)
 *   scoreCsv(text, icp, { fileName, asOf, mapping?, bom? }): the file with icp_score, icp_tier, icp_reasons
 *   reasonsText(result: FitResult): string  ("+25 Software or IT services; ? unknown: ...")
 * Test data: lib/calibrate/synthetic.ts (syntheticAccounts({ seed, count }), syntheticCsv(accounts)).
 */

export type Outcome = 'won' | 'lost';

/** One account of a CRM export with a known outcome. */
export interface Account {
  /** 1-based line of the file where the account's (first) row starts. */
  line: number;
  /** The company name, else its domain (what a report shows). */
  name: string;
  /** The normalized company, read from the mapped columns (lib/csv/import.ts). */
  company: Company;
  outcome: Outcome;
  /** The deal amount in the file's currency, when the file has one. */
  dealSize?: number;
}

export interface AccountsFromCsvOptions {
  /** Shown in messages ("accounts.csv has ..."). */
  fileName: string;
  /** The column mapping to use; guessed from the headers when left out. */
  mapping?: Mapping;
  /** Rows read at most (after the header). Default 200,000. */
  maxRows?: number;
}

/** A warning about the file: the import's own, or one about outcomes and deal amounts. */
export type AccountsWarning = Omit<ImportWarning, 'code'> & {
  code: ImportWarningCode | 'bad-amount' | 'no-outcome-column';
};

/**
 * A CRM export read as accounts. Rows that share a company (same domain, LinkedIn page, or name
 * and country) are one account: won if any of its rows is won, else lost (planImport's merge).
 */
export interface AccountsFromCsv {
  fileName: string;
  headers: string[];
  /** The mapping used, one entry per header (the given one, else the guess). */
  mapping: Mapping;
  /** Accounts with a won or lost outcome, in file order. */
  accounts: Account[];
  /** Rows left out for errors, with line and reason (the first 1,000). */
  errors: ImportError[];
  /** About the file: columns not read, unknown places, rows past the limit, amounts not read... */
  warnings: AccountsWarning[];
  /** Accounts left out because they have no won/lost outcome (open deals, unknown or no stage). */
  noOutcome: { count: number; lines: number[] };
  /** Whether a column was read as the outcome (a "Deal Stage", "Status" or "Outcome" column). */
  hasOutcomeColumn: boolean;
  stats: {
    /** Non-empty rows after the header. */
    dataRows: number;
    /** Rows left out for errors. */
    rejected: number;
    /** Rows merged into an earlier row of the same company. */
    merged: number;
    /** More rows than `maxRows`: the rest was not read. */
    truncated: boolean;
  };
}

export type CalibrationPhase = 'scoring' | 'fitting' | 'choosing' | 'evaluating';

export interface CalibrationProgress {
  phase: CalibrationPhase;
  /** 0..1 over the whole calibration. */
  fraction: number;
}

export interface CalibrateOptions {
  /** YYYY-MM-DD: the day signal windows count back from (as when scoring). */
  asOf: string;
  /** ISO date-time written as the suggested bundle's publishedAt and in its note; default `${asOf}T00:00:00Z`. */
  now?: string;
  /** The file the accounts came from, named in the note ("accounts.csv"). */
  source?: string;
  /** Called a few times per phase; never required (the worker posts it to the page). */
  onProgress?: (progress: CalibrationProgress) => void;
}

/** A share of accounts that were won, with its 95% Wilson interval. `rate` is null when n is 0. */
export interface WinRate {
  won: number;
  n: number;
  rate: number | null;
  low: number | null;
  high: number | null;
}

/** How many accounts had one status of a criterion, and how many of them were won. */
export interface StatusCount {
  accounts: number;
  won: number;
  lost: number;
}

/**
 * no-data: no account has a value it reads; too-few: too few accounts match or miss it;
 * no-difference: its lift's interval includes 1; opposite: it works against its points' sign;
 * explained: it shows an effect alone, but the other criteria account for it (0 points fitted).
 */
export type CriterionFlag = 'no-data' | 'too-few' | 'no-difference' | 'opposite' | 'explained';

export interface CriterionReport {
  id: string;
  label: string;
  type: CriterionType;
  dimension: string;
  required: boolean;
  currentPoints: number;
  suggestedPoints: number;
  /** Range criteria with a partial range: the partial points, current and suggested. */
  currentPartialPoints?: number;
  suggestedPartialPoints?: number;
  /** Unknown is its own bucket: an account with no data for the criterion is not a miss. */
  counts: { matched: StatusCount; partial: StatusCount; missed: StatusCount; unknown: StatusCount };
  /** Win rate of accounts that matched, and of accounts known not to match (missed). */
  winRateMatched: WinRate;
  winRateMissed: WinRate;
  /** Range criteria with a partial range: win rate of the partial matches. */
  winRatePartial?: WinRate;
  /**
   * winRateMatched / winRateMissed (a risk ratio) with its 95% interval (log method; 0.5 added to
   * every cell when one is 0). Null when no account matched or none missed.
   */
  lift: { value: number; low: number; high: number } | null;
  /** The fitted log-odds effect of a match (0 when the criterion was left out of the fit). */
  coefficient: number;
  /** False when the data does not show the criterion tells won from lost; `reason` says why. */
  predictive: boolean;
  /** Why it is flagged, as a code for icons and filters (set when `predictive` is false). */
  flag?: CriterionFlag;
  /**
   * Why it is flagged, in one plain sentence ("Too few accounts to tell: 4 matched and 380 missed
   * (10 of each needed)."); on a predictive criterion, a note worth reading (a required criterion
   * that predicts through disqualification but gets 0 points).
   */
  reason?: string;
  /** Mean deal size of won accounts that matched / missed, when the file has deal sizes. */
  wonDealSize?: { matched: number | null; missed: number | null };
}

/** One tier of an ICP over the accounts. */
export interface TierRow {
  id: string;
  label: string;
  min: number;
  accounts: number;
  won: number;
  lost: number;
  winRate: number | null;
}

/** One point of a ROC curve: accounts at or above a cut-off count as predicted wins. */
export interface RocPoint {
  /** Share of lost accounts above the cut-off. */
  fpr: number;
  /** Share of won accounts above the cut-off. */
  tpr: number;
  /** The cut-off score; null for points that also take in disqualified accounts. */
  minScore: number | null;
}

/** How well one ICP (current or suggested) ranks the accounts, every account scored by the engine. */
export interface ModelReport {
  /**
   * Chance a random won account ranks above a random lost one (ties count half). Accounts are
   * ranked by score, disqualified ones below all others, as their tier puts them.
   */
  auc: number;
  /** Win rate in the top tier ("Tier 1"); null when no account reaches it. */
  precisionAtTop: number | null;
  /** Share of all won accounts that reach the top tier. */
  recallAtTop: number;
  /** Tiers from highest to lowest. */
  tiers: TierRow[];
  /** At most 101 points from (0, 0) to (1, 1), for a chart. */
  roc: RocPoint[];
  disqualified: number;
}

export interface ThresholdChange {
  id: string;
  label: string;
  currentMin: number;
  suggestedMin: number;
}

export type CalibrationWarningCode =
  /** The suggested points were blended toward the current ones (or kept) so the AUC does not drop. */
  | 'kept-current-ranking'
  /** Some criteria are unknown for every account: the file has no column for them. */
  | 'no-data'
  /** A criterion's effect has the opposite sign of its points: set to 0, not flipped. */
  | 'opposite-effect'
  /** No criterion predicts: the suggestion keeps the current points. */
  | 'nothing-predicts'
  /** Few accounts: intervals are wide. */
  | 'small-sample'
  /** Tier thresholds could not all be placed by the data; some were spaced evenly. */
  | 'thresholds-spaced';

export interface CalibrationWarning {
  code: CalibrationWarningCode;
  message: string;
  /** Criteria concerned, by id. */
  criteria?: string[];
}

export interface CalibrationReport {
  icpId: string;
  icpName: string;
  asOf: string;
  /** Accounts used (won + lost). */
  rows: number;
  won: number;
  lost: number;
  /** won / rows. */
  baselineWinRate: number;
  criteria: CriterionReport[];
  current: ModelReport;
  suggested: ModelReport;
  /** The suggested ICP's tiers (ids, labels and actions kept; mins from the data). */
  thresholds: ThresholdChange[];
  /** The ICP with suggested points and tier mins; ids, labels, rules and `required` unchanged. */
  suggestedIcp: Icp;
  /** The input bundle with the suggested ICP in place, version + 1 and publishedAt = `now`. */
  suggestedBundle: IcpBundle;
  /** One line saying what was calibrated, on what, and when (also in the suggested ICP's description). */
  note: string;
  /** How the points were fitted. */
  fit: {
    method: 'l2-logistic-regression';
    /** The L2 penalty on each coefficient (the intercept is not penalized). */
    lambda: number;
    iterations: number;
    converged: boolean;
    intercept: number;
    /** 1 when the rounded fit was used as is; below 1 when blended toward the current points. */
    blend: number;
  };
  warnings: CalibrationWarning[];
}

/** Fewer than MIN_PER_OUTCOME won or lost accounts: no numbers, only this. */
export interface NotEnoughData {
  code: 'not-enough-data';
  /** "not enough data (need at least 20 won and 20 lost; this file has 3 won and 41 lost)" */
  message: string;
  won: number;
  lost: number;
  needed: number;
}

/** The bundle has no ICP with the id asked for. */
export interface UnknownIcp {
  code: 'unknown-icp';
  message: string;
}

export type CalibrationProblem = NotEnoughData | UnknownIcp;

export type CalibrationOutcome = { ok: true; report: CalibrationReport } | { ok: false; problem: CalibrationProblem };
