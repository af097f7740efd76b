import type { ReactNode } from 'react';
import type { EditIssue } from '@/lib/icp/edit/validate';
import { BORDER_BAD, BORDER_OK, ERROR, HINT, INPUT } from './ui';

/** A labelled control with its hint and its validation messages (linked by aria-describedby). */

interface ShellProps {
  id: string;
  label: string;
  /** Read by screen readers after the label (e.g. which criterion a "Points" box belongs to). */
  srSuffix?: string;
  issues?: readonly EditIssue[];
  hint?: string;
  className?: string;
  children: (aria: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby'?: string;
    className: string;
  }) => ReactNode;
}

export function FieldShell({ id, label, srSuffix, issues = [], hint, className = '', children }: ShellProps) {
  const described = describedBy(id, hint, issues);
  return (
    <div className={`space-y-0.5 ${className}`}>
      <label htmlFor={id} className="block text-xs font-medium text-gray-700 dark:text-gray-300">
        {label}
        {srSuffix && <span className="sr-only">{srSuffix}</span>}
      </label>
      {children({
        id,
        'aria-invalid': issues.length > 0,
        ...(described && { 'aria-describedby': described }),
        className: `${INPUT} ${issues.length > 0 ? BORDER_BAD : BORDER_OK}`,
      })}
      <FieldHelp id={id} hint={hint} issues={issues} />
    </div>
  );
}

/** A control's hint and messages, with the ids describedBy() points at. */
export function FieldHelp({ id, hint, issues }: { id: string; hint?: string; issues: readonly EditIssue[] }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className={HINT}>
          {hint}
        </p>
      )}
      <FieldErrors id={`${id}-error`} issues={issues} />
    </>
  );
}

/** The aria-describedby of a control with this hint and these issues, or undefined. */
export function describedBy(id: string, hint: string | undefined, issues: readonly EditIssue[]): string | undefined {
  return [hint && `${id}-hint`, issues.length > 0 && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

export function FieldErrors({ id, issues }: { id?: string; issues: readonly EditIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <p id={id} className={ERROR} data-testid="field-error">
      {issues.map((i) => i.message).join('; ')}
    </p>
  );
}

interface InputProps {
  id: string;
  label: string;
  srSuffix?: string;
  value: unknown;
  onChange(value: unknown): void;
  issues?: readonly EditIssue[];
  hint?: string;
  disabled?: boolean;
  className?: string;
}

/** `optional`: an emptied field is removed from the draft rather than kept as "". */
export function TextField({ value, onChange, disabled, optional, ...shell }: InputProps & { optional?: boolean }) {
  return (
    <FieldShell {...shell}>
      {(aria) => (
        <input
          {...aria}
          type="text"
          disabled={disabled}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(optional && !e.target.value ? undefined : e.target.value)}
        />
      )}
    </FieldShell>
  );
}

/**
 * A number input that hands on a number, or undefined while empty; text that is no number is
 * passed on as typed so validation names it ("expected a number, got string …").
 */
export function NumberField({ value, onChange, disabled, step, ...shell }: InputProps & { step?: number }) {
  return (
    <FieldShell {...shell}>
      {(aria) => (
        <input
          {...aria}
          type="number"
          inputMode="decimal"
          step={step ?? 1}
          disabled={disabled}
          value={typeof value === 'number' ? value : typeof value === 'string' ? value : ''}
          onChange={(e) => {
            const text = e.target.value;
            onChange(text === '' ? undefined : Number.isFinite(Number(text)) ? Number(text) : text);
          }}
        />
      )}
    </FieldShell>
  );
}

export function SelectField({
  value,
  onChange,
  disabled,
  options,
  ...shell
}: InputProps & { options: readonly { value: string; label: string }[] }) {
  return (
    <FieldShell {...shell}>
      {(aria) => (
        <select {...aria} disabled={disabled} value={String(value ?? '')} onChange={(e) => onChange(e.target.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
