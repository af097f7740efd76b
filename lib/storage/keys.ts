/** Storage keys, in one place; `items.ts` defines the typed items on top of them. */
export const KEYS = {
  icpBundle: 'local:icpBundle',
  activeIcpId: 'local:activeIcpId',
  settings: 'local:settings',
  /** Earlier saved versions of the edited bundle (the ICP editor's history, capped). */
  icpHistory: 'local:icpHistory',
  /** The rep's team subscription (bundle URL, pinned public key). */
  teamSubscription: 'local:teamSubscription',
  /** Team sync: last good bundle, ETag, last check and last failure. */
  teamStatus: 'local:teamStatus',
  tabFit: (tabId: number) => `session:tabFit:${tabId}` as const,
  rescore: 'session:rescore',
  /** What every per-tab result's key starts with, as `browser.storage.session` sees it. */
  tabFitPrefix: 'tabFit:',
} as const;

/** The key as `browser.storage` sees it (without WXT's area prefix). */
export const bareKey = (key: string): string => key.slice(key.indexOf(':') + 1);
