/**
 * Pure URL predicates for LinkedIn page types. Only the path decides; query and hash are ignored.
 *
 * School pages (/school/<slug>/) are read like company pages: since 2018 LinkedIn renders them
 * with the same organization template (top card, About dl with Website/Industry/Company size),
 * and universities are accounts some teams sell to. Showcase pages likewise.
 */

/** linkedin.com and any subdomain (www., de., uk., ...), never look-alikes such as linkedin.com.evil.io. */
export const isLinkedInHost = (url: URL): boolean =>
  (url.protocol === 'https:' || url.protocol === 'http:') && /(^|\.)linkedin\.com$/i.test(url.hostname);

const ORG_TABS = '(?:about|people|jobs|posts|life|insights|videos|events|home)';
const orgPath = (kind: string) => new RegExp(`^/${kind}/([^/]+)/?(?:${ORG_TABS}/?)?$`, 'i');
const COMPANY = orgPath('company');
const SHOWCASE = orgPath('showcase');
const SCHOOL = orgPath('school');
// /in/<slug>/ plus the sub-pages that still describe that member.
const PROFILE = /^\/in\/([^/]+)\/?(?:(?:details\/[a-z-]+|overlay\/[a-z-]+|recent-activity(?:\/[a-z-]+)?)\/?)?$/i;
const SEARCH = /^\/search\/results\/(?:companies|people|all)\/?$/i;
const SALES_LIST = /^\/sales\/(?:lists\/(?:people|company)\/[^/]+|search(?:\/(?:people|company))?)\/?$/i;

const on = (re: RegExp) => (url: URL) => isLinkedInHost(url) && re.test(url.pathname);

export const isCompanyPage = on(COMPANY);
export const isShowcasePage = on(SHOWCASE);
export const isSchoolPage = on(SCHOOL);
/** Any organization page we read as a company: /company/, /showcase/ and /school/. */
export const isOrganizationPage = (url: URL) => isCompanyPage(url) || isShowcasePage(url) || isSchoolPage(url);
export const isProfilePage = on(PROFILE);
export const isSearchResultsPage = on(SEARCH);
export const isSalesNavList = on(SALES_LIST);

function slug(url: URL, re: RegExp): string | undefined {
  if (!isLinkedInHost(url)) return undefined;
  const m = re.exec(url.pathname);
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}

/** Slug of /company/, /showcase/ or /school/ pages ("audiense", or a numeric id such as "10529043"). */
export const companySlugFromUrl = (url: URL): string | undefined =>
  slug(url, COMPANY) ?? slug(url, SHOWCASE) ?? slug(url, SCHOOL);

export const profileSlugFromUrl = (url: URL): string | undefined => slug(url, PROFILE);

/** Canonical https://www.linkedin.com/<kind>/<slug>/ of an organization or profile link, query dropped. */
export function canonicalLinkedInUrl(href: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href, base ?? 'https://www.linkedin.com');
  } catch {
    return undefined;
  }
  if (!isLinkedInHost(url)) return undefined;
  const m = /^\/(company|showcase|school|in)\/([^/?#]+)/i.exec(url.pathname);
  return m ? `https://www.linkedin.com/${m[1].toLowerCase()}/${m[2]}/` : undefined;
}
