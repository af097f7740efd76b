import { browser } from '#imports';
import { mainFit } from '@/lib/fit/badges';
import { TONE_COLORS } from '@/lib/fit/tier-tone';
import type { TabFit } from '@/lib/messaging/protocol';
import { tabFitItem } from '@/lib/storage/items';
import { KEYS } from '@/lib/storage/keys';
import { loadTeamWarning } from '@/lib/storage/team';

/**
 * The team-sync warning and the per-tab score share the toolbar icon. The score is what a rep
 * looks at on a page, so it keeps the badge where one is shown; the warning then rides in that
 * tab's title (tooltip). Where no score is shown (no tab value, or an unscored page) the badge
 * says "!" in amber with the warning as its title. The warning is also set as the global
 * badge and title, which Chrome shows on tabs the background never touched.
 */
const WARNING_TEXT = '!';
const WARNING_COLOR = '#b45309';
/** As the manifest's action.default_title. */
const DEFAULT_TITLE = 'ICP Lens: fit score for this page';

type ToolbarView = { text: string; color?: string; title: string };

function withWarning(view: ToolbarView, warning: string | undefined): ToolbarView {
  if (!warning) return view;
  if (view.text) return { ...view, title: `${view.title}\n⚠ ${warning}` };
  return { text: WARNING_TEXT, color: WARNING_COLOR, title: `ICP Lens: ${warning}` };
}

/** What the toolbar icon says for a tab: the page's score, or how many list rows are top tier. */
function toolbarView(fit: TabFit): ToolbarView {
  const main = mainFit(fit);
  if (main) {
    const { score, tier } = main.result.fit;
    return {
      text: String(score),
      color: TONE_COLORS[main.result.tone],
      title: `ICP Lens: ${fit.title ?? 'this page'}, ${main.kind.toLowerCase()} ${score} (${tier.label})`,
    };
  }
  if (fit.rows?.length) {
    const top = fit.rows.filter((r) => r.result?.tone === 'high').length;
    return {
      text: String(top),
      color: TONE_COLORS[top ? 'high' : 'low'],
      title: `ICP Lens: ${top} of ${fit.rows.length} results in the top tier`,
    };
  }
  return { text: '', title: 'ICP Lens: nothing to score on this page' };
}

async function show(tabId: number, view: ToolbarView): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: view.text });
  if (view.color) await browser.action.setBadgeBackgroundColor({ tabId, color: view.color });
  await browser.action.setTitle({ tabId, title: view.title });
}

export async function setToolbarBadge(fit: TabFit): Promise<void> {
  await show(fit.tabId, withWarning(toolbarView(fit), await loadTeamWarning()));
}

/**
 * A tab starts a new document: no score yet. The badge is cleared at once, as before any
 * warning existed, so a score published right after is never overwritten by a late clear; the
 * team warning, if any, is drawn only while the tab still has no result.
 */
export async function clearToolbarBadge(tabId: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '' });
  const warning = await loadTeamWarning();
  if (!warning || (await tabFitItem(tabId).getValue())) return;
  await show(tabId, withWarning({ text: '', title: DEFAULT_TITLE }, warning));
  // Scored meanwhile: the score wins.
  const fit = await tabFitItem(tabId).getValue();
  if (fit) await setToolbarBadge(fit);
}

/** The team warning changed (a check failed, or the next one succeeded): every tab follows. */
export async function refreshTeamWarning(): Promise<void> {
  const warning = await loadTeamWarning();
  await browser.action.setBadgeText({ text: warning ? WARNING_TEXT : '' });
  await browser.action.setBadgeBackgroundColor({ color: WARNING_COLOR });
  await browser.action.setTitle({ title: warning ? `ICP Lens: ${warning}` : DEFAULT_TITLE });
  const [tabs, all] = await Promise.all([browser.tabs.query({}), browser.storage.session.get(null)]);
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    const fit = all[`${KEYS.tabFitPrefix}${tab.id}`] as TabFit | null | undefined;
    const view = fit ? toolbarView(fit) : { text: '', title: DEFAULT_TITLE };
    await show(tab.id, withWarning(view, warning)).catch(() => undefined); // a tab closed meanwhile
  }
}
