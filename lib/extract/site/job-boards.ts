/**
 * Hosted job boards a company site links to or embeds, as data: how to tell a board's job
 * posting URL from its board URL, and which part names the company. Seen 2025-2026 on the
 * boards' own embed docs and customer sites.
 */
export interface Board {
  id: string;
  name: string;
  /** Host test for the board (and its embed scripts/iframes). */
  host: RegExp;
  /** The company's board key from a URL on that host, if the URL names one. */
  company(url: URL): string | undefined;
  /** A stable key of one job posting, if the URL is one. */
  posting(url: URL): string | undefined;
}

const seg = (url: URL, i: number): string | undefined => url.pathname.split('/').filter(Boolean)[i];
const sub = (url: URL): string | undefined => url.hostname.split('.')[0];

export const BOARDS: readonly Board[] = [
  {
    id: 'greenhouse',
    name: 'Greenhouse',
    // boards.greenhouse.io/<co>/jobs/<id>, job-boards(.eu).greenhouse.io, embed/job_board?for=<co>
    host: /(?:^|\.)greenhouse\.io$/i,
    company: (u) => u.searchParams.get('for') ?? (seg(u, 0) === 'embed' ? undefined : seg(u, 0)),
    posting: (u) => (seg(u, 1) === 'jobs' && seg(u, 2) ? seg(u, 2) : (u.searchParams.get('token') ?? undefined)),
  },
  {
    id: 'lever',
    name: 'Lever',
    host: /^jobs\.(?:eu\.)?lever\.co$/i,
    company: (u) => seg(u, 0),
    posting: (u) => (seg(u, 1) && /^[0-9a-f-]{20,}$/i.test(seg(u, 1)!) ? seg(u, 1) : undefined),
  },
  {
    id: 'ashby',
    name: 'Ashby',
    host: /^jobs\.ashbyhq\.com$/i,
    company: (u) => seg(u, 0),
    posting: (u) => (seg(u, 1) && /^[0-9a-f-]{20,}$/i.test(seg(u, 1)!) ? seg(u, 1) : undefined),
  },
  {
    id: 'workable',
    name: 'Workable',
    // apply.workable.com/<co>/j/<id>/, <co>.workable.com/j/<id>
    host: /(?:^|\.)workable\.com$/i,
    company: (u) =>
      /^apply\./i.test(u.hostname) ? seg(u, 0) : /^(?:www|apply)$/i.test(sub(u) ?? '') ? undefined : sub(u),
    posting: (u) => {
      const parts = u.pathname.split('/').filter(Boolean);
      const j = parts.indexOf('j');
      return j >= 0 ? parts[j + 1] : undefined;
    },
  },
  {
    id: 'smartrecruiters',
    name: 'SmartRecruiters',
    host: /^(?:jobs|careers)\.smartrecruiters\.com$/i,
    company: (u) => seg(u, 0),
    posting: (u) => (seg(u, 1) && /^\d{6,}/.test(seg(u, 1)!) ? seg(u, 1) : undefined),
  },
  {
    id: 'personio',
    name: 'Personio',
    host: /\.jobs\.personio\.(?:de|com)$/i,
    company: sub,
    posting: (u) => (seg(u, 0) === 'job' ? seg(u, 1) : undefined),
  },
  {
    id: 'recruitee',
    name: 'Recruitee',
    host: /\.recruitee\.com$/i,
    company: sub,
    posting: (u) => (seg(u, 0) === 'o' ? seg(u, 1) : undefined),
  },
  {
    id: 'teamtailor',
    name: 'Teamtailor',
    host: /\.teamtailor\.com$/i,
    company: sub,
    posting: (u) => (seg(u, 0) === 'jobs' && seg(u, 1) && /^\d+/.test(seg(u, 1)!) ? seg(u, 1) : undefined),
  },
  {
    id: 'bamboohr',
    name: 'BambooHR',
    host: /\.bamboohr\.com$/i,
    company: sub,
    posting: (u) =>
      u.searchParams.get('id') ?? (seg(u, 0) === 'careers' && /^\d+$/.test(seg(u, 1) ?? '') ? seg(u, 1) : undefined),
  },
  {
    id: 'workday',
    name: 'Workday',
    // <tenant>.wd5.myworkdayjobs.com/<site>/job/<location>/<title>_<id>
    host: /\.myworkdayjobs\.com$/i,
    company: sub,
    posting: (u) => {
      const parts = u.pathname.split('/').filter(Boolean);
      const j = parts.indexOf('job');
      return j >= 0 && parts.length > j + 1 ? parts[parts.length - 1] : undefined;
    },
  },
];

/** The board a URL belongs to, if any. */
export const boardOf = (url: URL): Board | undefined => BOARDS.find((b) => b.host.test(url.hostname));
