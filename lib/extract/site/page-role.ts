import { dayOf } from './dates';
import { field, typesOf, type Graph } from './json-ld-graph';
import { MAX_TIMES } from './limits';
import type { Meta } from './meta';
import { select, wordSet } from './text';

export interface PageRole {
  home: boolean;
  about: boolean;
  careers: boolean;
  /** A dated piece of writing: blog post, news story, press release. */
  article: boolean;
  /** A press, news or blog section (listing or post), where companies announce things. */
  newsSection: boolean;
  /** Published by a news outlet or press-release wire: its stories are about other companies. */
  outlet: boolean;
  /** A directory of companies or one company's profile in it (/companies/acme): about someone else. */
  directory: boolean;
  /** The day the page was published, when it says so. */
  published?: { day: string; detail: string };
}

// "imestamp" and "ublish" match Timestamp/timestamp and Publish/publish without the slower "i" flag.
const DATE_CLASSES =
  '[class*="imestamp"], [class*="ublish"], [class*="post-date"], [class*="entry-date"], [class*="date"]';
const ARTICLE_TYPES = wordSet(`
  article newsarticle blogposting report techarticle scholarlyarticle
  pressrelease analysisnewsarticle reportagenewsarticle liveblogposting socialmediaposting
`);
const ABOUT =
  /^(?:about(?:-?us)?|company|who-?we-?are|our-?story|(?:ue|u|ü)ber-?uns|unternehmen|profil|qui-?sommes-?nous|a-?propos|quienes-?somos|nosotros|chi-?siamo|over-?ons)$/i;
/** Path segments of a careers page (with "join-us" and "work-with-us", which differ by a hyphen below). */
export const CAREERS_PATHS =
  'careers?|jobs?|karriere|stellenangebote|stellen|emplois?|carrieres?|carreras|empleo|trabaja-con-nosotros|lavora-con-noi|vacatures';
const CAREERS = new RegExp(`^(?:${CAREERS_PATHS}|join-?us|work-?with-?us)$`, 'i');
const DIRECTORY =
  /^(?:companies|company-directory|startups|organizations|orgs|profiles?|firms|vendors|brands|listings?|directory|members|exhibitors|portfolio)$/i;
const NEWS =
  /^(?:news|newsroom|press|press-?releases?|pressemitteilungen|presse|media|blog|actualites|noticias|sala-de-prensa|insights|stories|announcements)$/i;
// Press-release wires publish other companies' releases under their own name.
const WIRES =
  /(?:^|\.)(?:prnewswire|globenewswire|businesswire|accesswire|einpresswire|prweb|newswire|marketwired|presseportal|openpr|pressebox|ots)\.[a-z.]+$/i;

function published(doc: Document, graph: Graph, meta: Meta): PageRole['published'] {
  for (const key of ['article:published_time', 'og:article:published_time', 'datepublished', 'date', 'dc.date']) {
    const d = dayOf(meta.get(key));
    if (d) return { day: d, detail: `meta ${key}` };
  }
  for (const node of graph.nodes) {
    if (!typesOf(node).some((t) => ARTICLE_TYPES.has(t))) continue;
    const d = dayOf(field(node, 'datePublished'));
    if (d) return { day: d, detail: 'JSON-LD datePublished' };
  }
  const marked = select(doc, '[itemprop="datePublished"]', 1)[0];
  const d = dayOf(marked?.getAttribute('datetime') ?? marked?.getAttribute('content')) ?? dayOf(marked?.textContent);
  if (d) return { day: d, detail: 'itemprop datePublished' };
  // Otherwise the date sits next to the title: in the article, or beside the page's <h1>.
  const h1 = select(doc, 'h1', 1)[0];
  const scopes = [select(doc, 'article', 1)[0], h1?.parentElement?.parentElement].filter((e): e is Element => !!e);
  for (const scope of scopes) {
    for (const el of select(scope, 'time[datetime], time', MAX_TIMES)) {
      const t = dayOf(el.getAttribute('datetime')) ?? dayOf(el.textContent);
      if (t) return { day: t, detail: `<time> ${el.getAttribute('datetime') ?? el.textContent ?? ''}`.trim() };
    }
    for (const el of select(scope, DATE_CLASSES, 20)) {
      const t = dayOf(el.textContent);
      if (t) return { day: t, detail: 'date next to the title' };
    }
  }
  return undefined;
}

/** What kind of page this is, from its URL, OpenGraph type and structured data. */
export function pageRole(doc: Document, url: URL, graph: Graph, meta: Meta): PageRole {
  const segments = url.pathname.split('/').filter(Boolean);
  const last = decodeURIComponent(segments[segments.length - 1] ?? '').replace(/\.(?:html?|php|aspx?)$/i, '');
  const ogType = (meta.get('og:type') ?? '').toLowerCase();
  const articleNode = graph.nodes.some((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t)));
  const articleMarkup = select(doc, '[itemtype*="BlogPosting"], [itemtype*="NewsArticle"]', 1).length > 0;
  const article =
    ['article', 'articles', 'blog', 'newsarticle'].includes(ogType) ||
    !!meta.get('article:published_time') ||
    articleNode ||
    articleMarkup;
  const outlet = WIRES.test(url.hostname) || graph.nodes.some((n) => typesOf(n).includes('newsmediaorganization'));
  const directory = segments.some((s) => DIRECTORY.test(s));
  return {
    home: segments.length === 0 || (segments.length === 1 && /^[a-z]{2}(?:[-_][a-z]{2})?$/i.test(segments[0])),
    about: ABOUT.test(last),
    careers: !directory && segments.some((s) => CAREERS.test(s)),
    article,
    newsSection: segments.some((s) => NEWS.test(s)),
    outlet,
    directory,
    published: published(doc, graph, meta),
  };
}
