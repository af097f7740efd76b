import { browser, defineContentScript, type ContentScriptContext } from '#imports';
import { listResult, readRows, type ListRow } from '@/lib/extract/linkedin/list';
import { isSalesNavList, isSearchResultsPage } from '@/lib/extract/linkedin/page-types';
import { extractLinkedIn } from '@/lib/extract/linkedin/registry';
import type { ExtractResult } from '@/lib/extract/types';
import { RESCORE, sendMessage, type PageBadges } from '@/lib/messaging/protocol';
import { areaOf, bareKey, KEYS } from '@/lib/storage/keys';
import { pageAnchor, rowAnchor } from './anchors';
import { HOST_TAG, removeBadges, upsertBadge } from './badge';

/**
 * Delay between a DOM change and the next read. Reads are throttled, not debounced: a burst of
 * renders cannot postpone the read, and an unchanged read is not sent again.
 */
const SETTLE_MS = 80;
/** With no relevant change for this long, stop observing until the user navigates or scrolls. */
const IDLE_MS = 8_000;

interface Snapshot {
  signature: string;
  rows: ListRow[];
  badges: PageBadges | null;
}

function read(url: URL): { result: ExtractResult; rows: ListRow[] } {
  if (isSearchResultsPage(url) || isSalesNavList(url)) {
    const rows = readRows(document, url);
    return { result: listResult(rows, url), rows };
  }
  return { result: extractLinkedIn(document, url), rows: [] };
}

/** Saves the page's company (or one row's) as a lead; true when the background saved it. */
async function saveLead(row?: number): Promise<boolean> {
  try {
    const outcome = await sendMessage('cs:saveLead', row === undefined ? {} : { row });
    return !!outcome?.ok;
  } catch {
    return false;
  }
}

function draw(snapshot: Snapshot): void {
  const badges = snapshot.badges;
  if (!badges?.show) return removeBadges(document);
  const keep = new Set<string>();
  const anchor = badges.page && pageAnchor(document);
  if (badges.page && anchor) {
    upsertBadge(anchor, 'page', badges.page, {
      compact: false,
      onClick: () => void sendMessage('cs:openDetails', {}),
      onSave: () => saveLead(),
    });
    keep.add('page');
  }
  badges.rows.forEach((view, i) => {
    const row = snapshot.rows[i];
    if (!view || !row?.el.isConnected) return;
    upsertBadge(rowAnchor(row.el), `row-${i}`, view, {
      compact: true,
      onClick: () => void sendMessage('cs:openDetails', { row: i }),
      onSave: () => saveLead(i),
    });
    keep.add(`row-${i}`);
  });
  removeBadges(document, keep);
}

/** Our own badge insertions are mutations too; they must not wake the observer. */
const isOurs = (m: MutationRecord) =>
  [...m.addedNodes, ...m.removedNodes].every((n) => n.nodeName.toLowerCase() === HOST_TAG) ||
  (m.target as Element).closest?.(HOST_TAG) !== null;

export default defineContentScript({
  matches: ['https://www.linkedin.com/*', 'https://linkedin.com/*'],
  runAt: 'document_end',
  main(ctx: ContentScriptContext) {
    let last: Snapshot | undefined;
    let settleTimer: number | undefined;
    let idleTimer: number | undefined;

    /** Reads the page; sends it only when what was read changed; redraws badges the page removed. */
    async function update(): Promise<void> {
      try {
        const url = new URL(location.href);
        const { result, rows } = read(url);
        const signature = url.href + JSON.stringify(result);
        if (last?.signature === signature) {
          last.rows = rows;
          return draw(last);
        }
        const snapshot: Snapshot = { signature, rows, badges: null };
        last = snapshot;
        snapshot.badges = await sendMessage('cs:pageExtracted', { url: url.href, result });
        if (last === snapshot) draw(snapshot);
      } catch (error) {
        // Never throw into LinkedIn: a failed read leaves the page as it was.
        console.debug('ICP Lens: could not read this page', error);
      }
    }

    const schedule = (delay = SETTLE_MS) => {
      if (settleTimer === undefined || delay === 0) {
        clearTimeout(settleTimer);
        settleTimer = ctx.setTimeout(() => {
          settleTimer = undefined;
          void update();
        }, delay);
      }
      armIdle();
    };
    const armIdle = () => {
      clearTimeout(idleTimer);
      idleTimer = ctx.setTimeout(stopObserving, IDLE_MS);
    };

    const observer = new MutationObserver((records) => {
      if (!records.every(isOurs)) schedule();
    });
    let observing = false;
    function startObserving(): void {
      if (observing || !document.body) return;
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      observing = true;
    }
    function stopObserving(): void {
      observer.disconnect();
      observing = false;
    }
    ctx.onInvalidated(stopObserving);
    // Turning in-page badges off (or on) in the settings applies at once, without a reload.
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area !== areaOf(KEYS.settings) || !(bareKey(KEYS.settings) in changes)) return;
      last = undefined;
      void update();
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
    // The company's record changed in the background (its website was read): score again.
    const onRescore = (message: unknown, sender: { id?: string; tab?: unknown }) => {
      if (sender.id !== browser.runtime.id || sender.tab || (message as { type?: unknown })?.type !== RESCORE) return;
      last = undefined;
      void update();
    };
    browser.runtime.onMessage.addListener(onRescore);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onRescore));

    void update();
    startObserving();
    armIdle();
    // LinkedIn is a single-page app: read again after each in-app navigation (pushState, back/forward).
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      removeBadges(document);
      last = undefined;
      startObserving();
      schedule(0);
    });
    // Content rendered on scroll (long lists) after the observer went idle.
    ctx.addEventListener(
      window,
      'scroll',
      () => {
        if (!observing) {
          startObserving();
          schedule();
        }
      },
      { passive: true },
    );
  },
});
