import type { RawCompany } from '../types';
import { CAP, clean, pick, pickAll, pickText, put, textOf } from './dom';
import { need, putText, type F } from './company-fields';
import { fieldForGuestKey, fieldForLabel } from './labels';
import { COMPANY } from './selectors';

/** Readers of the visible page: the about card and the top card. */

/** Guest about-us: data-test-id names the field, in any UI language. */
function fromGuestFields(f: F, about: Element) {
  Array.from(about.querySelectorAll(COMPANY.guestFields)).forEach((el) => {
    const id = el.getAttribute('data-test-id') ?? '';
    const key = fieldForGuestKey(id.slice('about-us__'.length));
    if (key)
      putText(f, key, el.querySelector('dd a') ?? el.querySelector('dd') ?? el, 'markup', `[data-test-id="${id}"]`);
  });
}

/** 2018-05 "Company details": one class per field. */
function fromLegacyDetails(f: F, about: Element) {
  for (const [key, sel] of Object.entries(COMPANY.legacyDetails) as [keyof RawCompany, string][]) {
    if (need(f, key)) putText(f, key, about.querySelector(sel), 'markup', sel);
  }
}

/** dt label, then its dd elements: the size dt has two, the bucket and "N associated members". */
function fromDetailsDl(f: F, about: Element) {
  const dl = about.querySelector(COMPANY.detailsDl);
  if (!dl) return;
  let field: ReturnType<typeof fieldForLabel>;
  let dd = 0;
  Array.from(dl.querySelectorAll('dt, dd')).forEach((el) => {
    if (el.tagName === 'DT') {
      field = fieldForLabel(textOf(el) ?? '');
      dd = 0;
      return;
    }
    if (!field) return;
    const detail = `dl dt "${field}"`;
    if (field === 'size' && dd++ > 0) putText(f, 'employeeCount', el.querySelector('a') ?? el, 'markup', detail);
    else putText(f, field, (field === 'website' && el.querySelector('a')) || el, 'markup', detail);
  });
}

export function fromAbout(f: F, doc: Document): void {
  const about = pick(doc, COMPANY.about);
  if (!about) return;
  fromGuestFields(f, about);
  fromDetailsDl(f, about);
  fromLegacyDetails(f, about);
  if (need(f, 'description')) {
    const desc = pickText(about, COMPANY.description, CAP.description);
    if (desc) put(f, 'description', desc.value, 'markup', desc.selector);
  }
}

/** Text runs of an element split at empty child elements (the guest subline's middot span). */
function runs(el: Element): string[] {
  const out = [''];
  Array.from(el.childNodes).forEach((n) => {
    if (n.nodeType === 1 && !(n.textContent ?? '').trim()) out.push('');
    else out[out.length - 1] += n.textContent ?? '';
  });
  return out.map((s) => clean(s) ?? '').filter(Boolean);
}

/** 2021/2025: unlabelled items, industry first; a digit means followers, the link is the size. */
function fromInfoItems(f: F, top: Element) {
  const sel = COMPANY.topInfoItems[0];
  pickAll(top, COMPANY.topInfoItems).forEach((el, i) => {
    const t = textOf(el);
    if (!t) return;
    if (i === 0) putText(f, 'industry', t, 'markup', `${sel} #1`);
    else if (el.tagName === 'A') putText(f, 'size', t, 'markup', `${sel} link`);
    else if (/\d/.test(t)) putText(f, 'followers', t, 'markup', sel);
    else putText(f, 'headquarters', t, 'markup', sel);
  });
}

function decodeDeep(s: string): string {
  for (let i = 0; i < 3 && /%[0-9a-f]{2}/i.test(s); i++) {
    try {
      s = decodeURIComponent(s);
    } catch {
      break;
    }
  }
  return s;
}

export function fromTopCard(f: F, doc: Document): void {
  const top = pick(doc, COMPANY.topCard);
  if (!top) return;
  const one = (key: keyof RawCompany, sels: readonly string[], max?: number) => {
    const t = need(f, key) ? pickText(top, sels, max) : undefined;
    if (t) putText(f, key, t.value, 'markup', t.selector);
  };
  one('name', COMPANY.name, CAP.name);
  one('industry', COMPANY.topIndustry);
  one('headquarters', COMPANY.topHeadquarters);
  one('followers', COMPANY.topFollowers);
  one('employeeCount', COMPANY.employeeCount);
  const sub = need(f, 'headquarters', 'followers') ? pick(top, COMPANY.guestSubline) : null;
  if (sub) {
    const [hq, followers] = runs(sub);
    putText(f, 'headquarters', hq, 'markup', COMPANY.guestSubline[0]);
    putText(f, 'followers', followers, 'markup', COMPANY.guestSubline[0]);
  }
  if (need(f, 'industry', 'headquarters', 'followers', 'size')) fromInfoItems(f, top);
  const link = need(f, 'linkedinId') ? pick(top, COMPANY.idLink) : null;
  const id = link && /urrentCompany=\["?(\d+)/.exec(decodeDeep(link.getAttribute('href') ?? ''))?.[1];
  if (id) put(f, 'linkedinId', id, 'markup', COMPANY.idLink[0]);
}

const JOBS =
  /(\d[\d.,\u00a0\u202f ]*)\s*(job openings?|open jobs?|jobs?|offene stellen|stellenangebote|offres d[’']emploi|offres|postes? (?:vacants?|ouverts?)|ofertas de empleo|empleos?|vacantes)/i;

/** Jobs tab: "Motion has 12 job openings - find the one for you." (the phrase is UI language). */
export function fromJobsTab(f: F, doc: Document, url: URL): void {
  if (!/\/jobs\/?$/i.test(url.pathname)) return;
  const jobs = pickText(doc, COMPANY.jobOpenings);
  const m = jobs && JOBS.exec(jobs.value);
  if (m) putText(f, 'jobOpenings', `${m[1].trim()} ${m[2]}`, 'text', jobs.selector);
}
