import { planImport, type ImportRow } from '../csv/import';
import type { Account, AccountsFromCsv, AccountsFromCsvOptions, AccountsWarning } from './types';

/**
 * A CRM export as accounts with outcomes, read by the leads import's own reader (planImport): the
 * same column names (ours, HubSpot's, Salesforce's), normalization and row errors.
 *
 * Rows of one company (same domain, LinkedIn page, or name and country) are one account, as the
 * import merges them: won if any of its rows is won, else lost if any is lost. Calibration asks
 * "which accounts become customers", and a company with one won and one lost deal did; counting
 * it twice would also let a big customer with many deals outweigh the rest. Its deal size is the
 * first amount found on its rows.
 */

const DEFAULT_MAX_ROWS = 200_000;
const MAX_LINES = 50;

// "$12,500.00", "12 500", "EUR 9.000" would each be misread one way or another: only plain
// grouped numbers with an optional currency sign or code are taken.
const AMOUNT = /^(?:[A-Z]{3}\s?|[$€£¥])?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(?:[A-Z]{3})?$/;

/** A deal amount cell as a number, or undefined when it holds no plain amount. */
export function parseAmount(text: string): number | undefined {
  const m = AMOUNT.exec(text.trim());
  if (!m) return undefined;
  const value = Number(`${m[1].replace(/,/g, '')}${m[2] ?? ''}`);
  return Number.isFinite(value) ? value : undefined;
}

function accountOf(row: ImportRow, outcome: 'won' | 'lost'): { account: Account; badAmount: boolean } {
  const account: Account = { line: row.line, name: row.name, company: row.company, outcome };
  const amountText = row.values.amount;
  if (amountText === undefined) return { account, badAmount: false };
  const amount = parseAmount(amountText);
  if (amount !== undefined) account.dealSize = amount;
  return { account, badAmount: amount === undefined };
}

function amountWarning(column: string, lines: number[], count: number): AccountsWarning {
  const more = count > lines.length ? `, and ${count - lines.length} more` : '';
  return {
    code: 'bad-amount',
    column,
    lines,
    count,
    message: `${column}: ${count === 1 ? '1 row has' : `${count} rows have`} no plain amount; the deal size is left out (lines ${lines.join(', ')}${more}).`,
  };
}

/** Reads CSV text (decode bytes with readCsvText first) into the accounts calibration uses. */
export function accountsFromCsv(text: string, opts: AccountsFromCsvOptions): AccountsFromCsv {
  const fileName = opts.fileName || 'the file';
  const plan = planImport(text, opts.mapping, {
    fileName,
    maxRows: opts.maxRows ?? DEFAULT_MAX_ROWS,
    previewRows: 0,
  });
  const accounts: Account[] = [];
  const noOutcome = { count: 0, lines: [] as number[] };
  const badAmounts = { count: 0, lines: [] as number[] };
  for (const row of plan.rows) {
    if (row.status !== 'won' && row.status !== 'lost') {
      noOutcome.count++;
      if (noOutcome.lines.length < MAX_LINES) noOutcome.lines.push(row.line);
      continue;
    }
    const { account, badAmount } = accountOf(row, row.status);
    accounts.push(account);
    if (badAmount) {
      badAmounts.count++;
      if (badAmounts.lines.length < MAX_LINES) badAmounts.lines.push(row.line);
    }
  }
  const hasOutcomeColumn = plan.mapping.some((m) => m.field === 'status');
  const warnings: AccountsWarning[] = [...plan.warnings];
  if (!hasOutcomeColumn && plan.headers.length > 0) {
    warnings.push({
      code: 'no-outcome-column',
      message: `${fileName}: no column holds the outcome; map one (e.g. "Deal Stage" with Closed Won / Closed Lost) to "Status".`,
    });
  }
  if (badAmounts.count > 0) {
    const column = plan.mapping.find((m) => m.field === 'amount')?.header ?? 'Amount';
    warnings.push(amountWarning(column, badAmounts.lines, badAmounts.count));
  }
  return {
    fileName,
    headers: plan.headers,
    mapping: plan.mapping,
    accounts,
    errors: plan.errors,
    warnings,
    noOutcome,
    hasOutcomeColumn,
    stats: {
      dataRows: plan.stats.dataRows,
      rejected: plan.stats.rejected,
      merged: plan.stats.merged,
      truncated: plan.stats.truncated,
    },
  };
}
