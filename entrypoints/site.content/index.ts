import { defineContentScript } from '#imports';
import { readSite } from '@/lib/extract/site/read-site';
import { collectSignals } from '@/lib/extract/site/technologies/collect';
import { sendMessage, type SiteScan } from '@/lib/messaging/protocol';

/**
 * Reads a company website once and sends what it found to the background, which detects the
 * technologies (the fingerprint tables stay there), merges and scores.
 *
 * Not declared in the manifest: the popup injects it into the active tab (activeTab + scripting),
 * and "score company sites automatically" registers it at run time once the user granted the
 * optional host permission (entrypoints/background/site-access.ts). The page's registrable
 * domain comes from the background, so the public-suffix list stays out of this script.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  async main(): Promise<SiteScan | null> {
    const url = new URL(location.href);
    try {
      const { domain } = await sendMessage('cs:siteDomain', { url: url.href });
      const result = readSite(document, url, domain);
      const signals = collectSignals(document);
      return await sendMessage('cs:siteExtracted', { url: url.href, result, signals });
    } catch {
      return null; // The extension was reloaded or updated under the page: nobody to report to.
    }
  },
});
