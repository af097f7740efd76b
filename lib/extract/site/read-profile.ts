import type { Source } from '../types';
import { pickAddress, type AddressPick } from './address';
import type { PageContext } from './context';
import { foundedIn, pickDescription } from './description';
import type { Found } from './found';
import type { OrgReading } from './json-ld-org';
import { CAP_DESCRIPTION, CAP_NAME, CAP_SHORT, MAX_PARAGRAPHS } from './limits';
import { pickName, type Picked } from './name';
import { absolute, onSite } from './site';
import { clean, select, textOf } from './text';

/** The owner's structured readings, JSON-LD first, each with its source. */
const structured = (c: PageContext): [OrgReading, Source][] => [
  ...(c.org ? [[c.org, 'json-ld'] as [OrgReading, Source]] : []),
  ...(c.micro ? [[c.micro, 'markup'] as [OrgReading, Source]] : []),
];

/** Name and website: who owns this site. */
export function readIdentity(c: PageContext, f: Found): Picked | undefined {
  const names = structured(c).flatMap(([r, source]) =>
    r.name ? [{ value: clean(r.name, CAP_NAME)!, source, detail: r.detail }] : [],
  );
  const sample = [...c.headings, ...c.links.slice(0, 300).map((l) => l.text)];
  const { site, meta } = c;
  const name = pickName({
    site,
    meta,
    structured: names,
    webSiteName: c.webSite?.name,
    footerLines: c.chromeLines,
    sample,
  });
  if (name) f.put('name', name.value, name.source, name.detail);
  // The schema.org url when it is on this site ("https://www.acme.io" for a blog on blog.acme.io), else the page's origin.
  const own = absolute(c.org?.url, site.base);
  if (site.domain) f.put('website', own && onSite(own, site) ? own.origin : c.url.origin, 'url', 'page URL');
  return name;
}

function description(c: PageContext, name: string | undefined): Picked | undefined {
  const [own] = structured(c).filter(([r]) => r.description);
  return pickDescription({
    meta: c.meta,
    role: c.role,
    name,
    structured: own && {
      value: clean(own[0].description, CAP_DESCRIPTION)!,
      source: own[1],
      detail: 'Organization description',
    },
    tagline: c.webSite?.description,
    paragraphs: function* () {
      for (const p of select(c.doc, 'p', MAX_PARAGRAPHS)) yield textOf(p, 1000) ?? '';
      yield* c.chromeLines();
    },
  });
}

function address(c: PageContext): AddressPick | undefined {
  const [own] = structured(c).filter(([r]) => r.address || r.headquarters);
  const pick = own && {
    address: own[0].address,
    headquarters: own[0].headquarters,
    source: own[1],
    detail: own[0].detail,
  };
  return pickAddress(pick, c.doc, c.isCountry, c.chrome, c.blockLines);
}

/** Description, founding year, head count and headquarters. */
export function readProfile(c: PageContext, f: Found, name: string | undefined): void {
  const d = description(c, name);
  if (d) f.put('description', d.value, d.source, d.detail);
  for (const [r, source] of structured(c)) {
    f.put('founded', clean(r.founded, 100), source, `${r.detail} foundingDate`);
    f.put('size', clean(r.size, 100), source, `${r.detail} numberOfEmployees (range)`);
    f.put('employeeCount', clean(r.employeeCount, 100), source, `${r.detail} numberOfEmployees`);
  }
  if (d) f.put('founded', foundedIn(d.value), d.source, '"founded in" in the description');
  const a = address(c);
  if (a?.address) f.put('address', a.address, a.source, a.detail);
  else if (a?.headquarters) f.put('headquarters', clean(a.headquarters, CAP_SHORT), a.source, a.detail);
}
