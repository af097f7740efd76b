/** What an import reports: row errors (the row is left out) and warnings (the row, or file, is read anyway). */

export type ImportErrorCode =
  /** Neither a company name nor a domain (nor a LinkedIn company page). */
  | 'no-identity'
  /** A number column (employees, revenue, founded) holds something that is no number. */
  | 'not-a-number'
  /** Quotes gone wrong on this row (papaparse: MissingQuotes / InvalidQuotes). */
  | 'quotes'
  /** More cells than the header has columns (an unquoted comma, most often). */
  | 'too-many-cells'
  /** Anything else that went wrong reading the row (not expected to happen). */
  | 'unreadable';

export interface ImportError {
  /** 1-based line of the file where the row starts. */
  line: number;
  /** The column's header, when one column is at fault. */
  column?: string;
  /** The cell as read, when one cell is at fault (cut to 100 characters). */
  value?: string;
  code: ImportErrorCode;
  /** The whole report line: "line 12, Number of Employees: 'lots' is not a number". */
  message: string;
}

export type ImportWarningCode =
  | 'encoding'
  | 'binary'
  | 'empty'
  | 'no-rows'
  | 'missing-columns'
  | 'unmapped-header'
  | 'formula'
  | 'max-rows'
  | 'too-many-errors'
  | 'quotes-gave-up'
  | 'unknown-status'
  | 'unknown-place'
  | 'bad-website'
  | 'bad-linkedin'
  | 'too-long'
  /** The header row itself is broken (quotes). */
  | 'header'
  | 'unreadable';

export interface ImportWarning {
  code: ImportWarningCode;
  message: string;
  /** The column's header, for warnings about one column. */
  column?: string;
  /** Lines concerned (the first 50), for warnings about rows. */
  lines?: number[];
  /** How many rows the warning is about, when it is about rows. */
  count?: number;
}
