import type { RawCompany } from '../types';
import type { PageContext } from './context';
import type { Found } from './found';
import { readJobs } from './jobs';
import { CAP_URL } from './limits';
import { readNewsText, type NewsText } from './news';
import { careersLink, pricingLink } from './site-pages';
import { socialProfiles } from './social';
import { clean } from './text';

/** LinkedIn page (a field), other social profiles, careers and pricing pages (evidence only). */
export function readPresence(c: PageContext, f: Found, name: string | undefined): void {
  const sameAs = [...(c.org?.sameAs ?? []), ...(c.micro?.sameAs ?? [])];
  const source = c.org?.sameAs.length ? 'json-ld' : 'markup';
  const social = socialProfiles(sameAs, c.meta.get('twitter:site'), source, c.links, name, c.site);
  if (social.linkedin) f.put('linkedinUrl', social.linkedin.url, social.linkedin.source, social.linkedin.detail);
  for (const k of ['twitter', 'github', 'facebook'] as const) {
    const s = social[k];
    if (s) f.note(`social.${k}`, s.source, s.url);
  }
  const careers = careersLink(c.links, c.site);
  if (careers) f.note('careersPage', 'markup', careers.url.href);
  const pricing = pricingLink(c.links, c.site);
  if (pricing) f.note('pricingPage', 'markup', pricing.url.href);
  if (c.org?.logo) f.note('logo', 'json-ld', clean(c.org.logo, CAP_URL)!);
}

/**
 * Open jobs and the hiring signal, with their evidence; on press, news and blog pages, the text
 * that funding, acquisition and leadership news is read from (newsSignals, news-sentences.ts).
 */
export function readSignals(c: PageContext, f: Found, name: string | undefined): NewsText | undefined {
  const jobs = readJobs(c.doc, c.links, c.site, name, c.role);
  if (jobs.openings !== undefined) f.put('jobOpenings', String(jobs.openings), 'markup', jobs.boards.join(', '));
  if (jobs.boards.length) f.note('jobBoards', 'markup', jobs.boards.join(', '));
  const found: NonNullable<RawCompany['signals']> = [];
  if (jobs.hiring) {
    // Postings linked in an article are as old as the article; "we're hiring" in the frame has no date.
    const day = jobs.hiring.inContent ? c.role.published?.day : undefined;
    found.push({ type: 'hiring', ...(day ? { observedAt: day } : {}), detail: jobs.hiring.detail, source: c.url.href });
  }
  const news = readNewsText(c.doc, c.url, c.role, name, c.meta.get('og:title') ?? c.headings[0], c.inChrome);
  f.put('signals', found, 'text', news ? NEWS_EVIDENCE : 'job boards and hiring links');
  return news;
}

/** How signals were found on a page with news text. */
export const NEWS_EVIDENCE = 'job boards, and news sentences naming the company';
