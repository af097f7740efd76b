import { describe, expect, it } from 'vitest';
import { extractSite } from '../../../../lib/extract/site/extract-site';
import { boardOf } from '../../../../lib/extract/site/job-boards';
import { page } from './fixtures';

const read = (body: string, url = 'https://www.acme.io/careers', head = '<title>Careers | Acme</title>') => {
  const p = page(`<html><head>${head}</head><body>${body}</body></html>`, url);
  return extractSite(p.doc, p.url);
};
const links = (...hrefs: string[]) =>
  `<ul>${hrefs.map((h, i) => `<li><a href="${h}">Job ${i}</a></li>`).join('')}</ul>`;

describe('job boards', () => {
  it.each([
    ['https://boards.greenhouse.io/acme/jobs/4012345', 'greenhouse', 'acme', '4012345'],
    ['https://job-boards.eu.greenhouse.io/acme/jobs/77', 'greenhouse', 'acme', '77'],
    ['https://boards.greenhouse.io/embed/job_app?for=acme&token=555', 'greenhouse', 'acme', '555'],
    ['https://boards.greenhouse.io/embed/job_board?for=acme', 'greenhouse', 'acme', undefined],
    [
      'https://jobs.lever.co/acme/3f1c2a9e-1b2c-4d5e-8f90-123456789abc',
      'lever',
      'acme',
      '3f1c2a9e-1b2c-4d5e-8f90-123456789abc',
    ],
    ['https://jobs.lever.co/acme', 'lever', 'acme', undefined],
    [
      'https://jobs.ashbyhq.com/acme/0b7f5d7e-1111-2222-3333-444455556666',
      'ashby',
      'acme',
      '0b7f5d7e-1111-2222-3333-444455556666',
    ],
    ['https://apply.workable.com/acme/j/AB12CD34EF/', 'workable', 'acme', 'AB12CD34EF'],
    [
      'https://jobs.smartrecruiters.com/Acme/743999912345678-sales-manager',
      'smartrecruiters',
      'Acme',
      '743999912345678-sales-manager',
    ],
    ['https://acme.jobs.personio.de/job/123456', 'personio', 'acme', '123456'],
    ['https://acme.recruitee.com/o/backend-engineer', 'recruitee', 'acme', 'backend-engineer'],
    ['https://acme.teamtailor.com/jobs/1234567-designer', 'teamtailor', 'acme', '1234567-designer'],
    ['https://acme.bamboohr.com/careers/42', 'bamboohr', 'acme', '42'],
    ['https://acme.wd5.myworkdayjobs.com/External/job/Berlin/Engineer_R-1234', 'workday', 'acme', 'Engineer_R-1234'],
  ])('%s', (href, id, company, posting) => {
    const url = new URL(href);
    const board = boardOf(url)!;
    expect([board.id, board.company(url), board.posting(url)]).toEqual([id, company, posting]);
  });

  it('counts the postings of an embedded board list on the careers page and reports hiring', () => {
    const r = read(
      links(
        'https://boards.greenhouse.io/acme/jobs/1',
        'https://boards.greenhouse.io/acme/jobs/2',
        'https://boards.greenhouse.io/acme/jobs/2#apply',
      ),
    );
    expect(r.company?.jobOpenings).toBe('2');
    expect(r.company?.signals).toEqual([
      { type: 'hiring', detail: '2 job postings on Greenhouse (acme)', source: 'https://www.acme.io/careers' },
    ]);
    expect(r.provenance.jobBoards.detail).toBe('Greenhouse (acme)');
  });

  it('counts Lever, Workable and Ashby lists inside their embed containers on any page', () => {
    const lever = `<div id="lever-jobs-container">${links('https://jobs.lever.co/acme/11111111-2222-3333-4444-555555555555', 'https://jobs.lever.co/acme/66666666-2222-3333-4444-555555555555')}</div>`;
    expect(read(lever, 'https://www.acme.io/company').company?.jobOpenings).toBe('2');
    const workable = `<div class="whr-items">${links('https://apply.workable.com/acme/j/AAA/', 'https://apply.workable.com/acme/j/BBB/', 'https://apply.workable.com/acme/j/CCC/')}</div>`;
    expect(read(workable, 'https://www.acme.io/').company?.jobOpenings).toBe('3');
  });

  it('counts Greenhouse job ids on the company’s own careers links (?gh_jid=)', () => {
    const r = read(
      links('/careers/job?gh_jid=101', '/careers/job?gh_jid=102', '/careers/job?gh_jid=103'),
      'https://www.acme.io/about',
    );
    expect(r.company?.jobOpenings).toBe('3');
  });

  it('reports hiring but no count for a couple of postings linked in a dated post', () => {
    const body = `<article><time datetime="2025-03-27">Mar 27, 2025</time><p>We have open roles: <a href="https://job-boards.greenhouse.io/acme/jobs/1">Research Scientists</a>
      and <a href="https://job-boards.greenhouse.io/acme/jobs/2">Engineers</a>.</p></article>`;
    const r = read(body, 'https://www.acme.io/research/post', '<title>Post \\ Acme</title>');
    expect(r.company?.jobOpenings).toBeUndefined();
    expect(r.missing).toContain('jobOpenings');
    expect(r.company?.signals?.[0]).toMatchObject({ type: 'hiring', observedAt: '2025-03-27' });
  });

  it('finds an iframe or script embed of the board (nothing to count: the list lives in the iframe)', () => {
    const r = read(
      '<div id="grnhse_app"></div><script src="https://boards.greenhouse.io/embed/job_board/js?for=acme"></script>',
    );
    expect(r.provenance.jobBoards.detail).toBe('Greenhouse (acme)');
    expect(r.company?.jobOpenings).toBeUndefined();
    expect(r.company?.signals).toBeUndefined();
  });

  it("ignores another company's board (a story or directory linking someone else's jobs)", () => {
    const r = read(
      links(
        'https://jobs.lever.co/globex/11111111-2222-3333-4444-555555555555',
        'https://jobs.lever.co/globex/21111111-2222-3333-4444-555555555555',
        'https://jobs.lever.co/globex/31111111-2222-3333-4444-555555555555',
      ),
      'https://www.acme.io/blog/hiring-tips',
      '<title>Tips | Acme</title>',
    );
    expect(r.company?.jobOpenings).toBeUndefined();
    expect(r.company?.signals).toBeUndefined();
  });

  it('takes "We’re hiring" in the site frame as hiring without a date, and not a link to another site', () => {
    const r = read(
      '<header><a href="/jobs">We’re hiring</a></header>',
      'https://www.acme.io/blog/x',
      '<title>X | Acme</title>',
    );
    expect(r.company?.signals).toEqual([
      {
        type: 'hiring',
        detail: 'link "We’re hiring" → https://www.acme.io/jobs',
        source: 'https://www.acme.io/blog/x',
      },
    ]);
    const other = read(
      '<article><a href="https://globex.com/jobs">we are hiring</a></article>',
      'https://www.acme.io/blog/x',
      '<title>X | Acme</title>',
    );
    expect(other.company?.signals).toBeUndefined();
  });
});

