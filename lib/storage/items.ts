import { storage } from '#imports';
import type { TabFit } from '../messaging/protocol';
import { KEYS } from './keys';

/**
 * Every persisted key of the extension, in one place. Values read from storage are parsed again
 * where they are used (lib/storage/active-icp.ts), because storage outlives code versions.
 */

/** The ICP bundle in use (a team's published bundle, an imported one, or null for the defaults). */
export const icpBundleItem = storage.defineItem<unknown>(KEYS.icpBundle, { fallback: null, version: 1 });

/** Which ICP of the bundle scores pages. */
export const activeIcpIdItem = storage.defineItem<string | null>(KEYS.activeIcpId, { fallback: null, version: 1 });

export interface Settings {
  /** Draw badges inside LinkedIn pages; off leaves pages untouched (popup and toolbar only). */
  inPageBadges: boolean;
}
export const settingsItem = storage.defineItem<Settings>(KEYS.settings, {
  fallback: { inPageBadges: true },
  version: 1,
});

/** Per-tab result, in session storage so it survives the service worker's restarts. */
export const tabFitItem = (tabId: number) => storage.defineItem<TabFit | null>(KEYS.tabFit(tabId), { fallback: null });
