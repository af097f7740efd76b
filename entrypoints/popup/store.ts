import { create } from 'zustand';
import { browser } from '#imports';
import { sendMessage, type TabFit } from '@/lib/messaging/protocol';
import { tabFitItem } from '@/lib/storage/items';

type Status = 'loading' | 'ready' | 'error';

interface PopupState {
  status: Status;
  tabId?: number;
  fit: TabFit | null;
  error?: string;
  /** The list row being explained (from `?row=N` or a click), if any. */
  row?: number;
  selectRow(row: number | undefined): void;
  load(): Promise<void>;
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

/** Screen state only; the fit itself lives in the background's per-tab storage. */
export const usePopupStore = create<PopupState>((set) => ({
  status: 'loading',
  fit: null,
  row: rowParam(),
  selectRow(row) {
    set({ row });
  },
  async load() {
    try {
      const tabId = await targetTabId();
      if (tabId === undefined) return set({ status: 'ready', fit: null });
      const fit = await sendMessage('ui:getFitForTab', { tabId });
      set({ status: 'ready', tabId, fit });
      // Follow re-scores while the popup is open (in-app navigation, late content).
      tabFitItem(tabId).watch((next) => set({ fit: next }));
    } catch (error) {
      set({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  },
}));
