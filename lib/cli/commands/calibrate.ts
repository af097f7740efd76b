import path from 'node:path';
import { accountsFromCsv } from '../../calibrate/from-csv';
import { calibrate } from '../../calibrate/calibrate';
import { reportText } from '../../calibrate/report-text';
import type { AccountsFromCsv, CalibrationReport } from '../../calibrate/types';
import { todayUtc } from '../../fit/fits';
import { parseBundle } from '../../icp/errors';
import type { IcpBundle } from '../../icp/schema-bundle';
import type { Icp } from '../../icp/schema-icp';
import { CliError, optional, parseArgs, required } from '../args';
import { checkDate, loadIcp } from '../files';
import { readCsvFile } from './score-csv';
import { writeText } from './sign';

/** A file holding one ICP, as a bundle of version 1 (so the suggestion is version 2). */
function bundleOf(icp: Icp): IcpBundle {
  return {
    schemaVersion: 1,
    id: icp.id,
    name: icp.name,
    version: 1,
    publishedAt: new Date().toISOString(),
    icps: [icp],
    defaultIcpId: icp.id,
  };
}

/** What was left out of the file, in one line each. */
function fileLines(read: AccountsFromCsv): string[] {
  const lines: string[] = [];
  const rejected = read.stats.rejected;
  if (rejected > 0)
    lines.push(`Left out ${rejected} row(s) that could not be read (first: ${read.errors[0]?.message}).`);
  if (read.noOutcome.count > 0) {
    lines.push(`Left out ${read.noOutcome.count} account(s) with no won/lost outcome (open deals or unknown stages).`);
  }
  if (read.stats.merged > 0) lines.push(`Merged ${read.stats.merged} row(s) into an earlier row of the same company.`);
  return lines;
}

function jsonOutput(report: CalibrationReport, read: AccountsFromCsv, out: string): string {
  const { suggestedBundle, suggestedIcp, ...rest } = report;
  const file = { rejected: read.stats.rejected, noOutcome: read.noOutcome.count, merged: read.stats.merged };
  const written = { out, version: suggestedBundle.version, icpId: suggestedIcp.id };
  return JSON.stringify({ ...rest, file, written }, null, 2);
}

/**
 * `calibrate CSV --icp FILE [--icp-id ID] --out FILE [--json] [--as-of DATE]`: reads won/lost
 * accounts from a CRM export, prints the calibration report (JSON with --json) and writes the
 * suggested bundle (version + 1), validated, to --out. The bundle is written unsigned.
 */
export function calibrateCommand(argv: string[]): string {
  const args = parseArgs(argv, ['json']);
  const csvFile = args.positional[0];
  if (!csvFile) throw new CliError('missing the accounts file: icp-lens calibrate CSV --icp FILE --out FILE');
  const icpFile = required(args, 'icp');
  const out = required(args, 'out');
  const asOf = checkDate(optional(args, 'as-of')) ?? todayUtc();
  const { icp, bundle } = loadIcp(icpFile, optional(args, 'icp-id'));
  const fileName = path.basename(csvFile);
  const read = accountsFromCsv(readCsvFile(csvFile).text, { fileName });
  if (read.headers.length === 0) throw new CliError(`${csvFile} has no header row`);
  if (!read.hasOutcomeColumn) {
    throw new CliError(`${csvFile}: no column holds the outcome (e.g. "Deal Stage" with Closed Won / Closed Lost)`);
  }
  const outcome = calibrate(read.accounts, bundle ?? bundleOf(icp), icp.id, {
    asOf,
    now: new Date().toISOString(),
    source: fileName,
  });
  if (!outcome.ok) throw new CliError(outcome.problem.message);
  const { report } = outcome;
  const checked = parseBundle(report.suggestedBundle);
  if (!checked.ok) {
    throw new CliError(`the suggested bundle is not valid (${checked.errors[0].path} ${checked.errors[0].message})`);
  }
  writeText(out, `${JSON.stringify(report.suggestedBundle, null, 2)}\n`);
  if (args.flags.json === true) return jsonOutput(report, read, out);
  const written =
    `Wrote the suggested bundle (version ${report.suggestedBundle.version}, unsigned) to ${out}: ` +
    `review it, then publish it (icp-lens sign ${out} --key PRIVATE.jwk).`;
  return [reportText(report), ...(fileLines(read).length ? ['', ...fileLines(read)] : []), '', written].join('\n');
}
