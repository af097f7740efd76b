import { describe, expect, it } from 'vitest';
import { dayOf } from '../../../../lib/extract/site/dates';
import { extractSite } from '../../../../lib/extract/site/extract-site';
import { newsIn } from '../../../../lib/extract/site/news-patterns';
import { page } from './fixtures';

const PUBLISHED =
  '<meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-02T09:00:00-07:00">';

function read(body: string, url = 'https://www.acme.io/press/acme-series-b', head = '') {
  const p = page(`<html><head><title>Press | Acme</title>${PUBLISHED}${head}</head><body>${body}</body></html>`, url);
  return extractSite(p.doc, p.url);
}
const signals = (r: ReturnType<typeof read>) => (r.company?.signals ?? []).map((s) => [s.type, s.observedAt]);

describe('news sentences', () => {
  it.each([
    ['Acme raised a $30M Series B led by Foo Ventures.', 'funding'],
    ['Acme announces $12 million seed round', 'funding'],
    ['Acme closes €5m funding round to expand in Europe.', 'funding'],
    ['Acme erhält 5 Mio. Euro in einer Finanzierungsrunde.', 'funding'],
    ['Acme lève 3 millions d’euros.', 'funding'],
    ['Acme has been acquired by Globex.', 'acquisition'],
    ['Acme acquires Initech to grow its anvil line.', 'acquisition'],
    ['Acme completes acquisition of Initech.', 'acquisition'],
    ['Acme übernimmt die Initech GmbH.', 'acquisition'],
    ['Acme appoints Jane Doe as CEO.', 'leadershipChange'],
    ['Acme names new CFO', 'leadershipChange'],
    ['Acme welcomes Jane Doe as Vice President of Sales', 'leadershipChange'],
    ['Acme ernennt Max Muster zum Geschäftsführer.', 'leadershipChange'],
  ])('%s → %s', (sentence, type) => expect(newsIn(sentence)?.type).toBe(type));

  it.each([
    'Customer acquisition costs fell.',
    'The data we acquired was noisy.',
    'Acme was named a leader by Gartner.',
    'Our Talent Acquisition Suite ships today.',
    'Acme raised the bar for anvils.',
  ])('no news in %s', (sentence) => expect(newsIn(sentence)).toBeUndefined());
});

