import { create } from 'zustand';
import { browser } from '#imports';
import type { SaveState } from '@/components/SaveLead';
import { sendMessage, type TabFit } from '@/lib/messaging/protocol';
import { tabFitItem } from '@/lib/storage/items';
import { siteOriginsFor } from '@/lib/storage/site-access';

type Status = 'loading' | 'ready' | 'error';

/** Reading a website the popup was opened on (nothing had read it yet). */
export type ScanState =
  { state: 'reading' } | { state: 'failed'; reason: 'no-access' | 'not-a-web-page' | 'failed'; message: string };

/** "Enrich from website" on a LinkedIn company page. */
export type EnrichState =
  { state: 'working' } | { state: 'done'; pages: string[] } | { state: 'failed'; message: string };

interface PopupState {
  status: Status;
  tabId?: number;
  fit: TabFit | null;
  error?: string;
  scan?: ScanState;
  enrich?: EnrichState;
  /** The list row being explained (from `?row=N` or a click), if any. */
  row?: number;
  selectRow(row: number | undefined): void;
  load(): Promise<void>;
  /** Must be called straight from the click: the permission prompt needs the user's gesture. */
  enrichFromWebsite(): Promise<void>;
  save?: SaveState;
  /** Asks whether the tab's company (or the open row's) is saved already. */
  checkSaved(): Promise<void>;
  saveLead(): Promise<void>;
}

function rowParam(): number | undefined {
  const row = new URLSearchParams(location.search).get('row');
  return row && /^\d+$/.test(row) ? Number(row) : undefined;
}

/** The tab to explain: `?tab=ID` (tests, links from the leads page) or the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Screen state only; the fit itself lives in the background's per-tab storage. */
export const usePopupStore = create<PopupState>((set, get) => ({
  status: 'loading',
  fit: null,
  row: rowParam(),
  selectRow(row) {
    set({ row, save: undefined });
    void get().checkSaved();
  },
  async checkSaved() {
    const { tabId, row } = get();
    if (tabId === undefined) return;
    const saved = await sendMessage('ui:findLead', { tabId, ...(row === undefined ? {} : { row }) }).catch(() => null);
    if (get().save?.state !== 'saving') set({ save: { state: 'idle', saved } });
  },
  async saveLead() {
    const { tabId, row, save } = get();
    if (tabId === undefined) return;
    set({ save: { state: 'saving', saved: save?.saved ?? null } });
    try {
      const outcome = await sendMessage('ui:saveLead', { tabId, ...(row === undefined ? {} : { row }) });
      set({
        save: outcome.ok
          ? {
              state: 'saved',
              saved: { key: outcome.key, name: outcome.name, status: outcome.status },
              created: outcome.created,
            }
          : { state: 'failed', saved: save?.saved ?? null, message: outcome.message },
      });
    } catch (error) {
      set({ save: { state: 'failed', saved: save?.saved ?? null, message: messageOf(error) } });
    }
  },
  async load() {
    try {
      const tabId = await targetTabId();
      if (tabId === undefined) return set({ status: 'ready', fit: null });
      // Follow re-scores while the popup is open (in-app navigation, late content, enrichment).
      tabFitItem(tabId).watch((next) => set({ fit: next }));
      const fit = await sendMessage('ui:getFitForTab', { tabId });
      if (fit) {
        set({ status: 'ready', tabId, fit });
        return void get().checkSaved();
      }
      // Nothing read this tab yet: read it as a company website (the toolbar click allows it).
      set({ status: 'ready', tabId, fit: null, scan: { state: 'reading' } });
      const outcome = await sendMessage('ui:scanTab', { tabId });
      set(
        outcome.ok
          ? { fit: outcome.fit, scan: undefined }
          : { scan: { state: 'failed', reason: outcome.reason, message: outcome.message } },
      );
      if (outcome.ok) void get().checkSaved();
    } catch (error) {
      set({ status: 'error', error: messageOf(error) });
    }
  },
  async enrichFromWebsite() {
    const { fit, tabId } = get();
    const origins = fit?.enrichUrl ? siteOriginsFor(fit.enrichUrl) : undefined;
    if (!fit || tabId === undefined || !origins) return;
    set({ enrich: { state: 'working' } });
    // Both start now: the prompt while the click still counts, and the background's work, which
    // waits for the grant (Chrome may close this popup while its prompt is up; the work goes on).
    const granted = browser.permissions.request({ origins }).catch(() => false);
    const outcome = sendMessage('ui:enrichFromWebsite', { tabId });
    try {
      // The background's answer settles it (it waited for the grant itself); a refusal ends it sooner.
      const result = await Promise.race([outcome, granted.then((ok) => (ok ? outcome : null))]);
      if (!result) {
        const host = new URL(fit.enrichUrl!).hostname;
        return set({
          enrich: { state: 'failed', message: `ICP Lens was not allowed to read ${host}; nothing changed.` },
        });
      }
      set(
        result.ok
          ? { fit: result.fit, enrich: { state: 'done', pages: result.pages } }
          : { enrich: { state: 'failed', message: result.message } },
      );
    } catch (error) {
      set({ enrich: { state: 'failed', message: messageOf(error) } });
    }
  },
}));
