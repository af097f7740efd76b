import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { liveQuery } from 'dexie';
import { FiltersBar } from '@/components/leads/FiltersBar';
import { LeadsTable } from '@/components/leads/LeadsTable';
import { DataTools } from './DataTools';
import { useLater } from '@/components/leads/use-later';
import { RescoreBar } from '@/components/leads/RescoreBar';
import { BulkBar } from '@/components/leads/BulkBar';
import { db } from '@/lib/db/database';
import { FIRST_SCREEN_ROWS, readFirstScreen, rowsOfBuckets, saveFirstScreen } from '@/lib/db/lead-rows';
import { ALL_BUCKETS, BUCKET_COUNT } from '@/lib/db/buckets';
import { onLeadChanges } from '@/lib/db/lead-changes';
import { allIcps, allTags, filterRows, topRows } from '@/lib/leads/query';
import type { Activity, Lead, LeadRow } from '@/lib/leads/types';
import type { explainLead } from '@/lib/leads/explain';
import type { ActiveIcp } from '@/lib/storage/active-icp';
import {
  activeIcpIdItem,
  activeSourceItem,
  icpBundleItem,
  rescoreItem,
  teamBundleItem,
  type RescoreProgress,
} from '@/lib/storage/items';
import type { ToneFit } from '@/lib/messaging/protocol';
import { useLeadsStore } from './store';

/** Closes the detail panel and gives the keyboard back to the table. */
function closeDetail(): void {
  useLeadsStore.getState().openLead(undefined);
  requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="leads-grid"]')?.focus());
}

// The detail panel (with the scoring engine) loads when a lead is opened.
const LeadDetail = lazy(() => import('@/components/leads/LeadDetail').then((m) => ({ default: m.LeadDetail })));
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

type ExplainLead = typeof explainLead;
interface Scoring {
  active?: ActiveIcp;
  explain?: ExplainLead;
}

/**
 * The ICP in use and the code that explains a score, loaded only once a lead is opened (the
 * page opens without the scoring engine and its tables), and kept current while wanted.
 */
function useScoring(wanted: boolean): Scoring {
  const [scoring, setScoring] = useState<Scoring>({});
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const reload = () =>
      void Promise.all([import('@/lib/storage/active-icp'), import('@/lib/leads/explain')])
        .then(async ([icp, explain]) => ({ active: await icp.loadActiveIcp(), explain: explain.explainLead }))
        .then((next) => live && setScoring(next))
        .catch(() => undefined);
    reload();
    const unwatch = [activeIcpIdItem, activeSourceItem, icpBundleItem, teamBundleItem].map((item) =>
      item.watch(reload),
    );
    return () => {
      live = false;
      unwatch.forEach((u) => u());
    };
  }, [wanted]);
  return scoring;
}

function useOpenLead(key: string | undefined, { active, explain }: Scoring): OpenLead {
  const [state, setState] = useState<OpenLead>(CLOSED);
  useEffect(() => {
    if (!key) return;
    let sub: { unsubscribe(): void } | undefined;
    let closed = false;
    // The leads module (keys, merges, the public-suffix list) loads when a lead is first opened.
    void import('@/lib/db/leads').then(({ getLead }) => {
      if (closed) return;
      sub = liveQuery(async () => {
        const lead = await getLead(key);
        const activity = await db().activity.where('leadKey').equals(key).reverse().sortBy('at');
        return { lead, activity };
      }).subscribe({
        next: ({ lead, activity }) =>
          setState({ key, lead, activity, explained: lead && active && explain ? explain(lead, active) : undefined }),
        error: () => setState(CLOSED),
      });
    });
    return () => {
      closed = true;
      sub?.unsubscribe();
    };
  }, [key, active, explain]);
  return key && state.key === key ? state : CLOSED;
}

/** How long changes are gathered before the rows they touch are read. */
const CHANGES_EVERY_MS = 120;
/** At most one refresh per this long: a re-score announces a chunk of buckets many times a second. */
const REFRESH_GAP_MS = 400;
/** Buckets read per task in a refresh. */
const REFRESH_SLICE = 8;
/** The charts follow the rows shown once they have settled for this long. */
const CHARTS_SETTLE_MS = 500;

/** The first read takes the buckets in this many steps, so no single task holds the page long. */
const READ_STEPS = 4;

/**
 * The rows, live. The stored first screen shows at once when it is of the leads as they are
 * (readFirstScreen); every bucket is then read in READ_STEPS steps, and after that only the
 * buckets a write announces (from this page, another tab or the background), gathered for
 * CHANGES_EVERY_MS. Announcements that arrive during the first read are applied after it, so
 * an older read never wins. The rows' version is kept when it is known exactly.
 */
