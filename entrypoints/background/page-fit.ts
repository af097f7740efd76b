import { browser, type Browser } from '#imports';
import { badgeView, scorePage, todayUtc } from '@/lib/fit/score-page';
import { TONE_COLORS } from '@/lib/fit/tier-tone';
import type { BadgeView, TabFit } from '@/lib/messaging/protocol';
import { getFitForTabSchema, pageExtractedSchema } from '@/lib/messaging/validate';
import { loadActiveIcp } from '@/lib/storage/active-icp';
import { tabFitItem } from '@/lib/storage/items';

type Sender = Browser.runtime.MessageSender;

/**
 * Content scripts sit on hostile pages: accept only our own, running in a web page of a real tab
 * (an extension page opened in a tab has a tab too, but not a web URL).
 */
function fromOurContentScript(sender: Sender): sender is Sender & { tab: { id: number } } {
  return sender.id === browser.runtime.id && typeof sender.tab?.id === 'number' && /^https?:\/\//.test(sender.url ?? '');
}

/** Extension pages (popup, options) have an extension URL and no tab of a web page. */
function fromExtensionPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

async function setToolbarBadge(fit: TabFit): Promise<void> {
  const text = fit.fit ? String(fit.fit.score) : '';
  await browser.action.setBadgeText({ tabId: fit.tabId, text });
  if (fit.tone) await browser.action.setBadgeBackgroundColor({ tabId: fit.tabId, color: TONE_COLORS[fit.tone] });
  const title = fit.fit ? `ICP Lens: ${fit.title ?? 'this page'} scores ${fit.fit.score} (${fit.fit.tier.label})` : 'ICP Lens: nothing to score on this page';
  await browser.action.setTitle({ tabId: fit.tabId, title });
}

export async function handlePageExtracted(data: unknown, sender: Sender): Promise<BadgeView | null> {
  if (!fromOurContentScript(sender)) return null;
  const parsed = pageExtractedSchema.safeParse(data);
  if (!parsed.success) {
    console.warn('ICP Lens: dropped a malformed page message', parsed.error.issues.slice(0, 3));
    return null;
  }
  // The tab's own URL wins over what the page claims.
  const url = sender.tab.url ?? parsed.data.url;
  const { icp } = await loadActiveIcp();
  const fit = scorePage(sender.tab.id, url, parsed.data.result, icp, todayUtc());
  await tabFitItem(fit.tabId).setValue(fit);
  await setToolbarBadge(fit);
  return badgeView(fit);
}

export async function handleGetFitForTab(data: unknown, sender: Sender): Promise<TabFit | null> {
  if (!fromExtensionPage(sender)) return null;
  const parsed = getFitForTabSchema.safeParse(data);
  if (!parsed.success) return null;
  return tabFitItem(parsed.data.tabId).getValue();
}
