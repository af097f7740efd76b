import { create } from 'zustand';
import {
  DEFAULT_SORT,
  NO_FILTERS,
  searchCorpus,
  sortRows,
  sortRowsInSlices,
  type LeadFilters,
  type Sort,
} from '@/lib/leads/query';
import type { Lead, LeadRow, LeadStatus } from '@/lib/leads/types';

/** A deletion the user can still take back. */
export interface Undo {
  leads: Lead[];
  message: string;
}

interface LeadsState {
  /** Every saved lead's table row, live from the database (only the first screen while `partial`). */
  rows: LeadRow[];
  /** `sortedOf` in the order of `sort`: sorted in a task of its own after the rows change. */
  sorted: LeadRow[];
  sortedOf: LeadRow[];
  loaded: boolean;
  /** Showing the stored first screen while the rest is read. */
  partial: boolean;
  /** How many leads there are (while partial: as the first screen says). */
  total: number;
  /** The leads' version the rows are of, when known exactly (the `version` of lib/db/lead-rows.ts). */
  version?: number;
  filters: LeadFilters;
  sort: Sort;
  selected: ReadonlySet<string>;
  /** The row the keyboard is on (its key). */
  cursor?: string;
  /** The lead shown in the detail panel. */
  open?: string;
  undo?: Undo;
  /** A short message for the status line (role="status"). */
  message?: string;
  error?: string;
  setRows(rows: LeadRow[], version?: number): void;
  /** The stored first screen, shown until every row is read. */
  setFirstScreen(rows: LeadRow[], total: number): void;
  setFilters(patch: Partial<LeadFilters>): void;
  clearFilters(): void;
  setSort(sort: Sort): void;
  toggle(key: string): void;
  selectOnly(keys: string[]): void;
  clearSelection(): void;
  setCursor(key: string | undefined): void;
  openLead(key: string | undefined): void;
  changeStatus(keys: string[], status: LeadStatus): Promise<void>;
  changeNotes(key: string, notes: string): Promise<void>;
  tag(keys: string[], tag: string, on: boolean): Promise<void>;
  remove(keys: string[]): Promise<void>;
  undoRemove(): Promise<void>;
  say(message: string | undefined, error?: boolean): void;
}

const now = () => new Date().toISOString();
/** The writes (and the code that keys and merges leads) load when the first one is made. */
const leadsDb = () => import('@/lib/db/leads');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Screen state of the leads page; the leads themselves live in IndexedDB (lib/db/leads.ts). */
export const useLeadsStore = create<LeadsState>((set, get) => {
  /** The newest sort job: an older one stops at its next step. */
  let sorting = 0;
  /** Runs a write; a failed one (quota, closed database) leaves data as it was and says why. */
  async function write(run: () => Promise<unknown>, done: string): Promise<void> {
    try {
      await run();
      set({ message: done, error: undefined });
    } catch (e) {
      set({ error: messageOf(e), message: undefined });
    }
  }
  return {
    rows: [],
    sorted: [],
    sortedOf: [],
    loaded: false,
    partial: false,
    total: 0,
    filters: NO_FILTERS,
    sort: DEFAULT_SORT,
    selected: new Set(),
    setRows(rows, version) {
      const had = get().selected;
      let selected = had;
      if (had.size) {
        const keys = new Set(rows.map((r) => r.key));
        selected = new Set([...had].filter((k) => keys.has(k)));
      }
      set({ rows, loaded: true, partial: false, total: rows.length, version, selected });
      // Sorting 50,000 rows takes tens of milliseconds: in steps of its own, never one long task.
      const job = ++sorting;
      const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
      void pause().then(async () => {
        const { rows: now, sort } = get();
        const sorted = await sortRowsInSlices(now, sort, pause, () => job !== sorting || get().rows !== now);
        if (!sorted || get().sort !== sort) return;
        set({ sorted, sortedOf: now });
        // The search text of every row, joined once in a task of its own: the first search is instant.
        setTimeout(() => void searchCorpus(sorted), 0);
      });
    },
    setFirstScreen(rows, total) {
      if (get().loaded) return; // every row is here already
      // The first screen is stored in the default order.
      set({ rows, sorted: rows, sortedOf: rows, loaded: true, partial: true, total });
    },
    setFilters(patch) {
      performance.mark('leads:filter');
      set({ filters: { ...get().filters, ...patch } });
    },
    clearFilters() {
      set({ filters: NO_FILTERS });
    },
    setSort(sort) {
      const rows = get().rows;
      set({ sort, sorted: sortRows(rows, sort), sortedOf: rows });
    },
    toggle(key) {
      const selected = new Set(get().selected);
      if (selected.has(key)) selected.delete(key);
      else selected.add(key);
      set({ selected });
    },
    selectOnly(keys) {
      set({ selected: new Set(keys) });
    },
    clearSelection() {
      set({ selected: new Set() });
    },
    setCursor(cursor) {
      set({ cursor });
    },
    openLead(open) {
      set({ open, cursor: open ?? get().cursor });
    },
    async changeStatus(keys, status) {
      await write(
        async () => (await leadsDb()).setStatus(keys, status, now()),
        `${plural(keys.length, 'lead')} set to ${status}.`,
      );
    },
    async changeNotes(key, notes) {
      await write(async () => (await leadsDb()).setNotes(key, notes, now()), 'Note saved.');
    },
    async tag(keys, tag, on) {
      const t = tag.trim();
      if (!t) return;
      await write(
        async () => {
          const db = await leadsDb();
          return on ? db.addTag(keys, t, now()) : db.removeTag(keys, t, now());
        },
        on ? `Tagged ${plural(keys.length, 'lead')} “${t}”.` : `Removed “${t}” from ${plural(keys.length, 'lead')}.`,
      );
    },
    async remove(keys) {
      try {
        const leads = await (await leadsDb()).deleteLeads(keys, now());
        const message = `Deleted ${plural(leads.length, 'lead')}.`;
        set({ undo: { leads, message }, message, error: undefined, selected: new Set(), open: undefined });
      } catch (e) {
        set({ error: messageOf(e) });
      }
    },
    async undoRemove() {
      const undo = get().undo;
      if (!undo) return;
      set({ undo: undefined });
      await write(
        async () => (await leadsDb()).restoreLeads(undo.leads, now()),
        `Restored ${plural(undo.leads.length, 'lead')}.`,
      );
    },
    say(message, error = false) {
      set(error ? { error: message, message: undefined } : { message, error: undefined });
    },
  };
});
