import type { Company } from '../icp/company';
import { leadKey } from '../leads/lead-key';

/** The LinkedIn numeric id or slug of a cleaned company page URL (`https://www.linkedin.com/company/<slug>/`). */
export function linkedinIdentity(linkedinUrl: string | undefined): { id?: string; slug?: string } {
  const m = linkedinUrl ? /linkedin\.com\/(?:company|school|showcase)\/([^/?#]+)/i.exec(linkedinUrl) : null;
  if (!m?.[1]) return {};
  let slug: string;
  try {
    slug = decodeURIComponent(m[1]).toLowerCase();
  } catch {
    slug = m[1].toLowerCase();
  }
  return /^\d+$/.test(slug) ? { id: slug } : { slug };
}

/**
 * A planned row's lead key, by the database's rule (lib/leads/lead-key.ts): its domain, else its
 * LinkedIn company id or slug, else its folded name with its country. Undefined when it has none.
 */
export function importLeadKey(company: Company): string | undefined {
  // A normalized company's domain is already its registrable domain: no second parse.
  if (company.domain) return `domain:${company.domain}`;
  const li = linkedinIdentity(company.linkedinUrl);
  return leadKey({
    domain: company.domain,
    linkedinId: li.id,
    linkedinSlug: li.slug,
    name: company.name,
    country: company.hq?.country,
  });
}
