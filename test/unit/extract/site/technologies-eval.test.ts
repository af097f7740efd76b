import { describe, expect, it } from 'vitest';
import { evaluateExtraction, type EvalCase, type Mismatch } from '../../../../lib/extract/site/eval';
import { readSavedPage } from '../../../../lib/fit/read-page';
import { fixtureNames, loadPage, truthOf } from './fixtures';

/**
 * Technographics over every saved company-site page, against the `technologies` each truth file
 * lists from reading the page's markup. The pages are read as the CLI reads them (readSavedPage:
 * the site reader, then detection over scripts, links, metas, inline snippets, DOM markers and
 * the page outline; no globals or cookies), so this measures what a saved page can show.
 */
const cases: EvalCase[] = fixtureNames().map((fixture) => {
  const truth = truthOf(fixture);
  return { truth, result: readSavedPage(loadPage(fixture, truth.url), new URL(truth.url)) };
});

const listed = (mismatches: readonly Mismatch[]): string =>
  mismatches
    .filter((m) => m.field === 'technologies')
    .map((m) =>
      m.actual === undefined
        ? `${m.fixture}: missed ${String(m.expected)}`
        : `${m.fixture}: wrongly ${String(m.actual)}`,
    )
    .join('\n');

describe('technologies over all site fixtures', () => {
  const { perField, mismatches } = evaluateExtraction(cases, { technologies: true });
  const tech = perField.technologies;

  it('judges every saved page', () => {
    expect(cases.filter((c) => !c.truth.technologies).map((c) => c.truth.fixture)).toEqual([]);
    expect(tech.tp + tech.fn).toBeGreaterThanOrEqual(200);
  });

  it('meets the targets: precision >= 0.97 and recall >= 0.9', () => {
    const why = `tp ${tech.tp}, fp ${tech.fp}, fn ${tech.fn}\n${listed(mismatches)}`;
    expect(tech.precision, why).toBeGreaterThanOrEqual(0.97);
    expect(tech.recall, why).toBeGreaterThanOrEqual(0.9);
  });

  it('leaves technologies unjudged unless asked, and out of overall', () => {
    const without = evaluateExtraction(cases);
    expect(without.perField.technologies).toEqual({ tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 });
    expect(without.mismatches.filter((m) => m.field === 'technologies')).toEqual([]);
    expect(without.overall).toEqual(evaluateExtraction(cases, { technologies: true }).overall);
  });

  it('counts per technology by name, case-insensitively', () => {
    const [first] = cases;
    const truth = { ...first.truth, technologies: ['WORDPRESS', 'jquery', 'Stripe'] };
    const result = {
      ...first.result,
      company: { ...first.result.company, technologies: ['WordPress', 'jQuery', 'React'] },
    };
    const { perField: p, mismatches: m } = evaluateExtraction([{ truth, result }], { technologies: true });
    expect([p.technologies.tp, p.technologies.fp, p.technologies.fn]).toEqual([2, 1, 1]);
    expect(m.filter((x) => x.field === 'technologies')).toEqual([
      { fixture: truth.fixture, field: 'technologies', expected: undefined, actual: 'React' },
      { fixture: truth.fixture, field: 'technologies', expected: 'Stripe', actual: undefined },
    ]);
  });
});
