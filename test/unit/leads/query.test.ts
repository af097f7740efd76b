import { describe, expect, it } from 'vitest';
import {
  allIcps,
  allTags,
  filterRows,
  NO_FILTERS,
  outcomeByTier,
  savedPerWeek,
  scoreHistogram,
  searchText,
  sortRows,
  sortRowsInSlices,
  tierDistribution,
  topRows,
  weekOf,
} from '../../../lib/leads/query';
import type { LeadRow } from '../../../lib/leads/types';
import { foldKey } from '../../../lib/normalize/fold-key';

const row = (over: Partial<LeadRow>): LeadRow => ({
  key: over.name ?? 'x',
  name: 'X',
  score: 50,
  tierId: 'b',
  tierLabel: 'B — Good fit',
  tone: 'mid',
  icpId: 'saas',
  icpName: 'Mid-market SaaS',
  status: 'new',
  tags: [],
  notesPreview: '',
  peopleCount: 0,
  createdAt: '2026-11-02T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
  lastSeen: '2026-11-02T10:00:00.000Z',
  ...over,
});

const rows = [
  row({
    name: 'Zürich Analytics',
    domain: 'zurich.io',
    score: 91,
    tone: 'high',
    tierLabel: 'A — Ideal fit',
    tags: ['q4'],
    status: 'working',
  }),
  row({
    name: 'Acme',
    domain: 'acme.io',
    score: 40,
    tone: 'low',
    tierLabel: 'C — Weak fit',
    notesPreview: 'call back in January',
  }),
  row({
    name: 'Globex',
    score: 65,
    tags: ['q4', 'emea'],
    icpId: 'mfg',
    icpName: 'Manufacturing',
    status: 'won',
    createdAt: '2026-10-01T09:00:00.000Z',
  }),
];

describe('filtering', () => {
  it('searches names, domains, notes and tags without accents or case', () => {
    expect(filterRows(rows, { ...NO_FILTERS, text: 'zurich' }).map((r) => r.name)).toEqual(['Zürich Analytics']);
    expect(filterRows(rows, { ...NO_FILTERS, text: 'JANUARY' }).map((r) => r.name)).toEqual(['Acme']);
    expect(filterRows(rows, { ...NO_FILTERS, text: 'emea glob' }).map((r) => r.name)).toEqual(['Globex']);
    expect(filterRows(rows, NO_FILTERS)).toHaveLength(3);
  });

  it('combines tier, status, ICP, score range, tags and saved dates', () => {
    const names = (f: Partial<typeof NO_FILTERS>) => filterRows(rows, { ...NO_FILTERS, ...f }).map((r) => r.name);
    expect(names({ tones: ['high', 'mid'] })).toEqual(['Zürich Analytics', 'Globex']);
    expect(names({ statuses: ['won'] })).toEqual(['Globex']);
    expect(names({ icpIds: ['saas'] })).toEqual(['Zürich Analytics', 'Acme']);
    expect(names({ minScore: 50, maxScore: 90 })).toEqual(['Globex']);
    expect(names({ tags: ['q4', 'emea'] })).toEqual(['Globex']);
    expect(names({ savedFrom: '2026-11-01' })).toEqual(['Zürich Analytics', 'Acme']);
    expect(names({ savedTo: '2026-10-01' })).toEqual(['Globex']);
  });

  it('filters 50,000 rows quickly', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => row({ key: `k${i}`, name: `Company ${i}`, score: i % 101 }));
    let t = performance.now();
    filterRows(many, { ...NO_FILTERS, text: 'first pass folds every row' });
    const first = performance.now() - t;
    t = performance.now();
    const out = filterRows(many, { ...NO_FILTERS, text: 'company 4', minScore: 10 });
    console.log(
      `filter 50,000 rows: first ${first.toFixed(1)} ms, then ${(performance.now() - t).toFixed(1)} ms, ${out.length} hits`,
    );
    expect(out.length).toBeGreaterThan(1000);
  });
});

describe('sorting', () => {
  it('sorts by any column, ties by score then name', () => {
    expect(sortRows(rows, { key: 'score', desc: true }).map((r) => r.score)).toEqual([91, 65, 40]);
    expect(sortRows(rows, { key: 'name', desc: false }).map((r) => r.name)).toEqual([
      'Acme',
      'Globex',
      'Zürich Analytics',
    ]);
    expect(sortRows(rows, { key: 'tier', desc: true }).map((r) => r.tone)).toEqual(['high', 'mid', 'low']);
    expect(sortRows(rows, { key: 'status', desc: false }).map((r) => r.status)).toEqual(['new', 'working', 'won']);
    expect(sortRows(rows, { key: 'createdAt', desc: false })[0].name).toBe('Globex');
  });
});

