import { create } from 'zustand';
import type { IssueLine } from '@/lib/icp/errors';
import {
  chooseIcp,
  importBundle,
  loadActiveIcp,
  resetToDefaults,
  type ActiveIcp,
  type IcpSource,
} from '@/lib/storage/active-icp';
import { browser } from '#imports';
import { readSettings, settingsItem, type Settings } from '@/lib/storage/items';
import { SITE_ORIGINS } from '@/lib/storage/site-access';

interface OptionsState {
  active?: ActiveIcp;
  settings?: Settings;
  importErrors: IssueLine[];
  notice?: string;
  refresh(): Promise<void>;
  setInPageBadges(on: boolean): Promise<void>;
  /** Must be called straight from the click: the permission prompt needs the user's gesture. */
  setAutoSites(on: boolean): Promise<void>;
  choose(source: IcpSource, icpId: string): Promise<void>;
  importText(text: string, fileName?: string): Promise<void>;
  reset(): Promise<void>;
}

/** Screen state for the options page; the ICP itself lives in extension storage. */
export const useOptionsStore = create<OptionsState>((set, get) => ({
  importErrors: [],
  async refresh() {
    set({ active: await loadActiveIcp(), settings: await readSettings() });
  },
  async setInPageBadges(on) {
    // Show the new state at once (a controlled checkbox must not lag the click), then persist it.
    const settings = { ...(get().settings ?? (await readSettings())), inPageBadges: on };
    set({ settings });
    await settingsItem.setValue(settings);
    set({
      notice: on
        ? 'Badges are shown inside LinkedIn pages.'
        : 'LinkedIn pages are left untouched; scores stay on the toolbar icon and in the popup.',
    });
  },
  async setAutoSites(on) {
    // The request comes first, while the click still counts as the user's gesture.
    let granted = false;
    let failure: string | undefined;
    try {
      granted = on
        ? await browser.permissions.request({ origins: SITE_ORIGINS })
        : await browser.permissions.remove({ origins: SITE_ORIGINS }).then(() => false);
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    const settings = { ...(get().settings ?? (await readSettings())), autoSites: on && granted };
    set({ settings });
    await settingsItem.setValue(settings);
    set({
      notice: !on
        ? 'Company sites are read only when you open ICP Lens on them. The permission to read all sites was given back.'
        : granted
          ? 'Company sites you open are now scored automatically; the toolbar icon shows the score.'
          : `Not switched on: ${failure ?? 'the browser did not grant access to websites'}. ICP Lens still scores a site when you open it from the toolbar.`,
    });
  },
  async choose(source, icpId) {
    await chooseIcp(source, icpId);
    await get().refresh();
    const whose = source === 'team' ? 'your team’s ICP' : 'your ICP';
    set({
      notice: `Now scoring with ${whose} “${get().active?.icp.name}”. Open LinkedIn pages and saved leads are re-scored.`,
    });
  },
  async importText(text, fileName = 'the pasted text') {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return set({
        importErrors: [{ path: '$', message: `${fileName} is not valid JSON: ${reason}` }],
        notice: undefined,
      });
    }
    const outcome = await importBundle(json);
    if (!outcome.ok) return set({ importErrors: outcome.errors, notice: undefined });
    await get().refresh();
    set({ importErrors: [], notice: `Imported “${outcome.bundle.name}” (version ${outcome.bundle.version}).` });
  },
  async reset() {
    await resetToDefaults();
    await get().refresh();
    set({ importErrors: [], notice: 'Back to the bundled default ICPs.' });
  },
}));
