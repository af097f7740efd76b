/** Calibrating an ICP on won/lost accounts from a CRM export, and scoring account lists (types.ts: the contract). */
export { accountsFromCsv, parseAmount } from './from-csv';
export { calibrate, notEnoughDataMessage } from './calibrate';
export { MIN_PER_OUTCOME } from './constants';
export { auc } from './auc';
export { reportText } from './report-text';
export { reasonsText } from './reasons';
export { scoreCsv, SCORE_COLUMNS, type ScoreCsvOptions, type ScoreCsvOutcome } from './score-csv';
export type * from './types';
