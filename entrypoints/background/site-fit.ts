import { browser } from '#imports';
import { isLinkedInHost } from '@/lib/extract/linkedin/page-types';
import { withNews } from '@/lib/extract/site/read-site';
import { probeDom } from '@/lib/extract/site/technologies/probe-dom';
import { probeGlobals } from '@/lib/extract/site/technologies/probe-globals';
import { DOM_SELECTORS, GLOBAL_PATHS } from '@/lib/extract/site/technologies/probes';
import type { PageSignals } from '@/lib/extract/site/technologies/signals';
import { datedByReading, siteTechnologies, withTechnologies } from '@/lib/fit/technologies';
import type { ScanOutcome, SiteScan, SiteSetup } from '@/lib/messaging/protocol';
import { probeAnswerSchema, scanTabSchema, siteSetupSchema, siteExtractedSchema } from '@/lib/messaging/validate';
import { countryKeys } from '@/lib/normalize/country-names';
import { registrableDomain } from '@/lib/normalize/domains';
import { tabFitItem } from '@/lib/storage/items';
import {
  fitContext,
  fitPage,
  fromExtensionPage,
  fromOurContentScript,
  publishFit,
  rescoreOtherTabs,
  type Sender,
} from './page-fit';

/** The built site reader (entrypoints/site-reader.ts), injected on demand. */
export const SITE_SCRIPT = '/site-reader.js';

const GLOBALS = new Set(GLOBAL_PATHS);
const SELECTORS = new Set(DOM_SELECTORS);

/**
 * The site reader asks for its page's registrable domain and the country names, so the suffix
 * list and the place tables stay here.
 */
export async function handleSiteSetup(data: unknown, sender: Sender): Promise<SiteSetup> {
  const countries = countryKeys();
  if (!fromOurContentScript(sender)) return { countries };
  const parsed = siteSetupSchema.safeParse(data);
  if (!parsed.success) return { countries };
  // The tab's URL is the truth; the page's claim is only used when the browser hides it.
  const url = new URL(sender.tab.url ?? parsed.data.url);
  return { domain: registrableDomain(url.hostname), countries };
}

/**
 * What only the page can tell and the content script cannot see: the page's JavaScript globals
 * (main world, by descriptor, no page code runs) and which fingerprint selectors match (isolated
 * world). Both answers are checked against what was asked; a failed probe costs only its part.
 */
async function probePage(
  tabId: number,
  frameId: number,
): Promise<{ globals: string[]; domHits: string[]; probed: string[] }> {
  const target = { tabId, frameIds: [frameId] };
  const [globals, dom] = await Promise.allSettled([
    browser.scripting.executeScript({ target, world: 'MAIN', func: probeGlobals, args: [[...GLOBAL_PATHS]] }),
    browser.scripting.executeScript({ target, func: probeDom, args: [[...DOM_SELECTORS]] }),
  ]);
  const answer = (r: typeof globals, allowed: Set<string>): string[] | undefined => {
    if (r.status !== 'fulfilled') return undefined;
    const parsed = probeAnswerSchema.safeParse(r.value[0]?.result);
    return parsed.success ? parsed.data.filter((x) => allowed.has(x)) : undefined;
  };
  const g = answer(globals, GLOBALS);
  const d = answer(dom, SELECTORS);
  const probed = [...(g ? ['page globals'] : []), ...(d ? ['DOM'] : [])];
  return { globals: g ?? [], domHits: d ?? [], probed };
}

/** A company website was read (on demand from the popup, or automatically): detect, merge, score. */
export async function handleSiteExtracted(data: unknown, sender: Sender): Promise<SiteScan | null> {
  if (!fromOurContentScript(sender)) return null;
  const parsed = siteExtractedSchema.safeParse(data);
  if (!parsed.success) {
    console.warn('ICP Lens: dropped a malformed site message', parsed.error.issues.slice(0, 3));
    return null;
  }
  const url = sender.tab.url ?? parsed.data.url;
  if (isLinkedInHost(new URL(url))) return null; // LinkedIn has its own reader.
  const probes = await probePage(sender.tab.id, sender.frameId ?? 0);
  const signals: PageSignals = { ...parsed.data.signals, globals: probes.globals, domHits: probes.domHits };
  const tech = siteTechnologies(signals);
  const ctx = await fitContext(sender.tab.id, url);
  const read = withNews({ result: parsed.data.result, news: parsed.data.news });
  const result = datedByReading(withTechnologies(read, tech, probes.probed), ctx.asOf);
  const fit = await fitPage(ctx, result, tech.detections);
  await publishFit(fit);
  await rescoreOtherTabs(fit);
  return { kind: fit.kind, score: fit.fit?.score };
}

/** Words for why a tab could not be read, from the browser's error. */
function scanFailure(error: unknown): ScanOutcome {
  const text = error instanceof Error ? error.message : String(error);
  if (
    /chrome:|chrome-extension:|about:|edge:|extensions gallery|webstore|cannot be scripted|moz-extension:/i.test(text)
  ) {
    return {
      ok: false,
      reason: 'not-a-web-page',
      message: 'This is a browser page, not a website: there is no company here to score.',
    };
  }
  if (/permission|cannot access/i.test(text)) {
    return {
      ok: false,
      reason: 'no-access',
      message:
        'ICP Lens may read a website only when you click its toolbar button on that tab. Click the ICP Lens icon while the site is open, or switch on "Score company sites automatically" in the settings.',
    };
  }
  return { ok: false, reason: 'failed', message: `This page could not be read: ${text.slice(0, 200)}` };
}

/**
 * The popup opened on a tab without a result: read it as a company website. Opening the popup
 * from the toolbar grants activeTab for this tab, which is all the access this needs.
 */
export async function handleScanTab(data: unknown, sender: Sender): Promise<ScanOutcome> {
  if (!fromExtensionPage(sender)) return { ok: false, reason: 'failed', message: 'Not allowed.' };
  const parsed = scanTabSchema.safeParse(data);
  if (!parsed.success) return { ok: false, reason: 'failed', message: 'No tab to read.' };
  const { tabId } = parsed.data;
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab) return { ok: false, reason: 'failed', message: 'That tab is closed.' };
  if (tab.url && !/^https?:/i.test(tab.url)) return scanFailure(new Error(tab.url));
  if (tab.url && isLinkedInHost(new URL(tab.url))) {
    const fit = await tabFitItem(tabId).getValue();
    return fit
      ? { ok: true, fit }
      : {
          ok: false,
          reason: 'failed',
          message: 'This LinkedIn page is still loading. Open ICP Lens again in a moment.',
        };
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [SITE_SCRIPT] });
  } catch (error) {
    return scanFailure(error);
  }
  const fit = await tabFitItem(tabId).getValue();
  return fit
    ? { ok: true, fit }
    : { ok: false, reason: 'failed', message: 'This page could not be read. Reload it and open ICP Lens again.' };
}