function useLiveRows(): void {
  useEffect(() => {
    const byBucket = new Map<number, LeadRow[]>();
    const pending = new Set<number>();
    const { setRows, setFirstScreen, say } = useLeadsStore.getState();
    let ready = false;
    let closed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastRefresh = -Infinity;
    const failed = (e: unknown) =>
      say(`The leads could not be read: ${e instanceof Error ? e.message : String(e)}`, true);
    const apply = (rows: Map<number, LeadRow[]>, version: number | undefined) => {
      for (const [id, list] of rows) {
        if (list.length) byBucket.set(id, list);
        else byBucket.delete(id);
      }
      if (closed) return;
      const all = [...byBucket.values()].flat();
      // Every row of a known version: keep its first screen for the next open (before rendering).
      // Written at once (a few milliseconds): it must land even if the page is closed right after.
      if (version !== undefined && all.length) {
        void saveFirstScreen(topRows(all, FIRST_SCREEN_ROWS), all.length, version).catch(() => {});
      }
      setRows(all, version);
    };
    const refresh = async () => {
      timer = undefined;
      lastRefresh = performance.now();
      const ids = [...pending];
      pending.clear();
      // A few buckets per task: a re-score announces many, and reading them must not hold the page.
      const rows = new Map<number, LeadRow[]>();
      const versions = new Set<number>();
      for (let i = 0; i < ids.length; i += REFRESH_SLICE) {
        if (i) await new Promise((resolve) => setTimeout(resolve, 0));
        const part = await rowsOfBuckets(ids.slice(i, i + REFRESH_SLICE));
        for (const [id, list] of part.rows) rows.set(id, list);
        versions.add(part.version);
      }
      apply(rows, pending.size || versions.size !== 1 ? undefined : [...versions][0]);
    };
    const schedule = () => {
      if (!ready || !pending.size || timer) return;
      const wait = Math.max(CHANGES_EVERY_MS, lastRefresh + REFRESH_GAP_MS - performance.now());
      timer = setTimeout(() => void refresh().catch(failed), wait);
    };
    const stop = onLeadChanges(({ buckets }) => {
      for (const b of buckets) pending.add(b);
      schedule();
    });
    async function readAll(): Promise<void> {
      const screen = await readFirstScreen().catch(() => undefined);
      performance.mark('leads:first-screen-read');
      if (screen && !closed) {
        setFirstScreen(screen.rows, screen.total);
        // Let it paint before the rest is read (reading takes the main thread for a while).
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      }
      const step = Math.ceil(BUCKET_COUNT / READ_STEPS);
      const read = new Map<number, LeadRow[]>();
      const versions = new Set<number>();
      for (let i = 0; i < BUCKET_COUNT && !closed; i += step) {
        const part = await rowsOfBuckets(ALL_BUCKETS.slice(i, i + step));
        for (const [id, list] of part.rows) read.set(id, list);
        versions.add(part.version);
      }
      performance.mark('leads:rows-read');
      ready = true;
      // One version across every step: nothing was written while reading.
      apply(read, versions.size === 1 && !pending.size ? [...versions][0] : undefined);
      schedule();
    }
    readAll().catch(failed);
    return () => {
      closed = true;
      stop();
      clearTimeout(timer);
    };
  }, []);
}

export function App() {
  const s = useLeadsStore();
  const [rescore, setRescore] = useState<RescoreProgress | null>(null);
  useEffect(() => {
    void rescoreItem.getValue().then(setRescore);
    return rescoreItem.watch(setRescore);
  }, []);

  useLiveRows();

  // A filter is applied at once (one pass over sorted rows); the charts follow in the background.
  const filters = s.filters;
  const rows = s.rows;
  // Sorted once per change of rows or sort (in the store); a filter picks from the sorted rows.
  const shown = useMemo(() => filterRows(s.sorted, filters), [s.sorted, filters]);
  // Charts follow the table once the rows shown settle (typing, a re-score), in a render of their own.
  const chartRows = useDeferredValue(useLater(shown, CHARTS_SETTLE_MS));
  const tags = useMemo(() => allTags(rows), [rows]);
  const icps = useMemo(() => allIcps(rows), [rows]);
  const open = useOpenLead(s.open, useScoring(s.open !== undefined));
  // Performance marks for `npm run bench` (first rows on screen, each filter applied).
  // Only once the sorted rows caught up with the rows read: the rows on screen are the latest.
  const current = s.loaded && s.sortedOf === s.rows;
  useEffect(() => {
    if (!current) return;
    performance.mark(performance.getEntriesByName('leads:rendered').length ? 'leads:shown' : 'leads:rendered', {
      detail: shown.length,
    });
  }, [current, shown]);
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
        <DataTools rows={shown} selected={selectedKeys} />
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
        total={s.partial ? s.total : rows.length}
        loading={s.partial}
        onChange={s.setFilters}
        onClear={s.clearFilters}
      />
      {s.rows.length > 0 && (
        <details open className="shrink-0">
          <summary className="cursor-pointer text-sm font-semibold">Charts for the leads shown</summary>
          {/* A fixed height: the charts arriving after the table must not move it (no layout jump). */}
          <div className="h-[332px] overflow-hidden pt-2 lg:h-[164px]">
            {/* Charts of every lead, not of the first screen: they wait for all the rows. */}
            {!s.partial && (
              <Suspense fallback={null}>
                <LeadCharts rows={chartRows} />
              </Suspense>
            )}
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
        {s.loaded && !s.partial && s.rows.length === 0 ? (
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
          <Suspense fallback={null}>
            <LeadDetail
              lead={open.lead}
              explained={open.explained}
              activity={open.activity}
              onClose={closeDetail}
              onStatus={(status) => void s.changeStatus([open.lead!.key], status)}
              onNotes={(notes) => void s.changeNotes(open.lead!.key, notes)}
              onTag={(tag, on) => void s.tag([open.lead!.key], tag, on)}
            />
          </Suspense>
        )}
      </div>
    </div>
  );
}
