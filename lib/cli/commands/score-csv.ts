import fs from 'node:fs';
import path from 'node:path';
import { scoreCsv } from '../../calibrate/score-csv';
import { readCsvText, type CsvText } from '../../csv/encoding';
import { todayUtc } from '../../fit/fits';
import { CliError, optional, parseArgs, required } from '../args';
import { checkDate, loadIcp } from '../files';
import { writeText } from './sign';

/** A CSV file decoded (UTF-8, UTF-16 or Windows-1252); a file that is no text fails with one line. */
export function readCsvFile(file: string): CsvText {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code}`);
  }
  const decoded = readCsvText(bytes, path.basename(file));
  const binary = decoded.warnings.find((w) => w.code === 'binary');
  if (binary) throw new CliError(`${file}: ${binary.message}`);
  if (decoded.text.trim() === '') throw new CliError(`${file} is empty`);
  return decoded;
}

/**
 * `score-csv --icp FILE [--icp-id ID] --in CSV --out CSV [--as-of DATE]`: the input rows, every
 * column kept and in order, with icp_score, icp_tier and icp_reasons added.
 */
export function scoreCsvCommand(argv: string[]): string {
  const args = parseArgs(argv);
  const { icp } = loadIcp(required(args, 'icp'), optional(args, 'icp-id'));
  const input = required(args, 'in');
  const out = required(args, 'out');
  const asOf = checkDate(optional(args, 'as-of')) ?? todayUtc();
  const decoded = readCsvFile(input);
  const scored = scoreCsv(decoded.text, icp, { fileName: path.basename(input), asOf, bom: decoded.bom });
  if (!scored.ok) throw new CliError(scored.message);
  writeText(out, scored.csv);
  const tiers = Object.entries(scored.tiers)
    .map(([label, n]) => `${label}: ${n}`)
    .join(', ');
  const skipped = scored.rows - scored.scored;
  const notScored = skipped > 0 ? `; ${skipped} not scored (see icp_reasons)` : '';
  return `${out}: scored ${scored.scored} of ${scored.rows} rows against "${icp.name}" as of ${asOf} (${tiers || 'none'})${notScored}`;
}
