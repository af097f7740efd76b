import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, type ImportField } from '@/lib/csv/mapping';
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
            <div className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 md:grid-cols-2" data-testid="calibrate-mapping">
              {summary.mapping.map((m) => (
                <label key={m.index} className="flex items-center justify-between gap-2 text-sm">
                  <span className="truncate" title={m.header}>
                    {m.header || `(column ${m.index + 1})`}
                  </span>
                  <select
                    className={`${INPUT} ${BORDER_OK} max-w-56`}
                    value={m.field}
                    disabled={disabled}
                    aria-label={`Read column “${m.header}” as`}
                    onChange={(e) => onRemap(m.index, e.target.value as ImportField)}
                  >
                    {IMPORT_FIELDS.map((f) => (
                      <option key={f} value={f}>
                        {IMPORT_FIELD_LABELS[f]}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
          </details>
          {summary.warnings.length > 0 && (
            <ul
              className="list-disc space-y-1 pl-5 text-sm text-amber-800 dark:text-amber-300"
              data-testid="calibrate-warnings"
            >
              {summary.warnings.map((w, i) => (
                <li key={i}>{w.message}</li>
              ))}
            </ul>
          )}
          {summary.errors.length > 0 && (
            <section aria-labelledby="calibrate-errors-h" className="space-y-1">
              <h4 id="calibrate-errors-h" className="text-sm font-semibold text-red-800 dark:text-red-300">
                Rows left out ({countText(summary.stats.rejected)})
              </h4>
              <ul className="max-h-40 list-disc overflow-y-auto pl-5 text-sm" data-testid="calibrate-row-errors">
                {summary.errors.map((e, i) => (
                  <li key={i}>{e.message}</li>
                ))}
              </ul>
            </section>
          )}
        </div>
      )}
    </div>
  );
}
