import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, type ImportField, type Mapping } from '@/lib/csv/mapping';

/**
 * What a CSV read shows before anything is done with it, shared by the leads import and the
 * calibration: each column with how it is read (changeable), the file's warnings, and the rows
 * left out with their line and reason.
 */

/** One labelled select per column: "Read column “Industry” as …". */
export function CsvColumns(props: {
  mapping: Mapping;
  onRemap(index: number, field: ImportField): void;
  selectClass: string;
  disabled?: boolean;
  className?: string;
  testId?: string;
}) {
  return (
    <div className={props.className} data-testid={props.testId}>
      {props.mapping.map((m) => (
        <label key={m.index} className="flex items-center justify-between gap-2 text-sm">
          <span className="truncate" title={m.header}>
            {m.header || `(column ${m.index + 1})`}
          </span>
          <select
            className={props.selectClass}
            value={m.field}
            disabled={props.disabled}
            aria-label={`Read column “${m.header}” as`}
            onChange={(e) => props.onRemap(m.index, e.target.value as ImportField)}
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
  );
}

/** The file's warnings (encoding, missing columns, formulas…), one per line. */
export function CsvWarnings({ warnings, testId }: { warnings: readonly { message: string }[]; testId: string }) {
  if (warnings.length === 0) return null;
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm text-amber-800 dark:text-amber-300" data-testid={testId}>
      {warnings.map((w, i) => (
        <li key={i}>{w.message}</li>
      ))}
    </ul>
  );
}

/** "Rows left out (N)": each with its line and reason, in a scrolling list. */
export function CsvRowsLeftOut(props: {
  errors: readonly { message: string }[];
  count: string | number;
  headingId: string;
  headingLevel: 'h3' | 'h4';
  testId: string;
}) {
  if (props.errors.length === 0) return null;
  const Heading = props.headingLevel;
  return (
    <section aria-labelledby={props.headingId} className="space-y-1">
      <Heading id={props.headingId} className="text-sm font-semibold text-red-800 dark:text-red-300">
        Rows left out ({props.count})
      </Heading>
      <ul className="max-h-40 list-disc overflow-y-auto pl-5 text-sm" data-testid={props.testId}>
        {props.errors.map((e, i) => (
          <li key={i}>{e.message}</li>
        ))}
      </ul>
    </section>
  );
}
