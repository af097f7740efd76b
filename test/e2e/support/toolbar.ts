import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchWithExtension, TOOLBAR_FLAG, type ExtensionBrowser } from '../../../lib/cli/chromium';
import { blockTheRest } from '../../../lib/cli/routes';

export { clickToolbarButton, TOOLBAR_FLAG } from '../../../lib/cli/chromium';

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
