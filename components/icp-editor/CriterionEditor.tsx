import type { CriterionType, ProfileKind } from '@/lib/icp/edit/ops';
import { criterionTypes } from '@/lib/icp/edit/ops';
import { SIGNAL_TYPES } from '@/lib/icp/edit/choices';
import type { EditPath } from '@/lib/icp/edit/paths';
import type { EditIssue } from '@/lib/icp/edit/validate';
import { LIST_FIELDS } from '@/lib/icp/fields';
import { ChoicePicker } from './ChoicePicker';
import { FieldErrors, NumberField, SelectField, TextField } from './Field';
import { inputId, issuesAt } from './issues';
import { fieldOptions, TYPE_LABELS } from './labels';
import { CARD, SMALL } from './ui';
import { ValuesInput } from './ValuesInput';

type Draft = Record<string, unknown>;

export interface CriterionEditorProps {
  kind: ProfileKind;
  criterion: Draft;
  index: number;
  count: number;
  /** Absolute path of the criterion in the bundle (for ids and messages). */
  path: EditPath;
  issues: readonly EditIssue[];
  disabled?: boolean;
  onPatch(path: EditPath, value: unknown): void;
  onType(type: CriterionType): void;
  onMove(to: number): void;
  onRemove(): void;
}

const RANGE_HINTS: Record<string, string> = {
  employees: 'A size bucket counts by its middle (51-200 counts as 125.5); an open one (10,001+) by its lower end.',
  revenueUsd: 'US dollars, e.g. 10000000 for $10M.',
};

function RangeFields(p: CriterionEditorProps) {
  const { criterion: c, path, issues, disabled, onPatch } = p;
  const partial = c.partial as Draft | undefined;
  return (
    <>
      <div className="grid grid-cols-2 gap-2">
        <NumberField
          id={inputId([...path, 'min'])}
          label="Min (optional)"
          value={c.min}
          disabled={disabled}
          issues={issuesAt(issues, [...path, 'min'])}
          onChange={(v) => onPatch(['min'], v)}
        />
        <NumberField
          id={inputId([...path, 'max'])}
          label="Max (optional)"
          value={c.max}
          disabled={disabled}
          issues={issuesAt(issues, [...path, 'max'])}
          onChange={(v) => onPatch(['max'], v)}
        />
      </div>
      {RANGE_HINTS[String(c.field)] && (
        <p className="text-xs text-gray-600 dark:text-gray-400">{RANGE_HINTS[String(c.field)]}</p>
      )}
      <label className="flex items-center gap-2 text-xs">
        <input
          type="checkbox"
          className="h-4 w-4"
          disabled={disabled}
          checked={!!partial}
          onChange={(e) =>
            onPatch(
              ['partial'],
              e.target.checked ? { min: c.min, max: c.max, points: Math.round(Number(c.points) / 2) || 0 } : undefined,
            )
          }
        />
        Partial credit in a wider range
      </label>
      {partial && (
        <div className="grid grid-cols-3 gap-2">
          <NumberField
            id={inputId([...path, 'partial', 'min'])}
            label="Partial min"
            value={partial.min}
            disabled={disabled}
            issues={issuesAt(issues, [...path, 'partial', 'min'])}
            onChange={(v) => onPatch(['partial', 'min'], v)}
          />
          <NumberField
            id={inputId([...path, 'partial', 'max'])}
            label="Partial max"
            value={partial.max}
            disabled={disabled}
            issues={issuesAt(issues, [...path, 'partial', 'max'])}
            onChange={(v) => onPatch(['partial', 'max'], v)}
          />
          <NumberField
            id={inputId([...path, 'partial', 'points'])}
            label="Partial points"
            value={partial.points}
            disabled={disabled}
            issues={issuesAt(issues, [...path, 'partial', 'points'])}
            onChange={(v) => onPatch(['partial', 'points'], v)}
          />
        </div>
      )}
      <FieldErrors issues={issuesAt(issues, [...path, 'partial'])} />
    </>
  );
}

