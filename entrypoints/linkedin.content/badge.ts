import { TONE_COLORS } from '@/lib/fit/tier-tone';
import type { BadgeView } from '@/lib/messaging/protocol';

const HOST_TAG = 'icp-lens-badge';

const STYLE = `
:host { all: initial; display: inline-block; vertical-align: middle; margin-inline-start: 8px; }
.badge { font: 600 13px/1 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #fff;
  border-radius: 999px; padding: 4px 9px; display: inline-flex; gap: 6px; align-items: center;
  cursor: default; box-shadow: 0 1px 2px rgb(0 0 0 / .2); }
.label { font-weight: 500; opacity: .92; }
`;

/** Finds where the badge goes: after the page's main heading, else floating in a corner. */
function anchor(doc: Document): { parent: Element; floating: boolean } {
  const heading = doc.querySelector('main h1, h1');
  return heading ? { parent: heading, floating: false } : { parent: doc.body, floating: true };
}

/** Draws (or updates) the single badge of the page. Page text is never used here; ours is set as text. */
export function renderBadge(doc: Document, view: BadgeView): void {
  let host = doc.querySelector<HTMLElement>(HOST_TAG);
  if (!host) {
    host = doc.createElement(HOST_TAG);
    const where = anchor(doc);
    if (where.floating) host.style.cssText = 'position:fixed;top:12px;right:12px;z-index:2147483647';
    where.parent.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    const badge = doc.createElement('span');
    badge.className = 'badge';
    badge.setAttribute('role', 'status');
    badge.append(doc.createElement('b'), Object.assign(doc.createElement('span'), { className: 'label' }));
    root.append(style, badge);
  }
  const badge = host.shadowRoot!.querySelector<HTMLElement>('.badge')!;
  badge.style.background = TONE_COLORS[view.tone];
  badge.querySelector('b')!.textContent = String(view.score);
  badge.querySelector('.label')!.textContent = view.tierLabel;
  badge.title = [`ICP fit ${view.score}: ${view.tierLabel}`, ...view.reasons].join('\n');
  host.dataset.icpScore = String(view.score);
  host.dataset.icpTier = view.tierId;
}

export function removeBadge(doc: Document): void {
  doc.querySelector(HOST_TAG)?.remove();
}
