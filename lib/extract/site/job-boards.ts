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

const parts = (u: URL): string[] => u.pathname.split('/').filter(Boolean);
const first = (u: URL): string | undefined => parts(u)[0];
const sub = (u: URL): string | undefined => u.hostname.split('.')[0];
/** The second path segment when it passes `ok` and the first is `marker` (any, when undefined). */
const second =
  (marker: string | undefined, ok: RegExp) =>
  (u: URL): string | undefined => {
    const [a, b] = parts(u);
    return (marker === undefined || a === marker) && b !== undefined && ok.test(b) ? b : undefined;
  };
/** The segment after `marker` ("/j/<id>"), or with `last` the last one after it ("/job/<loc>/<id>"). */
const after =
  (marker: string, last?: boolean) =>
  (u: URL): string | undefined => {
    const p = parts(u);
    const i = p.indexOf(marker);
    return i < 0 || i + 1 >= p.length ? undefined : p[last ? p.length - 1 : i + 1];
  };
const board = (name: string, host: RegExp, company: Board['company'], posting: Board['posting']): Board => ({
  id: name.toLowerCase(),
  name,
  host,
  company,
  posting,
});
const UUID = /^[0-9a-f-]{20,}$/i;

export const BOARDS: readonly Board[] = [
  // boards.greenhouse.io/<co>/jobs/<id>, job-boards(.eu).greenhouse.io, embed/job_board?for=<co>
  board(
    'Greenhouse',
    /(?:^|\.)greenhouse\.io$/i,
    (u) => u.searchParams.get('for') ?? (first(u) === 'embed' ? undefined : first(u)),
    (u) => (parts(u)[1] === 'jobs' && parts(u)[2]) || (u.searchParams.get('token') ?? undefined),
  ),
  board('Lever', /^jobs\.(?:eu\.)?lever\.co$/i, first, second(undefined, UUID)),
  board('Ashby', /^jobs\.ashbyhq\.com$/i, first, second(undefined, UUID)),
  // apply.workable.com/<co>/j/<id>/, <co>.workable.com/j/<id>
  board(
    'Workable',
    /(?:^|\.)workable\.com$/i,
    (u) => (/^apply\./i.test(u.hostname) ? first(u) : /^(?:www|apply)$/i.test(sub(u) ?? '') ? undefined : sub(u)),
    after('j'),
  ),
  board('SmartRecruiters', /^(?:jobs|careers)\.smartrecruiters\.com$/i, first, second(undefined, /^\d{6}/)),
  board('Personio', /\.jobs\.personio\.(?:de|com)$/i, sub, second('job', /./)),
  board('Recruitee', /\.recruitee\.com$/i, sub, second('o', /./)),
  board('Teamtailor', /\.teamtailor\.com$/i, sub, second('jobs', /^\d/)),
  board('BambooHR', /\.bamboohr\.com$/i, sub, (u) => u.searchParams.get('id') ?? second('careers', /^\d+$/)(u)),
  // <tenant>.wd5.myworkdayjobs.com/<site>/job/<location>/<title>_<id>
  board('Workday', /\.myworkdayjobs\.com$/i, sub, after('job', true)),
];

// A page's links share a few hosts: each host is tested against the boards once.
const byHost = new Map<string, Board | undefined>();

/** The board a URL belongs to, if any. */
export function boardOf(url: URL): Board | undefined {
  const host = url.hostname;
  if (byHost.has(host)) return byHost.get(host);
  if (byHost.size >= 500) byHost.clear();
  const board = BOARDS.find((b) => b.host.test(host));
  byHost.set(host, board);
  return board;
}
