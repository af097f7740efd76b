import { PERIOD_CHOICES, type PeriodChoice } from '@/lib/outcomes/periods';

interface Props {
  value: PeriodChoice;
  onChange(period: PeriodChoice): void;
}

/**
 * The period, as a radio group drawn as one row of buttons: Tab reaches it, the arrow keys move
 * the choice (native radio behaviour), and the focused choice shows the page's focus ring.
 */
export function PeriodPicker({ value, onChange }: Props) {
  return (
    <fieldset data-testid="outcomes-period">
      <legend className="mb-1 text-sm font-medium">Period</legend>
      <div className="inline-flex overflow-hidden rounded-md border border-gray-300 dark:border-gray-600">
        {PERIOD_CHOICES.map((c) => (
          <label
            key={c.id}
            className="cursor-pointer border-r border-gray-300 bg-white px-3 py-1.5 text-sm last:border-r-0 hover:bg-gray-100 has-checked:bg-blue-700 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:-outline-offset-2 has-focus-visible:outline-blue-600 dark:border-gray-600 dark:bg-gray-800 dark:hover:bg-gray-700 dark:has-checked:bg-blue-600"
          >
            <input
              type="radio"
              name="outcomes-period"
              value={c.id}
              className="sr-only"
              checked={value === c.id}
              onChange={() => onChange(c.id)}
            />
            {c.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
