import { foldKey } from '../../normalize/fold-key';
import { dayOf } from './dates';
import { MAX_BODY_TEXT, MAX_NEWS_ITEMS, MAX_SIGNALS } from './limits';
import type { ChromeTest } from './links';
import { nameKey } from './name-match';
import { newsIn } from './news-patterns';
import type { PageRole } from './page-role';
import { clean, linesOf, select, sentencesOf, wordSet } from './text';

export interface RawSignal {
  type: string;
  observedAt?: string;
  detail: string;
  source: string;
}

// Most specific first: the first selector that matches anything is the article's text.
const ARTICLE_ROOTS = [
  '[itemprop="articleBody"]',
  'article',
  '.entry-content',
  '.post-content',
  '.article-body',
  'main',
];
// Inside an article but not its text: share bars, related stories, comments, forms.
const NOT_TEXT =
  /(?:^|\s|-)(?:share|sharing|social|related|comments?|newsletter|subscribe|sidebar|widget|ad|ads|advert\w*|promo|cookie)(?:\s|-|$)/i;
// Case-sensitive on purpose (class names are lower case in practice; the "i" flag costs 4x in some engines).
const ITEMS = 'article, li, [class*="post"], [class*="news"], [class*="press"]';
const FIRST_PERSON = /(?<![\p{L}])(?:we|we've|we're|our|wir|unser\w*|nous|notre|nosotros)(?![\p{L}])/iu;
const QUOTED = /["“”„«»]/;

const skipNonText = (el: Element): boolean => {
  const tag = el.nodeName.toUpperCase();
  return (
    ['NAV', 'ASIDE', 'FOOTER', 'FORM', 'BUTTON', 'FIGURE'].includes(tag) ||
    NOT_TEXT.test(el.getAttribute('class') ?? '')
  );
};

/** Where the company's name (or, on its own pages, "we") stands in a sentence; -1 if absent. */
function ownerAt(sentence: string, key: string, firstPerson: boolean): number {
  const folded = ` ${foldKey(sentence)} `;
  if (key && folded.includes(` ${key} `)) {
    // Position in the original sentence (approximately: accents are stripped first).
    const words = key.split(' ').join('[^\\p{L}\\p{N}]+');
    const m = new RegExp(`(?<![\\p{L}\\p{N}])${words}`, 'iu').exec(sentence.normalize('NFKD').replace(/\p{M}/gu, ''));
    return m ? m.index : 0;
  }
  if (firstPerson && !QUOTED.test(sentence)) {
    const m = FIRST_PERSON.exec(sentence);
    if (m) return m.index;
  }
  return -1;
}

// Words that may start a sentence before its subject: "On March 3, 2023, Acme …", "Today Acme …".
const LEAD_WORDS = wordSet(`
  on in at as by for with since after following today yesterday this the earlier last now also additionally
  meanwhile press release news update breaking announcement monday tuesday wednesday thursday friday saturday
  sunday january february march april may june july august september october november december jan feb mar apr
  jun jul aug sep sept oct nov dec
`);

/** Is the company the subject, i.e. no other name comes before it ("Globex, a customer of Acme, raised …")? */
function ownerLeads(sentence: string, owner: number): boolean {
  // A dateline ("SAN FRANCISCO, CA--(Marketwired - April 06, 2016) -") is no subject.
  const prefix = sentence.slice(0, owner).replace(/^.*(?:\s[—–]\s|--|\)\s-\s)/u, '');
  for (const m of prefix.matchAll(/\p{Lu}[\p{L}\p{N}&.'’-]*/gu)) {
    if (!LEAD_WORDS.has(m[0].toLowerCase().replace(/[.,]$/, ''))) return false;
  }
  return true;
}

/**
 * Is the company the one the news is about? Funding and leadership: it is the subject (named
 * before the verb, no other name before it). Acquisitions: subject, or the object right after
 * the verb ("Globex acquires Acme", not "Globex acquires Initech, a partner of Acme").
 */
function isParty(sentence: string, owner: number, verb: number, type: string): boolean {
  if (owner < verb) return ownerLeads(sentence, owner);
  if (type !== 'acquisition') return false;
  const between = sentence.slice(verb, owner).split(/\s+/).slice(1).join(' ');
  return ![...between.matchAll(/\p{Lu}[\p{L}\p{N}&.'’-]*/gu)].some((m) => !LEAD_WORDS.has(m[0].toLowerCase()));
}

function scan(
  texts: string[],
  day: string | undefined,
  key: string,
  firstPerson: boolean,
  url: string,
  out: RawSignal[],
): void {
  for (const text of texts) {
    for (const sentence of sentencesOf(text)) {
      if (out.length >= MAX_SIGNALS) return;
      const news = newsIn(sentence);
      if (!news) continue;
      const owner = ownerAt(sentence, key, firstPerson);
      // Funding and leadership news name the company as the one doing it; an acquisition either side.
      if (owner < 0 || !isParty(sentence, owner, news.at, news.type)) continue;
      const observedAt = dayOf(sentence) ?? day;
      if (out.some((s) => s.type === news.type && s.observedAt === observedAt)) continue;
      out.push({ type: news.type, ...(observedAt ? { observedAt } : {}), detail: clean(sentence, 300)!, source: url });
    }
  }
}

/**
 * Funding, acquisition and leadership news about the site's owner, from its press, news and blog
 * pages only: the headline and article text (dated by the page), and dated items of a news
 * listing (each dated by its own <time>). A sentence counts only when it names the owner (or
 * says "we" on the owner's own pages, outside quotes); a story about another company is not a
 * signal for the site that published it.
 */
export function readNews(
  doc: Document,
  url: URL,
  role: PageRole,
  name: string | undefined,
  headline: string | undefined,
  inChrome: ChromeTest,
): RawSignal[] {
  if ((!role.article && !role.newsSection) || role.directory) return [];
  const key = name ? nameKey(name) : '';
  const firstPerson = !role.outlet;
  const out: RawSignal[] = [];
  const page = url.href;
  let root: Element | undefined;
  for (let i = 0; !root && i < ARTICLE_ROOTS.length; i++) root = select(doc, ARTICLE_ROOTS[i], 1)[0];
  if (role.article) {
    const body = root ? linesOf(root, MAX_BODY_TEXT, skipNonText) : [];
    scan([headline ?? '', ...body], role.published?.day, key, firstPerson, page, out);
  }
  for (const item of select(doc, ITEMS, MAX_NEWS_ITEMS * 4)) {
    if (out.length >= MAX_SIGNALS) break;
    if ((root && root.contains(item) && role.article) || inChrome(item)) continue;
    const time = select(item, 'time', 1)[0];
    const day = dayOf(time?.getAttribute('datetime')) ?? dayOf(time?.textContent);
    if (!day) continue;
    scan(linesOf(item, 1000), day, key, firstPerson, page, out);
  }
  return out;
}
