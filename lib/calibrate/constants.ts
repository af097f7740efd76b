/** The numbers calibration decides by, in one place. */

/** Fewer won (or lost) accounts than this and calibration gives no numbers, only a message. */
export const MIN_PER_OUTCOME = 20;

/** Accounts needed both matching and missing a criterion before its lift says anything. */
export const MIN_BUCKET = 10;

/** Accounts needed on each side of a feature (has it / has not) before it is fitted at all. */
export const MIN_FIT = 5;

/**
 * The L2 penalty on each fitted log-odds effect. Fixed rather than tuned, so results never depend
 * on a random split: it pulls effects seen on a few dozen accounts toward 0 and is negligible on
 * thousands.
 */
export const LAMBDA = 1;

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/** Points a ROC curve is cut down to, for a chart. */
export const MAX_ROC_POINTS = 101;

/** Below this many won or lost accounts the report warns that intervals are wide. */
export const SMALL_SAMPLE = 100;

/** Fractions of the way from the current points to the fitted ones, tried in order (see choose.ts). */
export const BLENDS = [1, 0.75, 0.5, 0.25, 0] as const;
