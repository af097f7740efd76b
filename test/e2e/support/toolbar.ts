import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension, type ExtensionBrowser } from '../../../lib/cli/chromium';
import { blockTheRest } from '../../../lib/cli/routes';

/** Lets the test click the toolbar button through the DevTools protocol (Extensions.triggerAction). */
export const TOOLBAR_FLAG = '--enable-unsafe-extension-debugging';

/**
 * Clicks the extension's toolbar button on the tab showing `page`, as a user would: Chromium
 * opens the real popup and grants activeTab for that tab. Headless Chromium has no toolbar to
 * click, so this goes through the browser's DevTools protocol; the effect is the same.
 */
export async function clickToolbarButton(ext: ExtensionBrowser, page: Page): Promise<void> {
  const browser = ext.context.browser();
  if (!browser) throw new Error('no browser handle for the DevTools protocol');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find((t) => t.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    await cdp.send('Extensions.triggerAction', { id: ext.extensionId, targetId: tab.targetId });
  } finally {
    await cdp.detach();
  }
}

/**
 * A browser whose profile already holds the user's grant of the optional "all websites"
 * permission, as after accepting Chromium's prompt once: headless Chromium cannot show that
 * prompt, so the test writes the grant where Chromium keeps it (the profile's Preferences)
 * between a first start that installs the extension and the start the test uses.
 */
export async function launchWithSitesGranted(origins: string[]): Promise<ExtensionBrowser> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-lens-profile-'));
  const first = await launchWithExtension({ userDataDir });
  const id = first.extensionId;
  await first.context.close();
  const prefsPath = path.join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(fs.readFileSync(prefsPath, 'utf8')) as {
    extensions: { settings: Record<string, Record<string, { explicit_host?: string[]; scriptable_host?: string[] }>> };
  };
  const settings = prefs.extensions.settings[id];
  for (const key of ['granted_permissions', 'active_permissions']) {
    const set = settings[key];
    if (!set) continue;
    set.explicit_host = [...new Set([...(set.explicit_host ?? []), ...origins])];
  }
  fs.writeFileSync(prefsPath, JSON.stringify(prefs));
  const ext = await launchWithExtension({ userDataDir, args: [TOOLBAR_FLAG] });
  await blockTheRest(ext.context);
  return ext;
}
