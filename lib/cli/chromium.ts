import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The built Chrome extension (ICP_LENS_EXTENSION_DIR points elsewhere, e.g. a copy a bench keeps). */
export const EXTENSION_DIR = path.resolve(
  process.env.ICP_LENS_EXTENSION_DIR ?? path.join(import.meta.dirname, '../../.output/chrome-mv3'),
);

/** Flags for running as root on a machine without network (see README, "Tests"). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Lets a script click the toolbar button through the DevTools protocol (Extensions.triggerAction). */
export const TOOLBAR_FLAG = '--enable-unsafe-extension-debugging';

/**
 * Clicks the extension's toolbar button on the tab showing `page`, as a user would: Chromium
 * opens the real popup and grants activeTab for that tab. Headless Chromium has no toolbar to
 * click, so this goes through the DevTools protocol (needs TOOLBAR_FLAG at launch).
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

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  userDataDir: string;
  close(): Promise<void>;
}

/** Starts Chromium with the built extension loaded, in a fresh profile, and waits for its worker. */
export async function launchWithExtension(
  options: {
    headless?: boolean;
    colorScheme?: 'light' | 'dark';
    /** Reuse a profile (it is still removed on close). */
    userDataDir?: string;
    /** Extra Chromium flags. */
    args?: string[];
    /** Another build of the extension (default: EXTENSION_DIR). */
    extensionDir?: string;
  } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "npm run build" first.`);
  }
  const userDataDir = options.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'icp-lens-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1200, height: 800 },
    args: [
      ...CHROMIUM_FLAGS,
      ...(options.args ?? []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    userDataDir,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
