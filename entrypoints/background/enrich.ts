import { browser } from '#imports';
import { rememberCompany } from '@/lib/db/company-cache';
import { companySlugFromUrl } from '@/lib/extract/linkedin/page-types';
import { readHtml } from '@/lib/extract/site/read-document';
import { DOM_SELECTORS } from '@/lib/extract/site/technologies/probes';
import { normalizeResult } from '@/lib/fit/normalize-result';
import { companyTabFit } from '@/lib/fit/tab-fit';
import { datedByReading, siteTechnologies, withTechnologies } from '@/lib/fit/technologies';
import { READ_HTML, type ReadHtmlReply, type ReadHtmlRequest } from '@/lib/messaging/offscreen';
import type { EnrichOutcome } from '@/lib/messaging/protocol';
import { enrichSchema, siteExtractedSchema } from '@/lib/messaging/validate';
import { registrableDomain } from '@/lib/normalize/domains';
import { siteOriginsFor } from '@/lib/storage/site-access';
import { tabFitItem } from '@/lib/storage/items';
import { fitContext, fromExtensionPage, publishFit, rescoreOtherTabs, type Sender } from './page-fit';

/** A company page is read whole or not at all within these bounds. */
const FETCH_TIMEOUT_MS = 15_000;
const MAX_HTML_BYTES = 5_000_000;
const OFFSCREEN_URL = '/offscreen.html';

/** How long the background waits for the user to answer the permission prompt. */
const PERMISSION_WAIT_MS = 60_000;

class EnrichError extends Error {}

/** Resolves true once the origins are granted (now, or when the user answers the prompt). */
async function waitForPermission(origins: string[], ms: number): Promise<boolean> {
  if (await browser.permissions.contains({ origins })) return true;
  return new Promise((resolve) => {
    const done = (granted: boolean) => {
      clearTimeout(timer);
      browser.permissions.onAdded.removeListener(check);
      resolve(granted);
    };
    const check = () => void browser.permissions.contains({ origins }).then((ok) => ok && done(true));
    const timer = setTimeout(() => done(false), ms);
    browser.permissions.onAdded.addListener(check);
  });
}

/** Fetches one page of the company's site without cookies; every failure says what happened. */
async function fetchPage(href: string): Promise<{ html: string; url: string }> {
  const host = new URL(href).hostname;
  let response: Response;
  try {
    response = await fetch(href, {
      credentials: 'omit',
      redirect: 'follow',
      headers: { accept: 'text/html,application/xhtml+xml' },
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    throw new EnrichError(
      timedOut
        ? `${host} did not answer within ${FETCH_TIMEOUT_MS / 1000} s. Try again later.`
        : `Could not reach ${host}: check the address and your connection, or whether the site moved.`,
    );
  }
  if (!response.ok) throw new EnrichError(`${host} answered HTTP ${response.status}: its page could not be read.`);
  const type = response.headers.get('content-type') ?? '';
  if (type && !/html|xml/i.test(type)) throw new EnrichError(`${host} sent ${type.split(';')[0]}, not a web page.`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_HTML_BYTES) throw new EnrichError(`${host}'s page is too large to read (${length} bytes).`);
  const html = await response.text();
  return { html: html.slice(0, MAX_HTML_BYTES), url: response.url || href };
}

/** Chrome: the offscreen document parses (the worker has no DOM). Firefox: the event page can. */
async function parseAndRead(html: string, url: string): Promise<ReadHtmlReply> {
  if (typeof DOMParser === 'function') return readHtml(html, new URL(url), DOM_SELECTORS);
  const offscreen = browser.offscreen;
  const open = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (!open.length) {
    await offscreen.createDocument({
      url: OFFSCREEN_URL,
      reasons: ['DOM_PARSER'],
      justification: 'Parse a company web page fetched for "Enrich from website".',
    });
  }
  const request: ReadHtmlRequest = { type: READ_HTML, data: { html, url, selectors: [...DOM_SELECTORS] } };
  const reply: unknown = await browser.runtime.sendMessage(request);
  const parsed = siteExtractedSchema.omit({ url: true }).safeParse(reply);
  if (!parsed.success) throw new EnrichError(`The page at ${new URL(url).hostname} could not be read.`);
  return parsed.data as ReadHtmlReply;
}

/** A careers link on the same site, if the home page has one and we may read it. */
async function careersUrl(read: ReadHtmlReply, home: string, origins: string[]): Promise<string | undefined> {
  const href = read.result.provenance.careersPage?.detail;
  if (!href) return undefined;
  try {
    const url = new URL(href, home);
    if (registrableDomain(url.hostname) !== registrableDomain(new URL(home).hostname)) return undefined;
    return (await browser.permissions.contains({ origins })) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * "Enrich from website" on a LinkedIn company page: reads the company's home page (and careers
 * page) with the site reader, merges them into the company's record under the source priority,
 * and re-scores the tab. The popup asked the user for access to that site just before.
 */
export async function handleEnrichFromWebsite(data: unknown, sender: Sender): Promise<EnrichOutcome> {
  if (!fromExtensionPage(sender)) return { ok: false, message: 'Not allowed.' };
  const parsed = enrichSchema.safeParse(data);
  if (!parsed.success) return { ok: false, message: 'No tab to enrich.' };
  const tab = await tabFitItem(parsed.data.tabId).getValue();
  if (!tab?.enrichUrl || tab.kind !== 'company') {
    return { ok: false, message: 'This page names no company website to read.' };
  }
  const origins = siteOriginsFor(tab.enrichUrl) ?? [];
  const host = new URL(tab.enrichUrl).hostname;
  if (!origins.length || !(await waitForPermission(origins, PERMISSION_WAIT_MS))) {
    return {
      ok: false,
      message: `ICP Lens needs your permission to read ${host}. Click the button again and allow it.`,
    };
  }
  try {
    const ctx = await fitContext(tab.tabId, tab.url);
    const linkedinSlug = tab.company?.linkedinUrl ? companySlugFromUrl(new URL(tab.company.linkedinUrl)) : undefined;
    const home = await fetchPage(tab.enrichUrl);
    const homeRead = await parseAndRead(home.html, home.url);
    const reads: { url: string; read: ReadHtmlReply }[] = [{ url: home.url, read: homeRead }];
    const careers = await careersUrl(homeRead, home.url, origins);
    if (careers && careers !== home.url) {
      // A careers page that fails to load costs only its own fields.
      const page = await fetchPage(careers).catch(() => undefined);
      if (page) reads.push({ url: page.url, read: await parseAndRead(page.html, page.url) });
    }
    let record;
    for (const { url, read } of reads) {
      const tech = siteTechnologies(read.signals);
      const result = datedByReading(withTechnologies(read.result, tech, []), ctx.asOf);
      const company = normalizeResult(result).company;
      if (result.kind !== 'company' || !company) continue;
      record = await rememberCompany({
        company,
        linkedinSlug,
        provenance: result.provenance,
        url,
        seenAt: ctx.now,
        detections: tech.detections,
      });
    }
    if (!record) return { ok: false, message: `No company could be read on ${host}.` };
    const fit = companyTabFit(ctx, tab, record);
    await publishFit(fit);
    // The LinkedIn page's own badge follows (its content script reads again), and so do other tabs.
    await rescoreOtherTabs(fit, true);
    return { ok: true, fit, pages: reads.map((r) => r.url) };
  } catch (error) {
    if (error instanceof EnrichError) return { ok: false, message: error.message };
    console.error('ICP Lens: enrich failed', error);
    return { ok: false, message: `Reading ${host} failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
