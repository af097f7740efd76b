import type { Link } from './links';
import { CAREERS_PATHS } from './page-role';
import { onSite, type Site } from './site';

// Link texts that name the careers page, in the languages of the fixtures and a few more.
const CAREERS_TEXT =
  /^(?:careers?|jobs?|jobs? (?:at|@) .{2,30}|karriere|stellenangebote|offene stellen|stellen|work (?:with|for) us|join (?:us|our team|the team)|we(?:'|’)re hiring|we are hiring|open (?:positions|roles)|emplois?|carri[eè]res?|offres d(?:'|’)emploi|recrutement|trabaja con nosotros|empleo|ofertas de empleo|lavora con noi|vacatures|werken bij .{2,30})$/i;
const CAREERS_WORD = /\b(?:careers?|karriere|carri[eè]res?|stellenangebote)\b/i;
const CAREERS_HREF = new RegExp(`/(?:${CAREERS_PATHS}|join-us|work-with-us)(?:[/.?#]|$)`, 'i');
const CAREERS_HOST = /^(?:jobs|careers|karriere|career)\./i;

const PRICING_TEXT =
  /^(?:pricing|prices?|plans?(?: (?:&|and) pricing)?|preise|tarife|tarifs|precios|planes|prezzi|prijzen)$/i;
const PRICING_HREF =
  /(?:\/(?:pricing|prices|plans|preise|tarife|tarifs|precios|prezzi|prijzen)(?:[/.?#-]|$)|#(?:section-)?pricing$)/i;

/** Best-scoring link; ties go to the first in document order. */
function best(links: readonly Link[], score: (l: Link) => number): Link | undefined {
  let top: Link | undefined;
  let topScore = 0;
  for (const l of links) {
    const s = score(l);
    if (s > topScore) [top, topScore] = [l, s];
  }
  return top;
}

/**
 * The careers page: a link whose text says careers/jobs (in several languages) or whose path
 * does, on this site or a jobs subdomain; the site's header and footer beat links in content.
 */
export function careersLink(links: readonly Link[], site: Site): Link | undefined {
  return best(links, (l) => {
    const text = CAREERS_TEXT.test(l.text);
    const href = CAREERS_HREF.test(l.url.pathname + l.url.hash) || CAREERS_HOST.test(l.url.hostname);
    // A path alone ("/tag/jobs/" in a story) counts only in the site's own frame.
    if (!text && (!href || !l.chrome || !onSite(l.url, site))) return 0;
    return (text ? 2 : 0) + (href ? 1 : 0) + (l.chrome ? 1 : 0) + (CAREERS_WORD.test(l.text) ? 0.5 : 0);
  });
}

/** The pricing page, by the same rules, on this site only. */
export function pricingLink(links: readonly Link[], site: Site): Link | undefined {
  return best(links, (l) => {
    if (!onSite(l.url, site)) return 0;
    const text = PRICING_TEXT.test(l.text);
    const href = PRICING_HREF.test(l.url.pathname + l.url.hash);
    if (!text && (!href || !l.chrome)) return 0;
    return (text ? 2 : 0) + (href ? 1 : 0) + (l.chrome ? 1 : 0);
  });
}
