import type { LeadFilters } from '@/lib/leads/query';
import { LEAD_STATUSES, type LeadStatus } from '@/lib/leads/types';

interface Props {
  filters: LeadFilters;
  tags: string[];
  icps: { id: string; name: string }[];
  shown: number;
  total: number;
  /** Only the first screen is here yet. */
  loading?: boolean;
  onChange(patch: Partial<LeadFilters>): void;
  onClear(): void;
}

const TONES = [
  { id: 'high', label: 'Top tier' },
  { id: 'mid', label: 'Middle tier' },
  { id: 'low', label: 'Lowest tier' },
];

const field = 'rounded-md border border-gray-300 bg-white px-2 py-1 text-sm dark:border-gray-600 dark:bg-gray-800';
const num = (v: string) => (v.trim() === '' || Number.isNaN(Number(v)) ? undefined : Number(v));
const toggled = <T,>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

/** Search and every filter of the leads table; each control is labelled and works by keyboard. */
export function FiltersBar({ filters: f, tags, icps, shown, total, loading, onChange, onClear }: Props) {
  const active =
    f.text ||
    f.tones.length ||
    f.statuses.length ||
    f.icpIds.length ||
    f.tags.length ||
    f.minScore !== undefined ||
    f.maxScore !== undefined ||
    f.savedFrom ||
    f.savedTo;
  return (
    <section aria-label="Search and filters" className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <label className="sr-only" htmlFor="lead-search">
          Search leads
        </label>
        <input
          id="lead-search"
          type="search"
          data-testid="search"
          placeholder="Search name, domain, tag, note…  ( / )"
          className={`${field} w-80`}
          value={f.text}
          onChange={(e) => onChange({ text: e.target.value })}
        />
        <span role="status" data-testid="shown" className="text-sm text-gray-600 dark:text-gray-400">
          {loading
            ? `Loading ${total} leads…`
            : shown === total
              ? `${total} lead${total === 1 ? '' : 's'}`
              : `${shown} of ${total} leads`}
        </span>
        {active ? (
          <button type="button" className="text-sm text-blue-700 hover:underline dark:text-blue-400" onClick={onClear}>
            Clear filters
          </button>
        ) : null}
      </div>
      <div className="flex flex-wrap items-end gap-4 text-sm">
        <fieldset className="flex items-center gap-2">
          <legend className="sr-only">Tier</legend>
          {TONES.map((t) => (
            <label key={t.id} className="flex items-center gap-1">
              <input
                type="checkbox"
                className="h-4 w-4"
                checked={f.tones.includes(t.id)}
                onChange={() => onChange({ tones: toggled(f.tones, t.id) })}
              />
              {t.label}
            </label>
          ))}
        </fieldset>
        <label className="flex flex-col text-xs">
          Status
          <select
            className={field}
            data-testid="filter-status"
            value={f.statuses[0] ?? ''}
            onChange={(e) => onChange({ statuses: e.target.value ? [e.target.value as LeadStatus] : [] })}
          >
            <option value="">Any</option>
            {LEAD_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-xs">
          ICP
          <select
            className={field}
            value={f.icpIds[0] ?? ''}
            onChange={(e) => onChange({ icpIds: e.target.value ? [e.target.value] : [] })}
          >
            <option value="">Any</option>
            {icps.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-xs">
          Tag
          <select
            className={field}
            value={f.tags[0] ?? ''}
            onChange={(e) => onChange({ tags: e.target.value ? [e.target.value] : [] })}
          >
            <option value="">Any</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-xs">
          Score from
          <input
            className={`${field} w-20`}
            type="number"
            min={0}
            max={100}
            value={f.minScore ?? ''}
            onChange={(e) => onChange({ minScore: num(e.target.value) })}
          />
        </label>
        <label className="flex flex-col text-xs">
          to
          <input
            className={`${field} w-20`}
            type="number"
            min={0}
            max={100}
            value={f.maxScore ?? ''}
            onChange={(e) => onChange({ maxScore: num(e.target.value) })}
          />
        </label>
        <label className="flex flex-col text-xs">
          Saved from
          <input
            className={field}
            type="date"
            value={f.savedFrom ?? ''}
            onChange={(e) => onChange({ savedFrom: e.target.value || undefined })}
          />
        </label>
        <label className="flex flex-col text-xs">
          Saved until
          <input
            className={field}
            type="date"
            value={f.savedTo ?? ''}
            onChange={(e) => onChange({ savedTo: e.target.value || undefined })}
          />
        </label>
      </div>
    </section>
  );
}