describe('sorting many rows', () => {
  // 3,000 rows, many of one score and one name: every tie rule matters.
  const many = Array.from({ length: 3000 }, (_, i) =>
    row({
      key: `k${(i * 7919) % 3000}`,
      name: ['Émile SA', 'emile sa', 'Acme', 'Zeta', 'acme'][i % 5],
      score: (i * 37) % 101,
      tone: (['high', 'mid', 'low'] as const)[i % 3],
      status: (['new', 'won', 'lost'] as const)[i % 3],
      createdAt: `2026-0${1 + (i % 9)}-1${i % 10}T00:00:00.000Z`,
    }),
  );
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const reference = (key: keyof LeadRow, desc: boolean, primary: (r: LeadRow) => number | string) =>
    [...many].sort((a, b) => {
      const x = primary(a);
      const y = primary(b);
      if (x !== y) return (x < y ? -1 : 1) * (desc ? -1 : 1);
      return (
        b.score - a.score ||
        (fold(a.name) < fold(b.name) ? -1 : fold(a.name) > fold(b.name) ? 1 : 0) ||
        (a.key < b.key ? -1 : 1)
      );
    });

  it('orders exactly as a plain comparator would: primary, then score, then name (accents off), then key', () => {
    expect(sortRows(many, { key: 'score', desc: true })).toEqual(reference('score', true, (r) => r.score));
    expect(sortRows(many, { key: 'score', desc: false })).toEqual(reference('score', false, (r) => r.score));
    expect(sortRows(many, { key: 'name', desc: false })).toEqual(reference('name', false, (r) => fold(r.name)));
    expect(sortRows(many, { key: 'createdAt', desc: true })).toEqual(reference('createdAt', true, (r) => r.createdAt));
  });

  it('folds the search text part by part exactly as folding it whole', () => {
    for (const name of [
      'A&B Co.',
      "O'Neil Inc",
      'Tab\there',
      'x`y',
      'Ünïcode ✓ GmbH',
      'U.S. Corp',
      '  spaced  out  ',
      'Straße',
    ]) {
      const r = row({ name, notesPreview: `${name} — call back`, tags: ['Q4', 'EMEA/DACH'], domain: 'a-b.co' });
      expect(searchText(r), name).toBe(
        foldKey([r.name, r.domain, r.icpName, r.status, r.tierLabel, r.notesPreview, ...r.tags].join(' ')),
      );
    }
  });

  it('searches every word in each row, never across two rows', () => {
    const two = [
      row({ key: 'a', name: 'Data' }),
      row({ key: 'b', name: 'Labs' }),
      row({ key: 'c', name: 'Data Labs' }),
    ];
    expect(filterRows(two, { ...NO_FILTERS, text: 'data labs' }).map((r) => r.key)).toEqual(['c']);
    // "data" ends row a and "labs" starts row b: no match across them.
    expect(filterRows(two, { ...NO_FILTERS, text: 'alabs' })).toEqual([]);
    expect(filterRows(many, { ...NO_FILTERS, text: 'émile' })).toEqual(many.filter((r) => fold(r.name) === 'emile sa'));
  });

  it('sorts by score in slices, yielding between them, exactly as sortRows', async () => {
    let pauses = 0;
    const pause = async () => void pauses++;
    for (const desc of [true, false]) {
      const sort = { key: 'score', desc } as const;
      expect(await sortRowsInSlices(many, sort, pause, () => false, 0)).toEqual(sortRows(many, sort));
    }
    expect(pauses).toBeGreaterThan(100);
    // Cancelled at the first pause: nothing is returned; other sorts are done at once.
    expect(await sortRowsInSlices(many, { key: 'score', desc: true }, pause, () => true, 0)).toBeUndefined();
    expect(await sortRowsInSlices(many, { key: 'name', desc: false }, pause, () => true, 0)).toEqual(
      sortRows(many, { key: 'name', desc: false }),
    );
  });

  it('gives the top of the default view without sorting every row', () => {
    for (const n of [1, 60, 2999, 5000]) {
      expect(topRows(many, n)).toEqual(sortRows(many, { key: 'score', desc: true }).slice(0, n));
    }
    expect(topRows([], 60)).toEqual([]);
  });
});

describe('facets and charts', () => {
  it('lists tags by use and ICPs in use', () => {
    expect(allTags(rows)).toEqual(['q4', 'emea']);
    expect(allIcps(rows)).toEqual([
      { id: 'saas', name: 'Mid-market SaaS' },
      { id: 'mfg', name: 'Manufacturing' },
    ]);
  });

  it('counts tiers best first, scores per 10 points, weeks and outcomes', () => {
    expect(tierDistribution(rows).map((t) => [t.tone, t.count])).toEqual([
      ['high', 1],
      ['mid', 1],
      ['low', 1],
    ]);
    const h = scoreHistogram([...rows, row({ score: 100 }), row({ score: 0 })]);
    expect(h).toHaveLength(10);
    expect(h[9]).toEqual({ bucket: '90-100', count: 2 });
    expect(h[0].count).toBe(1);
    expect(weekOf('2026-11-04T12:00:00Z')).toBe('2026-11-02');
    expect(weekOf('garbage')).toBe('unknown');
    const weeks = savedPerWeek(rows, 6, '2026-11-05T00:00:00Z');
    expect(weeks.at(-1)).toEqual({ week: '2026-11-02', count: 2 });
    expect(weeks.find((w) => w.week === '2026-09-28')?.count).toBe(1);
    expect(outcomeByTier(rows).find((o) => o.tone === 'mid')).toMatchObject({ won: 1, lost: 0, open: 0 });
  });
});
