import Papa from 'papaparse';

/** A quote problem on a row, as papaparse reports it, placed on its line. */
export interface QuoteProblem {
  code: 'MissingQuotes' | 'InvalidQuotes';
  /** Line of the opening quote at fault. */
  line: number;
  /** True when the row ran on past that line; reading went on at the next line. */
  swallowed: boolean;
}

export interface CsvRecord {
  cells: string[];
  /** 1-based line where the row starts. */
  line: number;
  quote?: QuoteProblem;
}

export interface ReadRowsInfo {
  delimiter: string;
  linebreak: string;
  /** `visit` asked to stop. */
  stopped: boolean;
  /** Set when too many broken quotes made reading stop: the line it stopped at. */
  gaveUpAtLine?: number;
}

const CANDIDATES = [',', ';', '\t', '|'] as const;
// How many times a broken quote may send reading back to the next line before it gives up.
const MAX_QUOTE_RECOVERIES = 100;
// Characters parsed at once (then up to the next line break).
const WINDOW = 256 * 1024;
const SMALL_WINDOW = 4 * 1024;

/**
 * The delimiter of the header row: the candidate that occurs most often outside quotes on the
 * first non-blank line (comma on a tie or when there is none). Excel in much of Europe writes ";".
 */
export function guessDelimiter(text: string): string {
  const counts = new Map<string, number>();
  let inQuotes = false;
  let started = false;
  const limit = Math.min(text.length, 65536);
  for (let i = 0; i < limit; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (started) break;
    } else if (!inQuotes && (CANDIDATES as readonly string[]).includes(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
    if (c !== '\n' && c !== '\r' && c !== ' ') started = true;
  }
  let best = ',';
  let most = 0;
  for (const c of CANDIDATES) {
    const n = counts.get(c) ?? 0;
    if (n > most) [best, most] = [c, n];
  }
  return best;
}

type Linebreak = '\n' | '\r\n' | '\r';

function countBreaks(text: string, from: number, to: number, ch: string): number {
  let n = 0;
  let i = text.indexOf(ch, from);
  while (i !== -1 && i < to) {
    n++;
    i = text.indexOf(ch, i + 1);
  }
  return n;
}

/** The line break of the text: the first one found (papaparse needs one per parse). */
export function guessLinebreak(text: string): Linebreak {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  const lf = sample.indexOf('\n');
  const cr = sample.indexOf('\r');
  if (cr !== -1 && (lf === -1 || cr < lf)) return sample[cr + 1] === '\n' ? '\r\n' : '\r';
  return '\n';
}

/**
 * Reads CSV rows with papaparse (synchronously, one row at a time) and tells each row's starting
 * line. Empty lines are passed on (cells `['']`); the caller skips them, so that line numbers stay
 * exact (papaparse's own `skipEmptyLines` would hide the lines it skips from the count).
 *
 * The text is parsed in windows of about 256 KB cut at line breaks, so that a huge text is never
 * turned into an array of all its rows, stopping early costs nothing, and a broken quote costs at
 * most one window of scanning (a small one after another broken quote). A quote that never closes makes papaparse read on to the end of the
 * input: such a row is passed on with its problem, and reading starts again at the line after the
 * broken quote, so one bad row costs one row, not the file. A row longer than a window whose quotes
 * do not close within it counts as broken. `visit` returns false to stop.
 */
export function readRows(text: string, visit: (record: CsvRecord) => boolean): ReadRowsInfo {
  const delimiter = guessDelimiter(text);
  const linebreak = guessLinebreak(text);
  const ch = linebreak === '\r' ? '\r' : '\n';
  let offset = 0;
  let line = 1;
  let recoveries = 0;
  let stopped = false;
  let gaveUpAtLine: number | undefined;

  // Smaller after a broken quote (the next line is often broken too), growing back when all is well.
  let window = WINDOW;
  while (offset < text.length && !stopped) {
    const cut = text.length - offset <= window ? -1 : text.indexOf(linebreak, offset + window);
    const final = cut === -1;
    const input = text.slice(offset, final ? text.length : cut + linebreak.length);
    let pos = 0;
    // Where to go on from (relative to `input`) when the window is left early, and at which line.
    let resume = -1;
    let resumeLine = 0;
    Papa.parse<string[]>(input, {
      delimiter,
      newline: linebreak,
      header: false,
      skipEmptyLines: false,
      fastMode: false,
      step: (res, parser) => {
        const end = Math.max(pos, res.meta.cursor);
        const startLine = line;
        const cells = Array.isArray(res.data) ? res.data : [];
        const error = res.errors.find((e) => e.type === 'Quotes');
        const malformed = res.errors.some((e) => e.code === 'InvalidQuotes');
        let quote: QuoteProblem | undefined;
        if (error) {
          // A malformed quote ("a"b) is broken wherever the window ends; an unclosed one may just be cut.
          if (!final && !malformed && end >= input.length && (pos > 0 || window < WINDOW)) {
            // Open quotes at the window's end: read this row again at the start of a (larger) window.
            if (pos === 0) window = Math.min(WINDOW, window * 8);
            [resume, resumeLine] = [pos, line];
            parser.abort();
            return;
          }
          // papaparse's index is just past the opening quote.
          const at = Math.min(Math.max(pos, (error.index ?? pos + 1) - 1), end);
          const quoteLine = startLine + countBreaks(input, pos, at, ch);
          const nextBreak = input.indexOf(ch, at);
          const nextLine = nextBreak === -1 ? -1 : nextBreak + 1;
          const code = malformed ? 'InvalidQuotes' : 'MissingQuotes';
          if (nextLine !== -1 && nextLine < end) {
            quote = { code, line: quoteLine, swallowed: true };
            if (!visit({ cells, line: startLine, quote })) stopped = true;
            [resume, resumeLine] = [nextLine, quoteLine + 1];
            recoveries++;
            window = SMALL_WINDOW;
            parser.abort();
            return;
          }
          quote = { code, line: quoteLine, swallowed: false };
        }
        line += countBreaks(input, pos, end, ch);
        pos = end;
        if (!visit(quote ? { cells, line: startLine, quote } : { cells, line: startLine })) {
          stopped = true;
          parser.abort();
        }
      },
    });
    if (resume < 0) {
      offset += input.length;
      window = Math.min(WINDOW, window * 8);
      continue;
    }
    if (recoveries > MAX_QUOTE_RECOVERIES) {
      gaveUpAtLine = resumeLine;
      break;
    }
    offset += resume;
    line = resumeLine;
  }
  return { delimiter, linebreak, stopped, ...(gaveUpAtLine ? { gaveUpAtLine } : {}) };
}

/** The header row's cells (first non-blank row), trimmed and without a byte order mark. */
export function csvHeaders(text: string): string[] {
  let headers: string[] = [];
  try {
    const clean = typeof text === 'string' ? text.replace(/^\uFEFF/, '') : '';
    readRows(clean, (r) => {
      if (r.cells.every((c) => c.trim() === '')) return true;
      headers = r.cells.map((c) => c.trim());
      return false;
    });
  } catch {
    headers = [];
  }
  return headers;
}