function TypeFields(p: CriterionEditorProps) {
  const { kind, criterion: c, path, issues, disabled, onPatch } = p;
  const type = String(c.type);
  if (type === 'signal') {
    return (
      <div className="grid grid-cols-2 gap-2">
        <ChoicePicker
          id={inputId([...path, 'signal'])}
          label="Signal type"
          choices={SIGNAL_TYPES}
          allowCustom
          disabled={disabled}
          values={typeof c.signal === 'string' && c.signal ? [c.signal] : []}
          issues={issuesAt(issues, [...path, 'signal'])}
          onChange={(v) => onPatch(['signal'], v.at(-1) ?? '')}
        />
        <NumberField
          id={inputId([...path, 'withinDays'])}
          label="Within days (optional)"
          value={c.withinDays}
          disabled={disabled}
          hint="Empty: any signal of this type counts, however old."
          issues={issuesAt(issues, [...path, 'withinDays'])}
          onChange={(v) => onPatch(['withinDays'], v)}
        />
      </div>
    );
  }
  const field = (
    <SelectField
      id={inputId([...path, 'field'])}
      label="Field"
      value={c.field}
      options={fieldOptions(kind, type)}
      disabled={disabled}
      issues={issuesAt(issues, [...path, 'field'])}
      onChange={(v) => {
        onPatch(['field'], v);
        if (type === 'in') onPatch(['values'], []);
        if (type === 'in' && !LIST_FIELDS.includes(String(v))) onPatch(['match'], undefined);
      }}
    />
  );
  if (type === 'range')
    return (
      <>
        {field}
        <RangeFields {...p} />
      </>
    );
  if (type === 'text') {
    return (
      <>
        {field}
        <ChoicePicker
          id={inputId([...path, 'anyOf'])}
          label="Any of these phrases"
          choices={[]}
          allowCustom
          disabled={disabled}
          values={Array.isArray(c.anyOf) ? c.anyOf.map(String) : []}
          issues={issuesAt(issues, [...path, 'anyOf'], true)}
          hint="Whole words, any case: “supply chain” also matches “supply-chain”."
          onChange={(v) => onPatch(['anyOf'], v)}
        />
      </>
    );
  }
  return (
    <>
      {field}
      <ValuesInput
        id={inputId([...path, 'values'])}
        field={String(c.field)}
        values={c.values}
        disabled={disabled}
        issues={issuesAt(issues, [...path, 'values'], true)}
        onChange={(v) => onPatch(['values'], v)}
      />
      {LIST_FIELDS.includes(String(c.field)) && (
        <SelectField
          id={inputId([...path, 'match'])}
          label="Match"
          value={c.match ?? 'any'}
          disabled={disabled}
          options={[
            { value: 'any', label: 'any of them' },
            { value: 'all', label: 'all of them' },
          ]}
          issues={issuesAt(issues, [...path, 'match'])}
          onChange={(v) => onPatch(['match'], v === 'any' ? undefined : v)}
        />
      )}
    </>
  );
}

/** One criterion: what it checks, its points and dimension, required or not; reorder and remove. */
export function CriterionEditor(p: CriterionEditorProps) {
  const { kind, criterion: c, index, count, path, issues, disabled, onPatch } = p;
  const title = typeof c.label === 'string' && c.label ? c.label : `Criterion ${index + 1}`;
  return (
    <li className={CARD} data-testid="criterion-editor" aria-label={`Criterion ${index + 1}: ${title}`}>
      <div className="grid grid-cols-[1fr_6rem_7rem] gap-2">
        <TextField
          id={inputId([...path, 'label'])}
          label="Label"
          value={c.label}
          disabled={disabled}
          issues={issuesAt(issues, [...path, 'label'])}
          onChange={(v) => onPatch(['label'], v)}
        />
        <NumberField
          id={inputId([...path, 'points'])}
          label="Points"
          srSuffix={`: ${title}`}
          value={c.points}
          disabled={disabled}
          issues={issuesAt(issues, [...path, 'points'])}
          onChange={(v) => onPatch(['points'], v)}
        />
        <TextField
          id={inputId([...path, 'dimension'])}
          label="Dimension"
          value={c.dimension ?? 'fit'}
          disabled={disabled}
          issues={issuesAt(issues, [...path, 'dimension'])}
          onChange={(v) => onPatch(['dimension'], v)}
        />
      </div>
      <div className="mt-2 grid grid-cols-[1fr_1fr] gap-2">
        <SelectField
          id={inputId([...path, 'type'])}
          label="Type"
          value={c.type}
          disabled={disabled}
          options={criterionTypes(kind).map((t) => ({ value: t, label: TYPE_LABELS[t] ?? t }))}
          onChange={(v) => p.onType(v as CriterionType)}
        />
        <TextField
          id={inputId([...path, 'id'])}
          label="Id (stable, for reports)"
          value={c.id}
          disabled={disabled}
          issues={issuesAt(issues, [...path, 'id'])}
          onChange={(v) => onPatch(['id'], v)}
        />
      </div>
      <div className="mt-2 space-y-2">
        <TypeFields {...p} />
        <FieldErrors issues={issuesAt(issues, path)} />
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-2 border-t border-gray-100 pt-2 dark:border-gray-800">
        <label className="flex items-center gap-2 text-xs">
          <input
            type="checkbox"
            className="h-4 w-4"
            disabled={disabled}
            checked={c.required === true}
            onChange={(e) => onPatch(['required'], e.target.checked ? true : undefined)}
          />
          Required: a miss disqualifies (unknown does not)
        </label>
        <span className="grow" />
        <button
          type="button"
          className={SMALL}
          disabled={disabled || index === 0}
          onClick={() => p.onMove(index - 1)}
          aria-label={`Move “${title}” up`}
        >
          ↑
        </button>
        <button
          type="button"
          className={SMALL}
          disabled={disabled || index === count - 1}
          onClick={() => p.onMove(index + 1)}
          aria-label={`Move “${title}” down`}
        >
          ↓
        </button>
        <button
          type="button"
          className={SMALL}
          disabled={disabled || count <= 1}
          onClick={p.onRemove}
          aria-label={`Remove “${title}”`}
        >
          Remove
        </button>
      </div>
    </li>
  );
}
