import { dayOf } from './dates';
import { MAX_BODY_TEXT, MAX_NEWS_ITEMS } from './limits';
import type { ChromeTest } from './links';
import { nameKey } from './name-match';
import type { PageRole } from './page-role';
import { linesOf, select } from './text';

/**
 * The text of a press, news or blog page that company news is read from, gathered in the page;
 * its sentences are read where the patterns live (news-sentences.ts, in the background), so the
 * injected reader carries no sentence patterns.
 */
export interface NewsText {
  /** The page's URL: each signal's source. */
  source: string;
  /** The owner's name as nameKey folds it ("" when the site could not be named). */
  owner: string;
  /** May "we" stand for the owner? Yes on its own pages; not on a news outlet or press wire. */
  firstPerson: boolean;
  /** The headline and article text (dated by the page), then each dated item of a listing. */
  blocks: { lines: string[]; day?: string }[];
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

const skipNonText = (el: Element): boolean => {
  const tag = el.nodeName.toUpperCase();
  return (
    ['NAV', 'ASIDE', 'FOOTER', 'FORM', 'BUTTON', 'FIGURE'].includes(tag) ||
    NOT_TEXT.test(el.getAttribute('class') ?? '')
  );
};

/**
 * The text company news is read from, on press, news and blog pages only (undefined elsewhere):
 * the headline and article text (dated by the page), and dated items of a news listing (each
 * dated by its own <time>). `newsSignals` (news-sentences.ts) reads the sentences.
 */
export function readNewsText(
  doc: Document,
  url: URL,
  role: PageRole,
  name: string | undefined,
  headline: string | undefined,
  inChrome: ChromeTest,
): NewsText | undefined {
  if ((!role.article && !role.newsSection) || role.directory) return undefined;
  const blocks: NewsText['blocks'] = [];
  let root: Element | undefined;
  for (let i = 0; !root && i < ARTICLE_ROOTS.length; i++) root = select(doc, ARTICLE_ROOTS[i], 1)[0];
  if (role.article) {
    const body = root ? linesOf(root, MAX_BODY_TEXT, skipNonText) : [];
    blocks.push({ lines: [headline ?? '', ...body], day: role.published?.day });
  }
  for (const item of select(doc, ITEMS, MAX_NEWS_ITEMS * 4)) {
    if ((root && root.contains(item) && role.article) || inChrome(item)) continue;
    const time = select(item, 'time', 1)[0];
    const day = dayOf(time?.getAttribute('datetime')) ?? dayOf(time?.textContent);
    if (day) blocks.push({ lines: linesOf(item, 1000), day });
  }
  return { source: url.href, owner: name ? nameKey(name) : '', firstPerson: !role.outlet, blocks };
}
