import { browser, type Browser } from '#imports';
import { findCompany, rememberCompany } from '@/lib/db/company-cache';
import { db } from '@/lib/db/database';
import { pageBadges } from '@/lib/fit/badges';
import { todayUtc } from '@/lib/fit/fits';
import { normalizeResult } from '@/lib/fit/normalize-result';
import { companyTabFit, listTabFit, personTabFit, unscoredTabFit, type FitContext } from '@/lib/fit/tab-fit';
import { companySlugFromUrl, isLinkedInHost } from '@/lib/extract/linkedin/page-types';
import type { Detection } from '@/lib/extract/site/technologies/detect';
import type { ExtractResult } from '@/lib/extract/types';
import { RESCORE, type PageBadges, type TabFit } from '@/lib/messaging/protocol';
import { KEYS } from '@/lib/storage/keys';
import { getFitForTabSchema, openDetailsSchema, pageExtractedSchema } from '@/lib/messaging/validate';
import { loadActiveIcp } from '@/lib/storage/active-icp';
import { readSettings, tabFitItem } from '@/lib/storage/items';
import { setToolbarBadge } from './toolbar';

export type Sender = Browser.runtime.MessageSender;

/**
 * Content scripts sit on hostile pages: accept only our own, running in a web page of a real tab
 * (an extension page opened in a tab has a tab too, but not a web URL).
 */
export function fromOurContentScript(sender: Sender): sender is Sender & { tab: { id: number } } {
  return (
    sender.id === browser.runtime.id && typeof sender.tab?.id === 'number' && /^https?:\/\//.test(sender.url ?? '')
  );
}

/** Extension pages (popup, options) have an extension URL. */
export function fromExtensionPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

const slugOf = (href?: string) => (href ? companySlugFromUrl(new URL(href)) : undefined);

/** What every score of a tab starts from: the active ICP and persona, and today. */
export async function fitContext(tabId: number, url: string): Promise<FitContext> {
  const { icp, persona } = await loadActiveIcp();
  const now = new Date();
  return { tabId, url, icp, persona, asOf: todayUtc(now), now: now.toISOString() };
}

/** Keeps a tab's result for the popup and shows it on the toolbar icon. */
export async function publishFit(fit: TabFit): Promise<void> {
  await tabFitItem(fit.tabId).setValue(fit);
  await setToolbarBadge(fit);
}

/**
 * The record behind `fit` changed: other open tabs showing the same company (its LinkedIn page
 * while its website was read) are asked to read their page again, so their badges follow.
 */
export async function rescoreOtherTabs(fit: TabFit, includeSelf = false): Promise<void> {
  if (!fit.recordKey) return;
  const all = await browser.storage.session.get(null);
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(KEYS.tabFitPrefix)) continue;
    const other = value as TabFit | null;
    if (!other || other.recordKey !== fit.recordKey || (other.tabId === fit.tabId && !includeSelf)) continue;
    // Only LinkedIn's content script listens; a closed or unscripted tab just does not answer.
    await browser.tabs.sendMessage(other.tabId, { type: RESCORE }).catch(() => undefined);
  }
}

/**
 * The ICP in use changed: every tab with a result shows the new score. LinkedIn tabs are asked
 * to read their page again (their content script listens); a company website's tab is scored
 * again from its company record, as it was last read (nothing is injected again).
 */
export async function rescoreAllTabs(): Promise<void> {
  const all = await browser.storage.session.get(null);
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(KEYS.tabFitPrefix) || !value) continue;
    const tab = value as TabFit;
    if (isLinkedInHost(new URL(tab.url))) {
      await browser.tabs.sendMessage(tab.tabId, { type: RESCORE }).catch(() => undefined);
      continue;
    }
    const record = tab.recordKey ? await db().companies.get(tab.recordKey) : undefined;
    if (!record) continue;
    await publishFit(companyTabFit(await fitContext(tab.tabId, tab.url), tab, record)).catch(() => undefined);
  }
}

/**
 * Normalizes, consults and updates the company cache (one record per company over its LinkedIn
 * page and website), and scores: one page's TabFit.
 */
export async function fitPage(ctx: FitContext, result: ExtractResult, detections?: Detection[]): Promise<TabFit> {
  const page = normalizeResult(result);
  if (page.kind === 'company' && page.company) {
    const record = await rememberCompany({
      company: page.company,
      linkedinSlug: result.company?.linkedinSlug ?? slugOf(page.company.linkedinUrl),
      linkedinId: result.company?.linkedinId,
      provenance: result.provenance,
      url: ctx.url,
      seenAt: ctx.now,
      detections,
    });
    return companyTabFit(ctx, result, record);
  }
  if (page.kind === 'person' && page.person) {
    const known = await findCompany({ linkedinSlug: slugOf(page.person.companyLinkedinUrl) });
    return personTabFit(ctx, result, page.person, known && { company: known.company, lastSeen: known.lastSeen });
  }
  if (page.kind === 'list' && page.items) {
    const rows = await Promise.all(
      page.items.map(async (item) => {
        if (!item.company) return item;
        // A row shows little; what earlier visits saw fills the rest (the row's own values win).
        const known = await findCompany({ linkedinSlug: slugOf(item.company.linkedinUrl) });
        return { ...item, company: { ...known?.company, ...item.company } };
      }),
    );
    return listTabFit(ctx, result, rows);
  }
  return unscoredTabFit(ctx, result);
}

export async function handlePageExtracted(data: unknown, sender: Sender): Promise<PageBadges | null> {
  if (!fromOurContentScript(sender)) return null;
  const parsed = pageExtractedSchema.safeParse(data);
  if (!parsed.success) {
    console.warn('ICP Lens: dropped a malformed page message', parsed.error.issues.slice(0, 3));
    return null;
  }
  // The tab's own URL wins over what the page claims.
  const url = sender.tab.url ?? parsed.data.url;
  const fit = await fitPage(await fitContext(sender.tab.id, url), parsed.data.result);
  await publishFit(fit);
  const { inPageBadges } = await readSettings();
  return pageBadges(fit, inPageBadges);
}

export async function handleGetFitForTab(data: unknown, sender: Sender): Promise<TabFit | null> {
  if (!fromExtensionPage(sender)) return null;
  const parsed = getFitForTabSchema.safeParse(data);
  if (!parsed.success) return null;
  return tabFitItem(parsed.data.tabId).getValue();
}

/** A badge was clicked: open the details of that tab (or list row) in a small window. */
export async function handleOpenDetails(data: unknown, sender: Sender): Promise<void> {
  if (!fromOurContentScript(sender)) return;
  const parsed = openDetailsSchema.safeParse(data);
  if (!parsed.success) return;
  const params = new URLSearchParams({ tab: String(sender.tab.id) });
  if (parsed.data.row !== undefined) params.set('row', String(parsed.data.row));
  await browser.windows.create({
    url: browser.runtime.getURL(`/popup.html?${params}`),
    type: 'popup',
    width: 420,
    height: 680,
  });
}
