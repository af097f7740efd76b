import { TONE_COLORS } from '@/lib/fit/tier-tone';
import type { BadgeView } from '@/lib/messaging/protocol';

export const HOST_TAG = 'icp-lens-badge';

/** Minified by hand: content scripts have a size budget. */
const STYLE = `:host{all:initial;display:inline-block;vertical-align:middle;margin-inline-start:8px;line-height:1}button{all:unset;box-sizing:border-box;font:600 13px/1 -apple-system,system-ui,"Segoe UI",Roboto,sans-serif;color:#fff;border-radius:999px;padding:4px 10px;display:inline-flex;gap:6px;align-items:center;cursor:pointer;box-shadow:0 0 0 1px rgb(0 0 0 / .08),0 1px 2px rgb(0 0 0 / .15);white-space:nowrap}button:focus-visible{outline:2px solid #0a66c2;outline-offset:2px}.label{font-weight:500;opacity:.95}.save{margin-inline-start:4px;padding:4px 8px;background:#fff;color:#1f2937}.save[data-saved]{color:#15803d}:host([compact]) button{font-size:12px;padding:3px 8px}:host([compact]) .label{display:none}@media (prefers-color-scheme:dark){button{box-shadow:0 0 0 1px rgb(255 255 255 / .18)}}`;

/** A badge host: an element of ours with a shadow root, so page CSS cannot reach in and ours cannot leak out. */
function createHost(
  doc: Document,
  key: string,
  compact: boolean,
  onClick: () => void,
  onSave: () => Promise<boolean>,
): HTMLElement {
  const host = doc.createElement(HOST_TAG);
  host.dataset.icpKey = key;
  if (compact) host.setAttribute('compact', '');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const button = doc.createElement('button');
  button.type = 'button';
  button.append(doc.createElement('b'), Object.assign(doc.createElement('span'), { className: 'label' }));
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation(); // rows are links: a click on the badge must not navigate
    onClick();
  });
  // "Save lead" in one click; the background answers whether it was saved (or updated).
  const save = doc.createElement('button');
  save.type = 'button';
  save.className = 'save';
  save.textContent = '+';
  save.title = 'Save lead';
  save.setAttribute('aria-label', 'Save lead');
  save.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    void onSave().then((ok) => {
      if (!ok) return;
      save.textContent = '✓';
      save.title = 'Saved to your leads (click to save again)';
      save.setAttribute('aria-label', 'Saved to your leads');
      save.dataset.saved = '';
      host.dataset.icpSaved = 'true';
    });
  });
  root.append(style, button, save);
  return host;
}

/**
 * Draws or updates the badge `key` right after `anchor`. Only our own strings are set, and only
 * as text; nothing from the page is ever parsed as HTML.
 */
export function upsertBadge(
  anchor: Element,
  key: string,
  view: BadgeView,
  opts: { compact: boolean; onClick: () => void; onSave: () => Promise<boolean> },
): HTMLElement {
  const doc = anchor.ownerDocument;
  let host = doc.querySelector<HTMLElement>(`${HOST_TAG}[data-icp-key="${key}"]`);
  if (!host || !host.isConnected || host.previousElementSibling !== anchor) {
    host?.remove();
    host = createHost(doc, key, opts.compact, opts.onClick, opts.onSave);
    anchor.after(host);
  }
  const button = host.shadowRoot!.querySelector('button:not(.save)') as HTMLButtonElement;
  button.style.background = TONE_COLORS[view.tone];
  button.querySelector('b')!.textContent = String(view.score);
  button.querySelector('.label')!.textContent = view.tierLabel;
  const summary = `${view.kind} ${view.score}: ${view.tierLabel}`;
  button.title = [summary, ...view.reasons, 'Click for details'].join('\n');
  button.setAttribute('aria-label', `ICP Lens ${summary}. Show details`);
  host.dataset.icpScore = String(view.score);
  host.dataset.icpTier = view.tierId;
  return host;
}

/** Removes our badges, all of them or those whose key is not kept. */
export function removeBadges(doc: Document, keep: ReadonlySet<string> = new Set()): void {
  doc.querySelectorAll<HTMLElement>(HOST_TAG).forEach((host) => {
    if (!keep.has(host.dataset.icpKey ?? '')) host.remove();
  });
}
