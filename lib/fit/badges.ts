import type { BadgeView, PageBadges, TabFit, ToneFit } from '../messaging/protocol';

const MARKS = { match: '✓', partial: '◐', miss: '✗', unknown: '?' } as const;

/** A badge: score, tier and the criteria that moved the score most, as tooltip lines. */
export function badgeView(result: ToneFit, kind: string): BadgeView {
  const ranked = result.fit.criteria
    .filter((c) => c.status !== 'unknown')
    .sort((a, b) => Math.abs(b.earned) - Math.abs(a.earned) || Math.abs(b.points) - Math.abs(a.points));
  return {
    score: result.fit.score,
    tierId: result.fit.tier.id,
    tierLabel: result.fit.tier.label,
    tone: result.tone,
    kind,
    reasons: ranked.slice(0, 3).map((c) => `${MARKS[c.status]} ${c.evidence}`),
  };
}

/** The main fit of a page: the company's on a company page, the persona's on a profile. */
export function mainFit(tab: TabFit): { result: ToneFit; kind: string } | undefined {
  if (tab.fit && tab.tone) return { result: { fit: tab.fit, tone: tab.tone }, kind: 'ICP fit' };
  if (tab.personaFit) return { result: tab.personaFit, kind: 'Persona fit' };
  return undefined;
}

/** Everything the content script draws for a page. */
export function pageBadges(tab: TabFit, show: boolean): PageBadges {
  const main = mainFit(tab);
  return {
    show,
    page: main ? badgeView(main.result, main.kind) : null,
    rows: (tab.rows ?? []).map((r) =>
      r.result ? badgeView(r.result, r.kind === 'company' ? 'ICP fit' : 'Persona fit') : null,
    ),
  };
}
