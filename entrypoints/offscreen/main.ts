import { browser } from '#imports';
import { readHtml } from '@/lib/extract/site/read-document';
import { isReadHtmlRequest, type ReadHtmlReply } from '@/lib/messaging/offscreen';

/**
 * Chrome's offscreen document: the background's service worker has no DOM, so it hands the HTML
 * of a fetched company page here to be parsed (inert: no scripts run) and read with the same
 * site reader as the content script. Answers only the background's own request.
 */
browser.runtime.onMessage.addListener((message: unknown, sender): Promise<ReadHtmlReply | null> | undefined => {
  if (!isReadHtmlRequest(message) || sender.id !== browser.runtime.id || sender.tab) return undefined;
  const { html, url, selectors } = message.data;
  try {
    return Promise.resolve(readHtml(html, new URL(url), selectors));
  } catch (error) {
    console.error('ICP Lens: could not read a fetched page', error);
    return Promise.resolve(null);
  }
});
