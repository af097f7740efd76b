import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { filterChoices, type Choice } from '@/lib/icp/edit/choices';
import type { EditIssue } from '@/lib/icp/edit/validate';
import { describedBy, FieldHelp } from './Field';
import { BORDER_BAD, BORDER_OK, FOCUS, INPUT } from './ui';

export interface ChoicePickerProps {
  id: string;
  label: string;
  choices: readonly Choice[];
  values: readonly string[];
  onChange(values: string[]): void;
  /** Accept typed text that is not among the choices (Enter adds it). */
  allowCustom?: boolean;
  issues?: readonly EditIssue[];
  hint?: string;
  disabled?: boolean;
}

/**
 * A searchable multi-select (ARIA combobox with a listbox): type to filter, arrows to move,
 * Enter to add, Backspace on an empty box removes the last value; chosen values are chips with a
 * remove button each. The list floats over the page, so opening it moves nothing.
 */
export function ChoicePicker(props: ChoicePickerProps) {
  const { id, label, choices, values, onChange, allowCustom, issues = [], hint, disabled } = props;
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const byValue = useMemo(() => new Map(choices.map((c) => [c.value, c])), [choices]);
  const shown = useMemo(
    () => filterChoices(choices, query, 60).filter((c) => !values.includes(c.value)),
    [choices, query, values],
  );
  const add = (value: string) => {
    const v = value.trim();
    if (v && !values.includes(v)) onChange([...values, v]);
    setQuery('');
    setActive(0);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const delta = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => Math.max(0, Math.min(shown.length - 1, a + delta)));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const choice = open ? shown[active] : undefined;
      if (choice) add(choice.value);
      else if (allowCustom && query.trim()) add(query);
    } else if (e.key === 'Escape') {
      setOpen(false);
    } else if (e.key === 'Backspace' && query === '' && values.length > 0) {
      onChange(values.slice(0, -1));
    }
  };
  const described = describedBy(id, hint, issues);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-gray-700 dark:text-gray-300">
        {label}
      </label>
      {values.length > 0 && (
        <ul className="flex flex-wrap gap-1" aria-label={`${label}: chosen`}>
          {values.map((v) => (
            <li
              key={v}
              className="flex items-center gap-1 rounded-full bg-blue-50 py-0.5 pr-1 pl-2 text-xs text-blue-900 dark:bg-blue-950 dark:text-blue-100"
            >
              {byValue.get(v)?.label ?? v}
              {byValue.get(v)?.hint && byValue.get(v)?.label !== v && (
                <span className="text-blue-700 dark:text-blue-300">{v}</span>
              )}
              <button
                type="button"
                disabled={disabled}
                className={`rounded-full px-1 hover:bg-blue-100 dark:hover:bg-blue-900 ${FOCUS}`}
                aria-label={`Remove ${byValue.get(v)?.label ?? v}`}
                onClick={() => onChange(values.filter((x) => x !== v))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="relative">
        <input
          id={id}
          role="combobox"
          aria-expanded={open && shown.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-invalid={issues.length > 0}
          aria-activedescendant={open && shown[active] ? `${listId}-${active}` : undefined}
          {...(described && { 'aria-describedby': described })}
          disabled={disabled}
          className={`${INPUT} ${issues.length > 0 ? BORDER_BAD : BORDER_OK}`}
          placeholder={allowCustom ? 'Search or type a value, Enter to add' : 'Search, Enter to add'}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKey}
        />
        {open && shown.length > 0 && (
          <ul
            id={listId}
            role="listbox"
            aria-label={label}
            className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-gray-300 bg-white py-1 text-sm shadow-lg dark:border-gray-600 dark:bg-gray-800"
          >
            {shown.map((c, i) => (
              <li
                key={c.value}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={`cursor-pointer px-2 py-1 ${i === active ? 'bg-blue-100 dark:bg-blue-900' : ''}`}
                style={{ paddingLeft: `${0.5 + (c.depth ?? 0) * 0.9}rem` }}
                onMouseDown={(e) => {
                  e.preventDefault();
                  add(c.value);
                }}
                onMouseEnter={() => setActive(i)}
              >
                {c.label}
                {c.hint && <span className="ml-2 text-xs text-gray-500 dark:text-gray-400">{c.hint}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
      <FieldHelp id={id} hint={hint} issues={issues} />
    </div>
  );
}
