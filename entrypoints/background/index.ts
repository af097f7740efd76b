import { browser, defineBackground } from '#imports';
import { listen } from '@/lib/messaging/protocol';
import { tabFitItem } from '@/lib/storage/items';
import { handleGetFitForTab, handleOpenDetails, handlePageExtracted } from './page-fit';

export default defineBackground({
  type: 'module',
  main() {
    listen({
      'cs:pageExtracted': handlePageExtracted,
      'cs:openDetails': handleOpenDetails,
      'ui:getFitForTab': handleGetFitForTab,
    });
    browser.tabs.onRemoved.addListener((tabId) => void tabFitItem(tabId).removeValue());
  },
});
