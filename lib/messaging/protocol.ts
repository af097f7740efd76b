import { browser, type Browser } from '#imports';
import type { Company } from '../icp/company';
import type { FitResult } from '../icp/result';
import type { ExtractResult, PageKind, Provenance } from '../extract/types';
import type { NormalizedPerson } from '../fit/normalize-result';
import type { Detection } from '../extract/site/technologies/detect';
import type { PageSignals } from '../extract/site/technologies/signals';
import type { NewsText } from '../extract/site/news';
import type { FieldOrigin, SourcePage } from '../merge/merge-company';

/** Tone of a tier, so every surface uses one colour for it. */
export type TierTone = 'high' | 'mid' | 'low';

/** A fit with the tone of its tier, ready to render. */
export interface ToneFit {
  fit: FitResult;
  tone: TierTone;
}

/** A profile's employer: scored from the company cache when that company was seen before. */
export interface EmployerFit {
  name?: string;
  linkedinUrl?: string;
  /** True when the company cache knew this employer. */
  cached: boolean;
  lastSeen?: string;
  company?: Company;
  result?: ToneFit;
}

/** One row of a result list, scored. */
export interface RowFit {
  kind: 'company' | 'person';
  /** The row's company (company rows), for saving it as a lead. */
  company?: Company;
  /** The row's person (people rows). */
  person?: NormalizedPerson;
  title?: string;
  subtitle?: string;
  url?: string;
  result?: ToneFit;
}

/** What the background keeps per tab and the popup renders; UIs never re-score. */
export interface TabFit {
  tabId: number;
  url: string;
  kind: PageKind;
  /** Company name, or person name on a profile, for headings. */
  title?: string;
  provenance: Record<string, Provenance>;
  missing: string[];
  icp: { id: string; name: string };
  scoredAt: string;
  /** Company pages: the company and its ICP fit. */
  company?: Company;
  fit?: FitResult;
  tone?: TierTone;
  /** Profiles: the person, their persona fit and their employer's ICP fit. */
  person?: NormalizedPerson;
  persona?: { id: string; name: string };
  personaFit?: ToneFit;
  employer?: EmployerFit;
  /** Lists: one entry per row, in page order. */
  rows?: RowFit[];
  /** Company pages: the company record's key (lib/merge), so tabs of one company can be re-scored together. */
  recordKey?: string;
  /** Company pages: where each kept value of the merged record came from. */
  origins?: Record<string, FieldOrigin>;
  /** Company pages: the pages (LinkedIn, website) that fed the record. */
  sources?: SourcePage[];
  /** Company pages: technologies detected on its website, with confidence and evidence. */
  detections?: Detection[];
  /** A LinkedIn company page whose website is known: where "Enrich from website" would read. */
  enrichUrl?: string;
}

/** What the site reader gets from the background before it reads (see readSite's ReaderHelp). */
export interface SiteSetup {
  /** The page's registrable domain (eTLD+1), from the public-suffix list. */
  domain?: string;
  /** Every country name and alias, folded (foldKey): lib/normalize/country-names.ts. */
  countries: string[];
}

/** What the background answers the site reader: enough for it to know it was heard. */
export interface SiteScan {
  kind: PageKind;
  score?: number;
}

/** How reading the active tab went, in words the popup can show. */
export type ScanOutcome =
  { ok: true; fit: TabFit } | { ok: false; reason: 'no-access' | 'not-a-web-page' | 'failed'; message: string };

/** How an enrichment went: the re-scored tab, or what went wrong in words. */
export type EnrichOutcome = { ok: true; fit: TabFit; pages: string[] } | { ok: false; message: string };

/** A saved lead as the popup mentions it. */
export interface SavedLead {
  key: string;
  name: string;
  status: string;
}

/** How saving went: the lead (created or updated), or why nothing was saved. */
export type SaveOutcome = ({ ok: true; created: boolean } & SavedLead) | { ok: false; message: string };

/** How a team sync check went (ui:teamCheckNow), in words the options page shows. */
export type TeamCheckOutcome =
  | { ok: true; result: 'applied' | 'unchanged' | 'idle'; message: string }
  | { ok: false; code: string; message: string };

