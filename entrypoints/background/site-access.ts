import { browser } from '#imports';
import { readSettings, settingsItem } from '@/lib/storage/items';
import { SITE_EXCLUDES, SITE_ORIGINS, SITE_SCRIPT_ID } from '@/lib/storage/site-access';
import { SITE_SCRIPT } from './site-fit';

/**
 * Keeps the automatic site reader registered exactly when the user wants it and the browser
 * allows it: the setting is on and the optional host permission is granted. Runs at start-up,
 * when the setting changes and when the permission is granted or taken back (in the browser's
 * extension settings too), so switching it on works at once, without a reload.
 */
export async function syncSiteReader(): Promise<void> {
  const [{ autoSites }, granted, registered] = await Promise.all([
    readSettings(),
    browser.permissions.contains({ origins: SITE_ORIGINS }),
    browser.scripting.getRegisteredContentScripts({ ids: [SITE_SCRIPT_ID] }),
  ]);
  const want = autoSites && granted;
  if (want && !registered.length) {
    await browser.scripting.registerContentScripts([
      {
        id: SITE_SCRIPT_ID,
        matches: SITE_ORIGINS,
        excludeMatches: SITE_EXCLUDES,
        js: [SITE_SCRIPT.slice(1)],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  if (!want && registered.length) await browser.scripting.unregisterContentScripts({ ids: [SITE_SCRIPT_ID] });
  // The permission was taken back outside ICP Lens: the setting follows, so the UI tells the truth.
  if (autoSites && !granted) await settingsItem.setValue({ ...(await readSettings()), autoSites: false });
}

/** Serializes syncs: a burst of events must not register twice. */
let queue: Promise<void> = Promise.resolve();
export function scheduleSiteReaderSync(): Promise<void> {
  queue = queue
    .then(syncSiteReader)
    .catch((error: unknown) => console.error('ICP Lens: site reader sync failed', error));
  return queue;
}

export function watchSiteAccess(): void {
  void scheduleSiteReaderSync();
  settingsItem.watch(() => void scheduleSiteReaderSync());
  browser.permissions.onAdded.addListener(() => void scheduleSiteReaderSync());
  browser.permissions.onRemoved.addListener(() => void scheduleSiteReaderSync());
}
