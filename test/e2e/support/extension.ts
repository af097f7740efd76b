import { expect, type Page } from '@playwright/test';
import type { ExtensionBrowser } from '../../../lib/cli/chromium';

/**
 * The browser tab id of a page, asked from the extension's service worker: by URL where the
 * extension may see it (LinkedIn), else as the active tab once the page is brought to front
 * (a website's URL is hidden from an extension without access to it).
 */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  const url = page.url();
  await page.bringToFront();
  const id = await ext.worker.evaluate(async (u: string) => {
    const tabs = await chrome.tabs.query({});
    const byUrl = tabs.find((t) => t.url === u);
    if (byUrl?.id !== undefined) return byUrl.id;
    const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return active && active.url === undefined ? (active.id ?? -1) : -1;
  }, url);
  expect(id, `no tab found for ${url}`).toBeGreaterThanOrEqual(0);
  return id;
}

/** Toolbar badge text for a tab. */
export function toolbarBadge(ext: ExtensionBrowser, tabId: number): Promise<string> {
  return ext.worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Opens the popup for a tab in its own tab (popup.html?tab=ID), as design.md's test hook allows. */
export async function openPopup(ext: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 700 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}
