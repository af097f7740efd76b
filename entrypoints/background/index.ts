import { browser, defineBackground } from '#imports';
import { onMessage } from '@/lib/messaging/protocol';
import { tabFitItem } from '@/lib/storage/items';
import { handleGetFitForTab, handlePageExtracted } from './page-fit';

export default defineBackground({
  type: 'module',
  main() {
    onMessage('cs:pageExtracted', (message) => handlePageExtracted(message.data, message.sender));
    onMessage('ui:getFitForTab', (message) => handleGetFitForTab(message.data, message.sender));
    browser.tabs.onRemoved.addListener((tabId) => void tabFitItem(tabId).removeValue());
  },
});
