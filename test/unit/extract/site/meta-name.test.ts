import { describe, expect, it } from 'vitest';
import { extractSite } from '../../../../lib/extract/site/extract-site';
import { copyrightHolder, stripSection, titleSegments } from '../../../../lib/extract/site/name';
import { agreesWithDomain, nameKey } from '../../../../lib/extract/site/name-match';
import { page } from './fixtures';

const meta = (props: Record<string, string>): string =>
  Object.entries(props)
    .map(([k, v]) =>
      k.startsWith('og:') ? `<meta property="${k}" content="${v}">` : `<meta name="${k}" content="${v}">`,
    )
    .join('');

function read(head: string, body = '', url = 'https://www.acme.io/') {
  const p = page(`<html><head>${head}</head><body>${body}</body></html>`, url);
  return extractSite(p.doc, p.url);
}

describe('name sources, most robust first', () => {
  it('JSON-LD beats og:site_name, which beats the title', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"Organization","name":"Acme Corporation","url":"https://www.acme.io"}</script>';
    expect(read(ld + meta({ 'og:site_name': 'Acme' }) + '<title>Home | Acme Co</title>').company?.name).toBe(
      'Acme Corporation',
    );
    expect(read(meta({ 'og:site_name': 'Acme' }) + '<title>Home | Acme Co</title>').company?.name).toBe('Acme');
    expect(read('<title>Home | Acme Co</title>').company?.name).toBe('Acme Co');
  });

  it.each([
    ['Post title | Acme', 'Acme'],
    ['Acme – Anvils for everyone', 'Acme'],
    ['Acme - Anvils for everyone', 'Acme'],
    ['Tracing thoughts \\ Acme', 'Acme'],
    ['Acme Tech Blog | Managing anvils', 'Acme'],
    ['Login – Acme', 'Acme'],
  ])('splits the title %j', (title, name) => {
    expect(read(`<title>${title}</title>`).company?.name).toBe(name);
  });

  it('strips a site section from og:site_name ("Acme Blog", "Acme News Room")', () => {
    expect(read(meta({ 'og:site_name': 'Acme Blog' })).company?.name).toBe('Acme');
    expect(stripSection('GlobeNewswire News Room')).toBe('GlobeNewswire');
    expect(stripSection('Blog')).toBe('Blog');
  });

  it('refuses og:site_name "Google" on acme.io: a meta name must agree with the domain', () => {
    const r = read(meta({ 'og:site_name': 'Google' }) + '<title>Anvils and more | Acme</title>');
    expect(r.company?.name).toBe('Acme');
    expect(r.provenance.name.detail).toBe('title');
  });

  it('accepts a name that disagrees with the domain when a second page source says the same', () => {
    const r = read(
      meta({ 'og:site_name': 'Alphabet' }) + '<title>Investor relations | Alphabet</title>',
      '',
      'https://abc.xyz/investor/',
    );
    expect(r.company?.name).toBe('Alphabet');
    expect(r.provenance.name.detail).toContain('confirmed');
  });

  it('falls back to the copyright line, then to the domain as the page writes it', () => {
    expect(
      read('<title>XADO grease 125 ml</title>', '<footer>© 2016 ACME. All Rights Reserved.</footer>').company?.name,
    ).toBe('ACME');
    const r = read('<title>Twin Peaks 2017</title>', '<footer><a href="/why">Why Acme</a></footer>');
    expect(r.company?.name).toBe('Acme');
    expect(r.provenance.name).toEqual({ source: 'url', detail: 'domain name, as written on the page' });
  });

  it("returns kind 'unknown' when nothing names the company", () => {
    const r = read('<title>Welcome</title>', '<p>Hello world</p>');
    expect(r.kind).toBe('unknown');
    expect(r.missing).toContain('name');
    expect(r.company?.website).toBe('https://www.acme.io');
  });
});

