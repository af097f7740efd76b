import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { liveQuery } from 'dexie';
import { FiltersBar } from '@/components/leads/FiltersBar';
import { LeadDetail } from '@/components/leads/LeadDetail';
import { LeadsTable } from '@/components/leads/LeadsTable';
import { DataTools } from './DataTools';
import { RescoreBar } from '@/components/leads/RescoreBar';
import { BulkBar } from '@/components/leads/BulkBar';
import { db } from '@/lib/db/database';
import { getLead, listRows } from '@/lib/db/leads';
import { allIcps, allTags, filterRows, sortRows } from '@/lib/leads/query';
import type { Activity, Lead } from '@/lib/leads/types';
import { explainLead } from '@/lib/leads/explain';
import { loadActiveIcp, type ActiveIcp } from '@/lib/storage/active-icp';
import { activeIcpIdItem, icpBundleItem, rescoreItem, type RescoreProgress } from '@/lib/storage/items';
import type { ToneFit } from '@/lib/messaging/protocol';
import { useLeadsStore } from './store';

/** Closes the detail panel and gives the keyboard back to the table. */
function closeDetail(): void {
  useLeadsStore.getState().openLead(undefined);
  requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="leads-grid"]')?.focus());
}

// Charts load after the table: the first render stays fast.
const LeadCharts = lazy(() => import('@/components/leads/LeadCharts').then((m) => ({ default: m.LeadCharts })));

/** The open lead, its explanation and its history, live. */
interface OpenLead {
  key?: string;
  lead?: Lead;
  explained?: ToneFit;
  activity: Activity[];
}
const CLOSED: OpenLead = { activity: [] };

function useOpenLead(key: string | undefined, active: ActiveIcp | undefined): OpenLead {
  const [state, setState] = useState<OpenLead>(CLOSED);
  useEffect(() => {
    if (!key) return;
    const sub = liveQuery(async () => {
      const lead = await getLead(key);
      const activity = await db().activity.where('leadKey').equals(key).reverse().sortBy('at');
      return { lead, activity };
    }).subscribe({
      next: ({ lead, activity }) =>
        setState({ key, lead, activity, explained: lead && active ? explainLead(lead, active) : undefined }),
      error: () => setState(CLOSED),
    });
    return () => sub.unsubscribe();
  }, [key, active]);
  return key && state.key === key ? state : CLOSED;
}

export function App() {
  const s = useLeadsStore();
  const [active, setActive] = useState<ActiveIcp>();
  const [rescore, setRescore] = useState<RescoreProgress | null>(null);
  useEffect(() => {
    const reload = () => void loadActiveIcp().then(setActive);
    reload();
    void rescoreItem.getValue().then(setRescore);
    const unwatch = [rescoreItem.watch(setRescore), activeIcpIdItem.watch(reload), icpBundleItem.watch(reload)];
    return () => unwatch.forEach((u) => u());
  }, []);

  // Live: a lead saved from the popup, another tab or the background shows up here at once.
  useEffect(() => {
    const sub = liveQuery(() => listRows()).subscribe({
      next: (rows) => useLeadsStore.getState().setRows(rows),
      error: (e: unknown) => useLeadsStore.getState().say(`The leads could not be read: ${String(e)}`, true),
    });
    return () => sub.unsubscribe();
  }, []);

  const filters = useDeferredValue(s.filters);
  const shown = useMemo(() => sortRows(filterRows(s.rows, filters), s.sort), [s.rows, filters, s.sort]);
  const tags = useMemo(() => allTags(s.rows), [s.rows]);
  const icps = useMemo(() => allIcps(s.rows), [s.rows]);
  const open = useOpenLead(s.open, active);
  // Performance marks for `npm run bench` (first rows on screen, each filter applied).
  useEffect(() => {
    if (!s.loaded) return;
    performance.mark(performance.getEntriesByName('leads:rendered').length ? 'leads:shown' : 'leads:rendered', {
      detail: shown.length,
    });
  }, [s.loaded, shown]);
  const selectedKeys = [...s.selected];

  // "/" jumps to search from anywhere but a text field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement;
      if (e.key === '/' && !/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) {
        e.preventDefault();
        document.getElementById('lead-search')?.focus();
      }
      if (e.key === 'Escape' && useLeadsStore.getState().open) closeDetail();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="flex h-screen flex-col gap-3 p-4">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-semibold">Saved leads</h1>
        <DataTools rows={shown} selected={selectedKeys} active={active} />
      </header>
      <RescoreBar progress={rescore} />
      {(s.message || s.error || s.undo) && (
        <div
          role="status"
          data-testid="leads-status"
          className={`flex items-center gap-3 rounded px-3 py-2 text-sm ${
            s.error
              ? 'bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-200'
              : 'bg-green-50 text-green-800 dark:bg-green-950 dark:text-green-200'
          }`}
        >
          <span>{s.error ?? s.message}</span>
          {s.undo && !s.error && (
            <button
              type="button"
              data-testid="undo"
              className="font-semibold underline"
              onClick={() => void s.undoRemove()}
            >
              Undo
            </button>
          )}
        </div>
      )}
      <FiltersBar
        filters={s.filters}
        tags={tags}
        icps={icps}
        shown={shown.length}
        total={s.rows.length}
        onChange={s.setFilters}
        onClear={s.clearFilters}
      />
      {s.rows.length > 0 && (
        <details open className="shrink-0">
          <summary className="cursor-pointer text-sm font-semibold">Charts for the leads shown</summary>
          {/* A fixed height: the charts arriving after the table must not move it (no layout jump). */}
          <div className="h-[332px] overflow-hidden pt-2 lg:h-[164px]">
            <Suspense fallback={null}>
              <LeadCharts rows={shown} />
            </Suspense>
          </div>
        </details>
      )}
      {selectedKeys.length > 0 && (
        <BulkBar
          keys={selectedKeys}
          tags={tags}
          changeStatus={s.changeStatus}
          tag={s.tag}
          remove={s.remove}
          clearSelection={s.clearSelection}
        />
      )}
      <div className="flex min-h-0 flex-1 gap-3">
        {s.loaded && s.rows.length === 0 ? (
          <div data-testid="no-leads" className="flex flex-1 flex-col items-center justify-center gap-2 text-center">
            <h2 className="text-base font-semibold">No saved leads yet</h2>
            <p className="text-sm text-gray-600 dark:text-gray-400">
              Open a company on LinkedIn or its website, click the ICP Lens icon and press “Save lead”, or import a CSV.
            </p>
          </div>
        ) : (
          <LeadsTable
            rows={shown}
            sort={s.sort}
            selected={s.selected}
            cursor={s.cursor}
            onSort={s.setSort}
            onToggle={s.toggle}
            onSelectAll={(on) => (on ? s.selectOnly(shown.map((r) => r.key)) : s.clearSelection())}
            onCursor={s.setCursor}
            onOpen={s.openLead}
            onStatus={(key, status) => void s.changeStatus([key], status)}
            onNotes={(key, notes) => void s.changeNotes(key, notes)}
            onDelete={(keys) => void s.remove(keys)}
          />
        )}
        {open.lead && (
          <LeadDetail
            lead={open.lead}
            explained={open.explained}
            activity={open.activity}
            onClose={closeDetail}
            onStatus={(status) => void s.changeStatus([open.lead!.key], status)}
            onNotes={(notes) => void s.changeNotes(open.lead!.key, notes)}
            onTag={(tag, on) => void s.tag([open.lead!.key], tag, on)}
          />
        )}
      </div>
    </div>
  );
}
