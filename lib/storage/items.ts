import { storage } from '#imports';
import type { RescoreProgress } from '../leads/types';
import type { TabFit } from '../messaging/protocol';

export type { RescoreProgress };
import { KEYS } from './keys';

/**
 * Every persisted key of the extension, in one place. Values read from storage are parsed again
 * where they are used (lib/storage/active-icp.ts), because storage outlives code versions.
 */

/** The rep's own bundle (edited or imported; null for the bundled defaults). */
export const icpBundleItem = storage.defineItem<unknown>(KEYS.icpBundle, { fallback: null, version: 1 });

/** The team's bundle, as team sync last applied it (null when not subscribed); read-only for reps. */
export const teamBundleItem = storage.defineItem<unknown>(KEYS.teamBundle, { fallback: null, version: 1 });

/** Where the ICP that scores pages comes from. */
export type IcpSource = 'team' | 'personal';
/** null: the team bundle when there is one, else the personal one. */
export const activeSourceItem = storage.defineItem<IcpSource | null>(KEYS.activeSource, { fallback: null, version: 1 });

/** Which ICP of that bundle scores pages. */
export const activeIcpIdItem = storage.defineItem<string | null>(KEYS.activeIcpId, { fallback: null, version: 1 });

export interface Settings {
  /** Draw badges inside LinkedIn pages; off leaves pages untouched (popup and toolbar only). */
  inPageBadges: boolean;
  /**
   * Read every company website the user opens, without opening the popup. Needs the optional
   * host permission; the background keeps its content-script registration in step with both.
   */
  autoSites: boolean;
}
export const DEFAULT_SETTINGS: Settings = { inPageBadges: true, autoSites: false };
export const settingsItem = storage.defineItem<Partial<Settings>>(KEYS.settings, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** The settings with defaults for what an older version did not store. */
export async function readSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  return {
    inPageBadges: typeof stored?.inPageBadges === 'boolean' ? stored.inPageBadges : DEFAULT_SETTINGS.inPageBadges,
    autoSites: typeof stored?.autoSites === 'boolean' ? stored.autoSites : DEFAULT_SETTINGS.autoSites,
  };
}

/** Per-tab result, in session storage so it survives the service worker's restarts. */
export const tabFitItem = (tabId: number) => storage.defineItem<TabFit | null>(KEYS.tabFit(tabId), { fallback: null });

/** The background's re-scoring of saved leads after an ICP change, for the leads page's progress bar. */
export const rescoreItem = storage.defineItem<RescoreProgress | null>(KEYS.rescore, { fallback: null });
