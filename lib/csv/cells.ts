/**
 * CSV cells as RFC 4180 writes them, made safe for spreadsheets.
 *
 * CSV injection: a spreadsheet treats a cell that starts with "=", "+", "-" or "@" as a formula
 * (`=HYPERLINK("http://evil.example", "Click")`), and some also after a leading tab or carriage
 * return. Every text cell that starts with one of those six characters is written with a leading
 * apostrophe, which spreadsheets show as text and never evaluate (OWASP's advice). The rule has one
 * exception: numbers we format ourselves (`numberCell`: scores, head counts, amounts, versions)
 * are written as they are, so "-3" stays a number; a number typed by a person into a text field
 * (a note "-5% churn") is text and gets the apostrophe. Importing strips that apostrophe again
 * (see `unneutralize`), so an export read back gives the original text.
 */

// A cell needs quotes when it holds the delimiter, a quote or a line break (RFC 4180, section 2).
const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

/** Whether a spreadsheet would read the text as a formula: = + - @ tab CR first. */
function startsFormula(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13;
}

/** The text with a leading apostrophe when a spreadsheet would read it as a formula. */
export function neutralizeFormula(text: string): string {
  return startsFormula(text) ? `'${text}` : text;
}

/** Undoes `neutralizeFormula`: "'=SUM(A1)" is "=SUM(A1)"; a plain "'quoted'" text stays as it is. */
export function unneutralize(text: string): string {
  return text.length > 1 && text.charCodeAt(0) === 39 && startsFormula(text.slice(1, 2)) ? text.slice(1) : text;
}

/** One RFC 4180 field: quoted when it must be, quotes doubled. No formula check (see `textCell`). */
export function quoteField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTE, '""')}"` : text;
}

/** A text cell: formula-neutralized, then quoted as needed. Undefined and null are empty. */
export function textCell(value: string | undefined | null): string {
  if (value === undefined || value === null || value === '') return '';
  return quoteField(neutralizeFormula(value));
}

/**
 * A number we computed: plain digits, no exponent for integers below 1e21, no thousands
 * separators; not formula-checked (a negative number stays a number). Non-finite is empty.
 */
export function numberCell(value: number | undefined | null): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return '';
  return String(value);
}

/** A whole CSV text from ready-made cells: CRLF line ends, optional UTF-8 BOM for Excel. */
export function joinCsv(lines: string[], bom = false): string {
  const body = lines.length === 0 ? '' : `${lines.join('\r\n')}\r\n`;
  return bom ? `\uFEFF${body}` : body;
}

/** Any rows of text as CSV (for callers with their own columns, like the CLI's score-csv). */
export function toCsv(rows: readonly (readonly (string | number | undefined | null)[])[], bom = false): string {
  const lines = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] ?? [];
    const cells = new Array<string>(row.length);
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      cells[j] = typeof v === 'number' ? numberCell(v) : textCell(v);
    }
    lines[i] = cells.join(',');
  }
  return joinCsv(lines, bom);
}
