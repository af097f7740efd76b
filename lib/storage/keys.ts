/** Storage keys, in one place; `items.ts` defines the typed items on top of them. */
export const KEYS = {
  /** The rep's own ICPs: edited, imported, or null for the bundled defaults. */
  icpBundle: 'local:icpBundle',
  /** The team's bundle in use (the last good one team sync applied), beside the personal one. */
  teamBundle: 'local:teamBundle',
  /** Which of the two scores pages: 'team' or 'personal' (personal, so synced). */
  activeSource: 'sync:activeSource',
  /** Personal settings follow the user across their browsers (storage.sync, within its quotas). */
  activeIcpId: 'sync:activeIcpId',
  settings: 'sync:settings',
  /** Earlier saved versions of the edited bundle (the ICP editor's history, capped). */
  icpHistory: 'local:icpHistory',
  /** When the ICP in use last changed, and to which (the ICP review reminder counts from it). */
  icpChange: 'local:icpChange',
  /** The rep's team subscription (bundle URL, pinned public key): personal, so synced too. */
  teamSubscription: 'sync:teamSubscription',
  /** Team sync: last good bundle, ETag, last check and last failure. */
  teamStatus: 'local:teamStatus',
  tabFit: (tabId: number) => `session:tabFit:${tabId}` as const,
  rescore: 'session:rescore',
  /** What every per-tab result's key starts with, as `browser.storage.session` sees it. */
  tabFitPrefix: 'tabFit:',
} as const;

/** The key as `browser.storage` sees it (without WXT's area prefix). */
export const bareKey = (key: string): string => key.slice(key.indexOf(':') + 1);

/** The storage area of a key ('local', 'sync', 'session'). */
export const areaOf = (key: string): string => key.slice(0, key.indexOf(':'));

/** Keys that lived in storage.local before they moved to storage.sync (moved once: moveToSync). */
export const MOVED_TO_SYNC = [KEYS.activeIcpId, KEYS.settings, KEYS.teamSubscription] as const;
