import { describe, expect, it } from 'vitest';
import { COMPANY, LIST, PROFILE } from '../../../../lib/extract/linkedin/selectors';
import { load, page, type PAGES } from './load';

type Key = keyof typeof PAGES;
const count = (root: ParentNode | null, sel: string) => (root ? root.querySelectorAll(sel).length : 0);
const root = (doc: Document, alternatives: readonly string[]) =>
  alternatives.map((s) => doc.querySelector(s)).find(Boolean) ?? null;

/** Expected matches per saved page: a redesign shows up here as a changed count. */
const COMPANY_COUNTS: [Key, Record<string, number>][] = [
  [
    'guest2024',
    { topCard: 1, about: 1, voyager: 0, jsonLd: 1, infoItems: 0, idLink: 1, h1: 1, dt: 6, dd: 6, guestFields: 7 },
  ],
  [
    'about2025',
    { topCard: 1, about: 1, voyager: 18, jsonLd: 0, infoItems: 4, idLink: 1, h1: 1, dt: 7, dd: 8, guestFields: 0 },
  ],
  [
    'overview2025',
    { topCard: 1, about: 0, voyager: 17, jsonLd: 0, infoItems: 4, idLink: 1, h1: 1, dt: 0, dd: 0, guestFields: 0 },
  ],
  [
    'overview2021',
    { topCard: 1, about: 0, voyager: 15, jsonLd: 0, infoItems: 3, idLink: 2, h1: 1, dt: 0, dd: 0, guestFields: 0 },
  ],
  [
    'voyager2017',
    { topCard: 0, about: 0, voyager: 14, jsonLd: 0, infoItems: 0, idLink: 0, h1: 0, dt: 0, dd: 0, guestFields: 0 },
  ],
  [
    'overview2018',
    { topCard: 1, about: 1, voyager: 0, jsonLd: 0, infoItems: 0, idLink: 3, h1: 1, dt: 0, dd: 0, guestFields: 0 },
  ],
  [
    'about2018',
    { topCard: 1, about: 1, voyager: 0, jsonLd: 0, infoItems: 0, idLink: 3, h1: 1, dt: 7, dd: 7, guestFields: 0 },
  ],
  [
    'aboutDe',
    { topCard: 1, about: 1, voyager: 0, jsonLd: 0, infoItems: 4, idLink: 1, h1: 1, dt: 8, dd: 9, guestFields: 0 },
  ],
  [
    'aboutFr',
    { topCard: 1, about: 1, voyager: 0, jsonLd: 0, infoItems: 4, idLink: 1, h1: 1, dt: 7, dd: 8, guestFields: 0 },
  ],
  [
    'showcase',
    { topCard: 1, about: 1, voyager: 0, jsonLd: 1, infoItems: 0, idLink: 0, h1: 1, dt: 6, dd: 6, guestFields: 7 },
  ],
];

