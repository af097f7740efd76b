import { defineUnlistedScript } from '#imports';
import { countryTest } from '@/lib/extract/site/address-text';
import { readSitePage } from '@/lib/extract/site/read-site-page';
import { collectSignals } from '@/lib/extract/site/technologies/collect';
import { sendMessage, type SiteScan } from '@/lib/messaging/protocol';

/**
 * Reads a company website once and sends what it found to the background, which reads the news
 * sentences and detects the technologies (the patterns and fingerprint tables stay there),
 * merges and scores.
 *
 * An unlisted script, not declared in the manifest (and without the content-script runtime WXT
 * adds to declared ones): the popup injects it into the active tab (activeTab + scripting),
 * and "score company sites automatically" registers it at run time once the user granted the
 * optional host permission (entrypoints/background/site-access.ts). The page's registrable
 * domain and the country names come from the background, so the public-suffix list and the
 * place tables stay out of this script.
 */
export default defineUnlistedScript({
  async main(): Promise<SiteScan | null> {
    const url = new URL(location.href);
    try {
      const { domain, countries } = await sendMessage('cs:siteSetup', { url: url.href });
      const { result, news } = readSitePage(document, url, { domain, isCountry: countryTest(countries) });
      const signals = collectSignals(document);
      return await sendMessage('cs:siteExtracted', { url: url.href, result, signals, news });
    } catch {
      return null; // The extension was reloaded or updated under the page: nobody to report to.
    }
  },
});
