import { joinCsv, textCell, numberCell } from '../csv/cells';
import { planImport, type ImportPlan } from '../csv/import';
import type { Mapping } from '../csv/mapping';
import { readRows } from '../csv/parse';
import type { FitResult } from '../icp/result';
import type { IcpInput } from '../icp/schema-icp';
import { compileIcp } from '../icp/score';
import { industryMatches } from '../normalize/industries';
import { reasonsText } from './reasons';

/**
 * Batch scoring of an account list: every row of the file, in order, with every one of its
 * columns, plus `icp_score`, `icp_tier` (the tier's label) and `icp_reasons`. Rows are read by the
 * leads import's reader (planImport): rows of one company are scored as that one company, and a
 * row it cannot read keeps its cells with an empty score and the reason in `icp_reasons`.
 * Written as RFC 4180 with commas and CRLF; every cell is formula-neutralized (lib/csv/cells.ts),
 * so a cell a spreadsheet would run comes back with a leading apostrophe.
 */

export const SCORE_COLUMNS = ['icp_score', 'icp_tier', 'icp_reasons'] as const;

export interface ScoreCsvOptions {
  fileName: string;
  asOf: string;
  mapping?: Mapping;
  /** Start the output with a byte order mark (when the input had one, for Excel). */
  bom?: boolean;
}

export type ScoreCsvOutcome =
  | { ok: true; csv: string; rows: number; scored: number; tiers: Record<string, number> }
  | { ok: false; message: string };

const MAX_ROWS = 1_000_000;

/** The result of each line that starts a row the import read (merged rows share one). */
function resultsByLine(plan: ImportPlan, icp: IcpInput, asOf: string): Map<number, FitResult> {
  const score = compileIcp(icp, { asOf, industryMatches });
  const byLine = new Map<number, FitResult>();
  for (const row of plan.rows) {
    const result = score(row.company);
    byLine.set(row.line, result);
    for (const line of row.mergedLines) byLine.set(line, result);
  }
  return byLine;
}

function problem(plan: ImportPlan): string | undefined {
  if (plan.headers.length === 0) return plan.warnings[0]?.message ?? `${plan.fileName} has no header row`;
  if (!plan.mapping.some((m) => m.field === 'name' || m.field === 'website' || m.field === 'linkedinUrl')) {
    return `${plan.fileName}: no column holds the company name, domain or LinkedIn page (is the first row a header?)`;
  }
  return undefined;
}

/** The header's cells with the score columns: replaced where the file has them already, else added. */
function outputColumns(headers: readonly string[]): { header: string[]; at: number[] } {
  const header = [...headers];
  const at = SCORE_COLUMNS.map((name) => {
    const found = headers.indexOf(name);
    return found >= 0 ? found : header.push(name) - 1;
  });
  return { header, at };
}

export function scoreCsv(text: string, icp: IcpInput, opts: ScoreCsvOptions): ScoreCsvOutcome {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const plan = planImport(clean, opts.mapping, {
    fileName: opts.fileName,
    maxRows: MAX_ROWS,
    maxErrors: Number.MAX_SAFE_INTEGER,
    previewRows: 0,
  });
  const bad = problem(plan);
  if (bad) return { ok: false, message: bad };
  const results = resultsByLine(plan, icp, opts.asOf);
  const errors = new Map(plan.errors.map((e) => [e.line, e.message]));
  const { header, at } = outputColumns(plan.headers);
  const lines = [header.map((h) => textCell(h)).join(',')];
  const tiers: Record<string, number> = {};
  let rows = 0;
  let scored = 0;
  let seenHeader = false;
  readRows(clean, (record) => {
    if (record.cells.every((c) => c.trim() === '')) return true;
    if (!seenHeader) return (seenHeader = true);
    rows++;
    // Cells past the header stay after the score columns, so those line up with the header.
    const cells = [...record.cells.slice(0, plan.headers.length)];
    while (cells.length < header.length) cells.push('');
    const out = cells.map((c) => textCell(c));
    const result = results.get(record.line);
    if (result) {
      scored++;
      tiers[result.tier.label] = (tiers[result.tier.label] ?? 0) + 1;
      [out[at[0]], out[at[1]], out[at[2]]] = [
        numberCell(result.score),
        textCell(result.tier.label),
        textCell(reasonsText(result)),
      ];
    } else {
      const why = errors.get(record.line) ?? (record.quote ? errors.get(record.quote.line) : undefined);
      [out[at[0]], out[at[1]]] = ['', ''];
      out[at[2]] = textCell(`not scored: ${why ?? 'this row was not read'}`);
    }
    lines.push([...out, ...record.cells.slice(plan.headers.length).map((c) => textCell(c))].join(','));
    return true;
  });
  return { ok: true, csv: joinCsv(lines, opts.bom === true), rows, scored, tiers };
}