describe('name agreement with the domain', () => {
  it.each([
    ['LeanData', 'leandatainc', true],
    ['Kanzlei Viehbacher', 'viehbacher', true],
    ['Long Island University', 'liu', true],
    ['Chowhan and Sons', 'chowhanandsons', true],
    ['VIEHBACHER GmbH & Co. KG', 'viehbacher', true],
    ['Google', 'acme', false],
    ['XADO Schmierfett reparierend Verschleiß 50% Additive Motorenöle TORALIN', 'toralin', false],
    ['A', 'a', false],
  ])('%s on %s: %s', (name, label, ok) => expect(agreesWithDomain(name, label)).toBe(ok));

  it('compares names without legal forms', () => {
    expect(nameKey('Anthropic PBC')).toBe('anthropic');
    expect(nameKey('VIEHBACHER GmbH & Co. KG')).toBe('viehbacher');
    expect(nameKey('Post Planner, Inc.')).toBe('post planner');
  });

  it('reads title segments and copyright holders', () => {
    expect(titleSegments('Call Now: 9029469931 | Waterproofing | Chowhan and Sons')).toContain('Chowhan and Sons');
    expect(copyrightHolder('© 2011-2021 Post Planner, Inc. All Rights Reserved.')).toBe('Post Planner, Inc');
    expect(copyrightHolder('© Belfusto, 2019-2022.')).toBe('Belfusto');
    expect(copyrightHolder('no sign here')).toBeUndefined();
  });
});

describe('descriptions', () => {
  it('takes the meta description on the home and about pages', () => {
    expect(read(meta({ description: 'Anvils for everyone.', 'og:site_name': 'Acme' })).company?.description).toBe(
      'Anvils for everyone.',
    );
    const about = read(
      meta({ 'og:description': 'What we do.', 'og:site_name': 'Acme' }),
      '',
      'https://www.acme.io/about-us/',
    );
    expect(about.company?.description).toBe('What we do.');
  });

  it("does not take a blog post's or product page's description as the company's", () => {
    const r = read(
      meta({ description: 'How to sharpen an anvil.', 'og:site_name': 'Acme', 'og:type': 'article' }),
      '',
      'https://www.acme.io/blog/sharpen',
    );
    expect(r.company?.description).toBeUndefined();
    expect(r.missing).toContain('description');
  });

  it('takes any page description that has the company, or "we", as subject', () => {
    const own = (d: string) =>
      read(meta({ description: d, 'og:site_name': 'Acme' }), '', 'https://www.acme.io/blog/x').company?.description;
    expect(own('Acme is the anvil API you always wanted.')).toBe('Acme is the anvil API you always wanted.');
    expect(own('Wir gehören zu den führenden Ambossherstellern.')).toBe(
      'Wir gehören zu den führenden Ambossherstellern.',
    );
    expect(own("Acme's latest research on anvils")).toBeUndefined();
    expect(own("We're excited to announce Anvil 2.0")).toBeUndefined();
    expect(own('We are a team of anvil makers in Ohio.')).toBe('We are a team of anvil makers in Ohio.');
  });

  it("does not take a directory profile's first-person description as the directory's", () => {
    const r = read(
      meta({ description: "We're building anvils for everyone.", 'og:site_name': 'Acme' }),
      '',
      'https://www.acme.io/companies/globex',
    );
    expect(r.company?.description).toBeUndefined();
  });

  it('falls back to a paragraph naming the company, then to the WebSite tagline', () => {
    const body =
      '<footer><p>The Acme Foundation, Inc is a nonprofit organization dedicated to anvils everywhere.</p></footer>';
    const r = read(meta({ 'og:site_name': 'Acme Foundation' }), body, 'https://www.acme.io/news/1');
    expect(r.company?.description).toMatch(/^The Acme Foundation, Inc is a nonprofit/);
    const tag =
      '<script type="application/ld+json">{"@type":"WebSite","url":"https://www.acme.io/","name":"Acme","description":"Inspired anvils"}</script>';
    expect(read(tag, '', 'https://www.acme.io/news/1').company?.description).toBe('Inspired anvils');
  });

  it('reads a founding year the description states', () => {
    const r = read(meta({ description: 'Acme was founded in 2011 and makes anvils.', 'og:site_name': 'Acme' }));
    expect(r.company?.founded).toBe('2011');
  });
});
