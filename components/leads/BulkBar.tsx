import { useState } from 'react';
import { LEAD_STATUSES, type LeadStatus } from '@/lib/leads/types';

const field = 'rounded-md border border-gray-300 bg-white px-2 py-1 text-sm dark:border-gray-600 dark:bg-gray-800';

/** Actions on the selected leads: status, tag, delete (with undo). Export is in the data tools. */
interface Props {
  keys: string[];
  tags: string[];
  changeStatus(keys: string[], status: LeadStatus): Promise<void>;
  tag(keys: string[], tag: string, on: boolean): Promise<void>;
  remove(keys: string[]): Promise<void>;
  clearSelection(): void;
}

export function BulkBar({ keys, tags, changeStatus, tag, remove, clearSelection }: Props) {
  const [newTag, setNewTag] = useState('');
  return (
    <div
      role="toolbar"
      aria-label="Bulk actions"
      data-testid="bulk"
      className="flex flex-wrap items-center gap-3 rounded-md bg-gray-100 px-3 py-2 text-sm dark:bg-gray-900"
    >
      <span className="font-semibold">{keys.length} selected</span>
      <label className="flex items-center gap-1">
        Set status
        <select
          className={field}
          value=""
          data-testid="bulk-status"
          onChange={(e) => e.target.value && void changeStatus(keys, e.target.value as LeadStatus)}
        >
          <option value="">…</option>
          {LEAD_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <form
        className="flex items-center gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          void tag(keys, newTag, true);
          setNewTag('');
        }}
      >
        <label className="flex items-center gap-1">
          Tag
          <input
            className={`${field} w-28`}
            list="known-tags"
            value={newTag}
            onChange={(e) => setNewTag(e.target.value)}
            data-testid="bulk-tag"
          />
        </label>
        <datalist id="known-tags">
          {tags.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
        <button type="submit" className={field} disabled={!newTag.trim()}>
          Add tag
        </button>
      </form>
      <button
        type="button"
        className={`${field} text-red-700 dark:text-red-400`}
        data-testid="bulk-delete"
        onClick={() => void remove(keys)}
      >
        Delete
      </button>
      <button type="button" className="text-blue-700 hover:underline dark:text-blue-400" onClick={clearSelection}>
        Clear selection
      </button>
    </div>
  );
}
