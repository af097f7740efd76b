/**
 * The optional host permission "score company sites automatically" asks for, and where the
 * site reader is registered with it. LinkedIn has its own reader, so it is left out.
 */
export const SITE_ORIGINS = ['https://*/*', 'http://*/*'];
export const SITE_EXCLUDES = ['*://*.linkedin.com/*', '*://linkedin.com/*'];
/** The id of the run-time content-script registration. */
export const SITE_SCRIPT_ID = 'icp-lens-site-reader';

/** The permission for enriching one company from its website: its domain and subdomains. */
export function siteOriginsFor(href: string): string[] | undefined {
  try {
    const url = new URL(href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    const host = url.hostname.replace(/^www\./, '');
    return [`https://${host}/*`, `https://*.${host}/*`, `http://${host}/*`, `http://*.${host}/*`];
  } catch {
    return undefined;
  }
}