describe('company selectors on saved pages', () => {
  it.each(COMPANY_COUNTS)('%s', (key, expected) => {
    const { doc } = load(key);
    const top = root(doc, COMPANY.topCard);
    const about = root(doc, COMPANY.about);
    expect({
      topCard: COMPANY.topCard.reduce((n, s) => n + count(doc, s), 0),
      about: COMPANY.about.reduce((n, s) => n + count(doc, s), 0),
      voyager: Array.from(doc.getElementsByTagName('code')).filter((c) => c.id.startsWith(COMPANY.voyagerIdPrefix))
        .length,
      jsonLd: count(doc, 'script[type="application/ld+json"]'),
      infoItems: count(top, COMPANY.topInfoItems[0]),
      idLink: count(top, COMPANY.idLink[0]),
      h1: count(top, COMPANY.name[0]),
      dt: count(about, `${COMPANY.detailsDl} dt`),
      dd: count(about, `${COMPANY.detailsDl} dd`),
      guestFields: count(about, COMPANY.guestFields),
    }).toEqual(expected);
  });

  it('2018-05 "Company details" has one element per legacy hook', () => {
    const about = root(load('overview2018').doc, COMPANY.about);
    for (const sel of Object.values(COMPANY.legacyDetails)) expect(count(about, sel), sel).toBe(1);
  });

  it('2018 and 2024 top cards have their per-field hooks', () => {
    const top = (k: Key) => root(load(k).doc, COMPANY.topCard);
    expect(count(top('about2018'), COMPANY.topIndustry[0])).toBe(1);
    expect(count(top('about2018'), COMPANY.topHeadquarters[0])).toBe(1);
    expect(count(top('about2018'), COMPANY.topFollowers[0])).toBe(1);
    expect(count(top('overview2018'), COMPANY.topIndustry[1])).toBe(1);
    expect(count(top('overview2018'), COMPANY.topFollowers[1])).toBe(1);
    expect(count(top('guest2024'), COMPANY.topIndustry[2])).toBe(1);
    expect(count(top('guest2024'), COMPANY.guestSubline[0])).toBe(1);
    expect(count(top('overview2021'), COMPANY.employeeCount[0])).toBe(1);
    expect(count(top('about2018'), COMPANY.employeeCount[1])).toBe(1);
    expect(count(top('guest2024'), COMPANY.employeeCount[2])).toBe(1);
  });
});

describe('profile selectors on saved pages', () => {
  it.each([
    ['profile2025', 'section[data-member-id]', 'div#experience', 5],
    ['profile2022', 'section[data-member-id]', 'div#experience', 5],
    ['profile2016', '#topcard', 'section#experience', 12],
  ] as const)('%s', (key, topSel, anchorSel, items) => {
    const { doc } = load(key);
    const top = root(doc, PROFILE.topCard);
    expect(top?.matches(topSel)).toBe(true);
    expect(count(top, PROFILE.name[0])).toBe(1);
    expect(PROFILE.headline.map((s) => count(top, s)).find((n) => n > 0)).toBe(1);
    expect(PROFILE.location.map((s) => count(top, s)).find((n) => n > 0)).toBe(1);
    const anchor = root(doc, PROFILE.experienceAnchor);
    expect(anchor?.matches(anchorSel)).toBe(true);
    const section = anchor?.tagName === 'SECTION' ? anchor : anchor!.closest('section');
    expect(PROFILE.experienceItem.map((s) => count(section, s)).find((n) => n > 0)).toBe(items);
  });
});

describe('list selectors on saved pages', () => {
  it.each([
    ['people2025', 10],
    ['people25', 25],
    ['companies', 12],
  ] as const)('%s has %i result rows', (key, rows) => {
    const { doc } = load(key);
    expect(count(doc, LIST.rows[0])).toBe(rows);
    const first = doc.querySelector(LIST.rows[0])!;
    expect(count(first, LIST.rowPrimary[1])).toBe(1);
    expect(count(first, LIST.rowSecondary[1])).toBe(1);
  });

  it('the 2022 experience sub-page has 13 paged list items (entries and nested ones)', () => {
    expect(count(load('experience2022').doc, PROFILE.detailsItem[0])).toBe(13);
  });

  it('the Sales Navigator list has one person-name per row', () => {
    expect(count(load('salesList').doc, LIST.salesName[0])).toBe(3);
  });
});

describe('every selector is valid CSS', () => {
  const all = (v: unknown): string[] =>
    typeof v === 'string'
      ? [v]
      : Array.isArray(v)
        ? v.flatMap(all)
        : typeof v === 'object' && v
          ? Object.values(v).flatMap(all)
          : [];
  const { doc } = page('<p></p>');
  it.each([...all(COMPANY).filter((s) => s !== COMPANY.voyagerIdPrefix), ...all(PROFILE), ...all(LIST)])(
    '%s',
    (sel) => {
      expect(() => doc.querySelectorAll(sel)).not.toThrow();
    },
  );
});