describe('careers and pricing pages', () => {
  it.each([
    ['<footer><a href="/careers/">Careers</a></footer>', 'https://www.acme.io/careers/'],
    [
      '<nav><a href="/de/unternehmen/stellenangebote">Stellenangebote</a></nav>',
      'https://www.acme.io/de/unternehmen/stellenangebote',
    ],
    ['<footer><a href="https://es.acme.io/jobs">Trabaja con nosotros</a></footer>', 'https://es.acme.io/jobs'],
    ['<footer><a href="/fr/emplois">Carrières</a></footer>', 'https://www.acme.io/fr/emplois'],
    ['<footer><a href="https://jobs.parent.com/">Jobs @ Parent Media</a></footer>', 'https://jobs.parent.com/'],
    ['<footer><a href="/karriere">Karriere</a></footer>', 'https://www.acme.io/karriere'],
  ])('%s', (body, href) => {
    expect(read(body, 'https://www.acme.io/', '<title>Acme</title>').provenance.careersPage.detail).toBe(href);
  });

  it('does not take a tag page or a story link about jobs as the careers page', () => {
    const r = read(
      '<article><a href="/tag/job-board/">job board</a><a href="https://globex.com/careers">read more</a></article>',
      'https://www.acme.io/',
      '<title>Acme</title>',
    );
    expect(r.provenance.careersPage).toBeUndefined();
  });

  it('finds the pricing page by text or path on this site only', () => {
    const read2 = (body: string) =>
      read(body, 'https://www.acme.io/', '<title>Acme</title>').provenance.pricingPage?.detail;
    expect(read2('<nav><a href="/plans-signup">Pricing</a></nav>')).toBe('https://www.acme.io/plans-signup');
    expect(read2('<nav><a href="/#pricing">See plans</a></nav>')).toBe('https://www.acme.io/#pricing');
    expect(read2('<nav><a href="/preise">Preise</a></nav>')).toBe('https://www.acme.io/preise');
    expect(read2('<article><a href="https://globex.com/pricing">Pricing</a></article>')).toBeUndefined();
  });
});
