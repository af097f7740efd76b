import { defineContentScript } from '#imports';
import { extractPage } from '@/lib/extract/registry';
import { sendMessage } from '@/lib/messaging/protocol';
import { removeBadge, renderBadge } from './badge';

/** Reads the page, asks the background for a score, draws the badge. Never throws into the page. */
async function scoreThisPage(): Promise<void> {
  try {
    const url = new URL(location.href);
    const result = extractPage(document, url);
    const view = await sendMessage('cs:pageExtracted', { url: url.href, result });
    if (view) renderBadge(document, view);
    else removeBadge(document);
  } catch (error) {
    console.debug('ICP Lens: could not score this page', error);
  }
}

export default defineContentScript({
  matches: ['https://www.linkedin.com/*', 'https://linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    void scoreThisPage();
    // LinkedIn is a single-page app: score again after each in-app navigation.
    ctx.addEventListener(window, 'wxt:locationchange', () => void scoreThisPage());
  },
});