/** The compact answer a content script needs to draw one in-page badge. */
export interface BadgeView {
  score: number;
  tierId: string;
  tierLabel: string;
  tone: TierTone;
  /** What the score is about: "ICP fit" or "Persona fit". */
  kind: string;
  /** A few short reason lines for the tooltip. */
  reasons: string[];
}

export interface PageBadges {
  /** False when the user turned in-page badges off: draw nothing. */
  show: boolean;
  page: BadgeView | null;
  /** One entry per list row, in the order the rows were sent. */
  rows: (BadgeView | null)[];
}

/**
 * One typed protocol. The prefix says who sends: `cs:` a content script, `ui:` an extension page.
 * The background parses every payload (lib/messaging/validate.ts) before it acts on it.
 */
export interface ProtocolMap {
  'cs:pageExtracted'(data: { url: string; result: ExtractResult }): PageBadges | null;
  /** A badge was clicked: show the details of the page (or of one list row). */
  'cs:openDetails'(data: { row?: number }): void;
  'ui:getFitForTab'(data: { tabId: number }): TabFit | null;
  /** "Save lead" on an in-page badge: the page's company, or one list row's. */
  'cs:saveLead'(data: { row?: number }): SaveOutcome;
  /** "Save lead" in the popup. */
  'ui:saveLead'(data: { tabId: number; row?: number }): SaveOutcome;
  /** Is this tab's company (or row's) saved already, and with which status? */
  'ui:findLead'(data: { tabId: number; row?: number }): SavedLead | null;
  /**
   * The site reader asks for what the background's tables know: its page's registrable domain
   * (the public-suffix list) and the country names (the place tables). Both stay out of the page.
   */
  'cs:siteSetup'(data: { url: string }): SiteSetup;
  /**
   * The site reader's findings on a company website, with what technology detection needs and
   * the text of any news on the page (read here: withNews).
   */
  'cs:siteExtracted'(data: {
    url: string;
    result: ExtractResult;
    signals: PageSignals;
    news?: NewsText;
  }): SiteScan | null;
  /** The popup opened on a tab nothing has read yet: read it as a company website. */
  'ui:scanTab'(data: { tabId: number }): ScanOutcome;
  /**
   * A LinkedIn company page's "Enrich from website": fetch the company's homepage (and careers
   * page), read them with the site reader, merge and re-score. The popup asked for the
   * permission to that site first.
   */
  'ui:enrichFromWebsite'(data: { tabId: number }): EnrichOutcome;
  /** Check the team bundle now (options page "Check now", after subscribing, tests). */
  'ui:teamCheckNow'(data: Record<string, never>): TeamCheckOutcome;
}

export type MessageType = keyof ProtocolMap;
type Data<K extends MessageType> = Parameters<ProtocolMap[K]>[0];
type Reply<K extends MessageType> = ReturnType<ProtocolMap[K]>;

/**
 * The background's one message to content scripts: the company record behind this page changed
 * (its website was read, or enriched): read the page again to get the new score and badges.
 */
export const RESCORE = 'bg:rescore';

/** On the wire: the type and its data. Hand-written, not a library, to keep content scripts small. */
export interface Envelope {
  type: string;
  data: unknown;
}

/** Sends a message to the background and resolves with its typed reply. */
export function sendMessage<K extends MessageType>(type: K, data: Data<K>): Promise<Reply<K>> {
  return browser.runtime.sendMessage({ type, data } satisfies Envelope) as Promise<Reply<K>>;
}

/**
 * Every handler of the background, one per message type (the compiler checks none is missing).
 * Handlers get the payload as `unknown`: they must parse it before use.
 */
export type Handlers = {
  [K in MessageType]: (data: unknown, sender: Browser.runtime.MessageSender) => Promise<Reply<K>>;
};

const isEnvelope = (m: unknown): m is Envelope =>
  typeof m === 'object' && m !== null && typeof (m as Envelope).type === 'string' && 'data' in m;

/** Routes each message to its handler; anything else is not ours and gets no answer. */
export function listen(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return undefined;
    const handler = handlers[message.type as MessageType];
    return handler(message.data, sender).catch((error: unknown) => {
      console.error(`ICP Lens: ${message.type} failed`, error);
      return null;
    });
  });
}
