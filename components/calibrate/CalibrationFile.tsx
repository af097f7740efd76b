import type { ImportField } from '@/lib/csv/mapping';
import { CsvColumns, CsvRowsLeftOut, CsvWarnings } from '../CsvRead';
import type { AccountsFromCsv } from '@/lib/calibrate/types';
import { BORDER_OK, HINT, INPUT } from '../icp-editor/ui';
import { countText } from './format';

/** What the page knows of a file read in the worker (the accounts stay there). */
export type FileSummary = Omit<AccountsFromCsv, 'accounts'> & { won: number; lost: number };

interface Props {
  summary?: FileSummary;
  disabled: boolean;
  onChoose(file: File | undefined): void;
  onRemap(index: number, field: ImportField): void;
}

const linesText = (lines: readonly number[], count: number) =>
  `line${count === 1 ? '' : 's'} ${lines.join(', ')}${count > lines.length ? `, and ${count - lines.length} more` : ''}`;

/** The CSV chooser and what was read from the file: columns and how each is read, outcomes, rows left out. */
export function CalibrationFile({ summary, disabled, onChoose, onRemap }: Props) {
  const outcome = summary?.mapping.find((m) => m.field === 'status');
  const amount = summary?.mapping.find((m) => m.field === 'amount');
  return (
    <div className="space-y-3">
      <div>
        <label htmlFor="calibrate-file" className="block text-sm font-medium">
          CRM export (CSV) with won and lost accounts
        </label>
        <input
          id="calibrate-file"
          type="file"
          accept=".csv,text/csv"
          className="text-sm"
          disabled={disabled}
          data-testid="calibrate-file"
          onChange={(e) => {
            onChoose(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <p className={HINT}>
          HubSpot or Salesforce exports work as they are: company columns (industry, employees, revenue, country,
          technologies…), an outcome column such as “Deal Stage” with Closed Won / Closed Lost, and optionally a deal
          amount. The file is read in this browser only.
        </p>
      </div>
      {summary && (
        <div className="space-y-3" data-testid="calibrate-read">
          <p className="text-sm" data-testid="calibrate-read-summary">
            <strong>{summary.fileName}</strong>: {countText(summary.stats.dataRows)} rows read ·{' '}
            <strong>{countText(summary.won + summary.lost)} accounts</strong> with an outcome ({countText(summary.won)}{' '}
            won, {countText(summary.lost)} lost)
            {summary.stats.merged > 0 && ` · ${countText(summary.stats.merged)} rows merged into the same company`}
            {summary.noOutcome.count > 0 && (
              <span data-testid="calibrate-no-outcome">
                {' '}
                · {countText(summary.noOutcome.count)} skipped with no won/lost outcome (
                {linesText(summary.noOutcome.lines, summary.noOutcome.count)})
              </span>
            )}
            {summary.stats.rejected > 0 && ` · ${countText(summary.stats.rejected)} rows left out (listed below)`}
            {summary.stats.truncated && ' · the file has more rows than are read; the rest was left out'}.
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
            <dt className="font-medium">Outcome column</dt>
            <dd data-testid="calibrate-outcome-column">
              {outcome ? `“${outcome.header}”` : 'none found: map the column with won/lost to “Status” below'}
            </dd>
            <dt className="font-medium">Deal size</dt>
            <dd data-testid="calibrate-amount-column">{amount ? `“${amount.header}”` : 'no column (optional)'}</dd>
          </dl>
          <details open={!outcome}>
            <summary className="cursor-pointer text-sm font-medium">Columns and how each is read</summary>
            <CsvColumns
              mapping={summary.mapping}
              onRemap={onRemap}
              selectClass={`${INPUT} ${BORDER_OK} max-w-56`}
              disabled={disabled}
              className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 md:grid-cols-2"
              testId="calibrate-mapping"
            />
          </details>
          <CsvWarnings warnings={summary.warnings} testId="calibrate-warnings" />
          <CsvRowsLeftOut
            errors={summary.errors}
            count={countText(summary.stats.rejected)}
            headingId="calibrate-errors-h"
            headingLevel="h4"
            testId="calibrate-row-errors"
          />
        </div>
      )}
    </div>
  );
}
