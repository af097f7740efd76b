import { boardOf, type Board } from './job-boards';
import { MAX_ANCHORS } from './limits';
import type { Link } from './links';
import { agreesWithDomain } from './name-match';
import type { PageRole } from './page-role';
import { absolute, onSite, type Site } from './site';
import { clean, select } from './text';

export interface JobsReading {
  /** Job postings listed on the page, when a board's list is there to count. */
  openings?: number;
  /** Boards seen, as "Greenhouse (anthropic)". */
  boards: string[];
  /** Evidence that the company is hiring, and whether it sits in the page's content (dated by the page). */
  hiring?: { detail: string; inContent: boolean };
}

// Elements job-board embed scripts fill with the list (Greenhouse, Lever, Workable, Ashby, BambooHR, Personio).
const EMBED_CONTAINERS =
  '#grnhse_app, #lever-jobs-container, .lever-jobs-container, #whr_embed_hook, .whr-items, #ashby_embed, #BambooHR, .personio-jobs';
const HIRING_TEXT =
  /\b(?:we(?:'|’)re hiring|we are hiring|now hiring|join our team[^.]{0,40}open (?:roles|positions)|wir stellen ein|nous recrutons|on recrute|estamos contratando)\b/i;

interface Seen {
  board: Board;
  company: string;
  postings: Set<string>;
  inContent: boolean;
}

function note(url: URL, content: boolean, seen: Map<string, Seen>, site: Site): void {
  const board = boardOf(url);
  // Greenhouse job ids on the company's own careers page: acme.com/careers?gh_jid=123
  const ghJid = !board && onSite(url, site) ? url.searchParams.get('gh_jid') : null;
  const b = board ?? (ghJid ? boardOf(new URL('https://boards.greenhouse.io/')) : undefined);
  if (!b) return;
  const company = (ghJid ? site.label : b.company(url))?.toLowerCase();
  if (!company) return;
  const key = `${b.id}:${company}`;
  const entry = seen.get(key) ?? { board: b, company, postings: new Set<string>(), inContent: false };
  const posting = ghJid ?? b.posting(url);
  if (posting) {
    entry.postings.add(posting);
    entry.inContent ||= content;
  }
  seen.set(key, entry);
}

/**
 * Jobs evidenced on the page: postings on hosted boards (links, iframes, embed scripts) of the
 * company's own board, i.e. one whose key agrees with its name or domain, or any board on its
 * careers page. Postings are counted only where a list is shown (careers page, embed container,
 * or three or more postings); a couple of links in a blog post prove hiring, not a count.
 */
export function readJobs(
  doc: Document,
  links: readonly Link[],
  site: Site,
  name: string | undefined,
  role: PageRole,
): JobsReading {
  const seen = new Map<string, Seen>();
  for (const l of links) note(l.url, !l.chrome, seen, site);
  for (const el of select(doc, 'iframe[src], script[src]', MAX_ANCHORS)) {
    const url = absolute(el.getAttribute('src'), site.base);
    if (url) note(url, true, seen, site);
  }
  const own = [...seen.values()].filter(
    (s) =>
      role.careers ||
      agreesWithDomain(s.company.replace(/[-_]/g, ' '), site.label) ||
      agreesWithDomain(name, s.company.replace(/[^a-z0-9]/g, '')),
  );
  const boards = own.map((s) => `${s.board.name} (${s.company})`);
  const postings = own.reduce((n, s) => n + s.postings.size, 0);
  const embedded = own.length > 0 && select(doc, EMBED_CONTAINERS, 1).length > 0;
  const reading: JobsReading = { boards };
  if (postings > 0 && (role.careers || embedded || postings >= 3)) reading.openings = postings;
  if (postings > 0) {
    reading.hiring = {
      detail: `${postings} job posting${postings > 1 ? 's' : ''} on ${boards.join(', ')}`,
      inContent: own.some((s) => s.inContent),
    };
    return reading;
  }
  // "We're hiring" in the site's own frame or pointing to its own pages; not a link in a story about someone else.
  const says = links.find((l) => HIRING_TEXT.test(l.text) && (l.chrome || onSite(l.url, site)));
  if (says) reading.hiring = { detail: `link "${clean(says.text, 80)}" → ${says.url.href}`, inContent: false };
  return reading;
}