describe('signals from press, news and blog pages', () => {
  it('dates a press release sentence by the page', () => {
    const r = read(
      '<article><h1>Acme raises $30M Series B</h1><p>SAN FRANCISCO — Acme, the anvil company, today announced it raised a $30M Series B led by Foo Ventures.</p></article>',
    );
    expect(r.company?.signals).toEqual([
      {
        type: 'funding',
        observedAt: '2024-05-02',
        detail: 'Acme raises $30M Series B',
        source: 'https://www.acme.io/press/acme-series-b',
      },
    ]);
    expect(r.provenance.signals.source).toBe('text');
  });

  it('prefers a date written in the sentence, and caps the evidence at 300 characters', () => {
    const long = `On March 3, 2023, Acme appointed Jane Doe as Chief Executive Officer${', and more'.repeat(60)}.`;
    const r = read(`<article><p>${long}</p></article>`);
    expect(signals(r)).toEqual([['leadershipChange', '2023-03-03']]);
    expect(r.company?.signals?.[0].detail?.length).toBeLessThanOrEqual(300);
  });

  it('reads each item of a news listing with its own <time>', () => {
    const body = `<main><ul>
      <li><time datetime="2023-01-10">Jan 10</time><a href="/n/1">Acme acquires Initech</a></li>
      <li><time datetime="2022-06-01">Jun 1</time><a href="/n/2">Acme names Jane Doe CFO</a></li>
      <li><time datetime="2022-02-01">Feb 1</time><a href="/n/3">Acme ships Anvil 2.0</a></li>
    </ul></main>`;
    const p = page(`<title>Newsroom | Acme</title><body>${body}</body>`, 'https://www.acme.io/newsroom');
    expect(signals(extractSite(p.doc, p.url))).toEqual([
      ['acquisition', '2023-01-10'],
      ['leadershipChange', '2022-06-01'],
    ]);
  });

  it('counts "we" on the company’s own pages, but not inside quotes', () => {
    expect(signals(read('<article><p>Today we closed a $5 million seed round.</p></article>'))).toEqual([
      ['funding', '2024-05-02'],
    ]);
    expect(signals(read('<article><p>“We raised a $5 million seed round,” said a customer.</p></article>'))).toEqual(
      [],
    );
  });

  it('keeps news about other companies out: a story on a news site is not the publisher’s news', () => {
    const story = `<article><h1>HackerRank raises $7.5M Series B</h1><p>HackerRank acquired Interviewstreet. Globex appoints Jane Doe as CEO.</p></article>`;
    const head = '<meta property="og:site_name" content="TechCrunch">';
    const p = page(
      `<html><head>${PUBLISHED}${head}</head><body>${story}<footer><a href="/t">Google Buys Wiz</a></footer></body></html>`,
      'https://techcrunch.com/2016/01/12/story/',
    );
    const r = extractSite(p.doc, p.url);
    expect(r.company?.name).toBe('TechCrunch');
    expect(r.company?.signals).toBeUndefined();
    expect(r.missing).toContain('signals');
  });

  it('requires the company to be the subject of funding and leadership news', () => {
    expect(signals(read('<article><p>Globex, a customer of Acme, raised a $10M Series A.</p></article>'))).toEqual([]);
    expect(signals(read('<article><p>Globex acquires Acme in an all-stock deal.</p></article>'))).toEqual([
      ['acquisition', '2024-05-02'],
    ]);
    expect(signals(read('<article><p>Globex acquires Initech, a partner of Acme.</p></article>'))).toEqual([]);
    const dateline = 'SAN FRANCISCO -- Acme, the anvil company, today announced it raised a $30M Series B.';
    expect(signals(read(`<article><p>${dateline}</p></article>`))).toEqual([['funding', '2024-05-02']]);
  });

  it('reads no news on pages that are not press, news or blog pages, nor on directories', () => {
    const home = page('<title>Acme</title><body><p>Acme raised a $30M Series B.</p></body>', 'https://www.acme.io/');
    expect(extractSite(home.doc, home.url).company?.signals).toBeUndefined();
    const profile = page(
      `<title>Globex | Acme</title>${PUBLISHED}<body><article><p>We raised a $6M seed round.</p></article></body>`,
      'https://www.acme.io/companies/globex',
    );
    expect(extractSite(profile.doc, profile.url).company?.signals).toBeUndefined();
  });

  it('keeps a press wire’s releases for their clients: first person does not count on an outlet', () => {
    const p = page(
      `<title>Release</title>${PUBLISHED}<body><article><p>We raised a $6M seed round, the company said.</p></article><footer>© PR Wire</footer></body>`,
      'https://www.prnewswire.com/news-releases/x.html',
    );
    expect(extractSite(p.doc, p.url).company?.signals).toBeUndefined();
  });
});

describe('dates', () => {
  it.each([
    ['2016-01-12T09:00:44-08:00', '2016-01-12'],
    ['2020-12-18 14:00:00', '2020-12-18'],
    ['April 06, 2016 12:00 ET', '2016-04-06'],
    ['Mar 27, 2025', '2025-03-27'],
    ['15 January 2020', '2020-01-15'],
    ['6. März 2019', '2019-03-06'],
    ['31.05.2022', '2022-05-31'],
    ['3 de abril de 2021', '2021-04-03'],
  ])('%s → %s', (text, day) => expect(dayOf(text)).toBe(day));

  it.each(['4/6/2016', '2026-02-30', 'June 12', 'yesterday', ''])('refuses %j', (text) =>
    expect(dayOf(text)).toBeUndefined(),
  );
});
