import { browser } from '#imports';
import { mainFit } from '@/lib/fit/badges';
import { TONE_COLORS } from '@/lib/fit/tier-tone';
import type { TabFit } from '@/lib/messaging/protocol';

/** What the toolbar icon says for a tab: the page's score, or how many list rows are top tier. */
function toolbarView(fit: TabFit): { text: string; color?: string; title: string } {
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

export async function setToolbarBadge(fit: TabFit): Promise<void> {
  const view = toolbarView(fit);
  await browser.action.setBadgeText({ tabId: fit.tabId, text: view.text });
  if (view.color) await browser.action.setBadgeBackgroundColor({ tabId: fit.tabId, color: view.color });
  await browser.action.setTitle({ tabId: fit.tabId, title: view.title });
}
