/**
 * LinkedIn member profiles (/in/<slug>/ and sub-pages).
 * Language: JSON-LD, the top card and the Experience card are read by structure, not labels,
 * so they work in any UI language; only the top card's "Current company" button (a fallback)
 * and the headline split ("X at Y", also bei/chez/@) depend on words.
 */
import type { ExtractResult, RawPerson } from '../types';
import { CAP, clean, found, missingOf, pick, pickAll, pickText, put, textOf, type Found } from './dom';
import { splitHeadline } from './headline';
import { jsonLdNodes } from './json-ld';
import { canonicalLinkedInUrl, profileSlugFromUrl } from './page-types';
import { readVoyagerProfile } from './voyager';
import { PROFILE } from './selectors';

type P = Found<RawPerson>;
type Json = Record<string, unknown>;

export const PERSON_FIELDS = ['name', 'headline', 'title', 'companyName', 'companyLinkedinUrl', 'location'] as const;

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPerson = (v: unknown): v is Json => isObj(v) && [v['@type']].flat().includes('Person');

function fromJsonLd(p: P, doc: Document) {
  // Guest pages: a Person node, or (2016) a WebPage "reviewedBy" the member.
  const nodes = jsonLdNodes(doc);
  const person = nodes.find(isPerson) ?? nodes.map((n) => n.reviewedBy ?? n.mainEntity).find(isPerson);
  if (!person) return;
  const d = 'schema.org Person';
  put(p, 'name', clean(person.name, CAP.name), 'json-ld', d);
  put(p, 'title', clean([person.jobTitle].flat()[0]), 'json-ld', `${d}.jobTitle`);
  const org = [person.worksFor].flat()[0];
  if (isObj(org)) {
    put(p, 'companyName', clean(org.name, CAP.name), 'json-ld', `${d}.worksFor`);
    put(p, 'companyLinkedinUrl', canonicalLinkedInUrl(String(org.url ?? '')), 'json-ld', `${d}.worksFor.url`);
  }
  const a = person.address;
  put(
    p,
    'location',
    clean(isObj(a) ? [a.addressLocality, a.addressCountry].filter(Boolean).join(', ') : a),
    'json-ld',
    `${d}.address`,
  );
}

function fromTopCard(p: P, doc: Document) {
  const top = pick(doc, PROFILE.topCard);
  if (!top) return;
  const one = (key: keyof RawPerson, sels: readonly string[], max?: number) => {
    const t = p.rec[key] === undefined ? pickText(top, sels, max) : undefined;
    if (t) put(p, key, t.value, 'markup', t.selector);
  };
  one('name', PROFILE.name, CAP.name);
  one('headline', PROFILE.headline, CAP.headline);
  one('location', PROFILE.location);
}

/** The first Experience entry is the current role; a grouped entry nests roles under the company. */
function fromExperience(p: P, doc: Document, url: URL) {
  const anchor = pick(doc, PROFILE.experienceAnchor);
  const section = anchor?.tagName === 'SECTION' ? anchor : anchor?.closest('section');
  const item = section
    ? pickAll(section, PROFILE.experienceItem)[0]
    : /\/details\/experience/.test(url.pathname)
      ? pick(doc, PROFILE.detailsItem)
      : undefined;
  if (!item) return;
  const nested = item.querySelector(':scope li .t-bold');
  const title = pickText(nested?.closest('li') ?? item, PROFILE.itemTitle);
  if (title) put(p, 'title', title.value, 'markup', `Experience ${title.selector}`);
  const company = nested ? pickText(item, PROFILE.itemTitle) : pickText(item, PROFILE.itemCompany);
  // "Google · Full-time": the employment type follows a middot.
  if (company)
    put(p, 'companyName', clean(company.value.split(' · ')[0], CAP.name), 'markup', `Experience ${company.selector}`);
  const link = pick(item, PROFILE.companyLink);
  put(
    p,
    'companyLinkedinUrl',
    link ? canonicalLinkedInUrl(link.getAttribute('href') ?? '') : undefined,
    'markup',
    'Experience a[href*="/company/"]',
  );
}

/** Sub-pages (/details/experience/) show no top card; the page's embedded data still names the member's. */
function fromVoyager(p: P, doc: Document, url: URL) {
  if (p.rec.headline !== undefined && p.rec.location !== undefined) return;
  const v = readVoyagerProfile(doc, profileSlugFromUrl(url));
  put(p, 'headline', v?.headline, 'embedded-json', 'Voyager Profile.headline');
  put(p, 'location', v?.location, 'embedded-json', 'Voyager Profile.geoLocation');
}

function fallbacks(p: P, doc: Document) {
  const split = splitHeadline(p.rec.headline);
  put(p, 'title', split?.title, 'text', 'headline "X at Y"');
  put(p, 'companyName', split?.companyName, 'text', 'headline "X at Y"');
  if (p.rec.companyName === undefined) {
    // "Current company: ꩜Substrate. Click to skip to experience card" (2025), the element's text (2022).
    const current = pick(doc, PROFILE.currentCompany);
    const named =
      /^Current company:\s*(.+?)\.\s/.exec(current?.getAttribute('aria-label') ?? '')?.[1] ?? textOf(current);
    put(p, 'companyName', clean(named, CAP.name), 'markup', PROFILE.currentCompany[0]);
  }
  if (p.rec.name === undefined) {
    const og = (doc.head ?? doc)
      .querySelector('meta[property="og:title"], meta[name="og:title"]')
      ?.getAttribute('content');
    // "(3) Pat Example | LinkedIn", "Experience | Pat Example | LinkedIn"
    const name = /^(?:\(\d+\+?\)\s*)?(?:[^|]+\|\s*)?([^|]+?)\s*\|\s*LinkedIn$/.exec(og ?? doc.title.trim())?.[1];
    put(p, 'name', clean(name, CAP.name), og ? 'meta' : 'text', og ? 'og:title' : 'document.title');
  }
}

/**
 * Reads a member profile; the first source to give a field wins.
 * @example extractProfile(document, new URL(location.href)).person?.title // "Co-Founder, CEO"
 */
export function extractProfile(doc: Document, url: URL): ExtractResult {
  const p = found<RawPerson>();
  fromJsonLd(p, doc);
  fromTopCard(p, doc);
  fromExperience(p, doc, url);
  fromVoyager(p, doc, url);
  fallbacks(p, doc);
  return { kind: 'person', person: p.rec, missing: missingOf(p.rec, PERSON_FIELDS), provenance: p.prov };
}
