// Page kinds that stand for an organization, with the path LinkedIn uses for each.
const ORGANIZATION_PATHS = ['company', 'showcase', 'school'] as const;
const SLUG = /^[^/?#\s<>"]{1,150}$/;

function decodeSlug(raw: string): string | undefined {
  try {
    const slug = decodeURIComponent(raw).trim().toLowerCase();
    return SLUG.test(slug) ? slug : undefined;
  } catch {
    return undefined;
  }
}

function urlOf(text: string): URL | undefined {
  const t = text.trim();
  if (t.length === 0 || t.length > 2048) return undefined;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(t) ? t : `https://${t.replace(/^\/\//, '')}`);
  } catch {
    return undefined;
  }
}

function organizationUrl(kind: string, slug: string): string {
  return `https://www.linkedin.com/${kind}/${encodeURIComponent(slug)}/`;
}

/**
 * A LinkedIn organization page as `https://www.linkedin.com/company/<slug>/`: any subdomain
 * (de., m.), sub-page (/about/, /jobs/), query or Sales Navigator form (/sales/company/123)
 * reduces to it. Showcase and school pages keep their own path. Falls back to a bare slug.
 */
export function cleanLinkedinUrl(url: unknown, slug?: unknown): string | undefined {
  const parsed = typeof url === 'string' ? urlOf(url) : undefined;
  if (parsed && /(?:^|\.)linkedin\.com$/.test(parsed.hostname.toLowerCase())) {
    const parts = parsed.pathname.split('/').filter(Boolean);
    const at = parts.findIndex((p) => (ORGANIZATION_PATHS as readonly string[]).includes(p.toLowerCase()));
    const kind = parts[at]?.toLowerCase();
    const found = parts[at + 1] === undefined ? undefined : decodeSlug(parts[at + 1] ?? '');
    if (kind && found) return organizationUrl(kind, found);
  }
  const bare = typeof slug === 'string' ? decodeSlug(slug) : undefined;
  return bare ? organizationUrl('company', bare) : undefined;
}
