import { browser, defineBackground } from '#imports';
import { listen } from '@/lib/messaging/protocol';
import { tabFitItem } from '@/lib/storage/items';
import { moveToSync } from '@/lib/storage/sync-move';
import { handleEnrichFromWebsite } from './enrich';
import { handleBadgeSave, handleFindLead, handleSaveLead, watchIcpChanges } from './leads';
import { handleGetFitForTab, handleOpenDetails, handlePageExtracted } from './page-fit';
import { watchSiteAccess } from './site-access';
import { handleScanTab, handleSiteSetup, handleSiteExtracted } from './site-fit';
import { handleTeamCheckNow, watchTeamSync } from './team-sync';
import { clearToolbarBadge } from './toolbar';

export default defineBackground({
  type: 'module',
  main() {
    // Settings an older version kept in storage.local follow the user in storage.sync from now on.
    void moveToSync(browser.storage.local, browser.storage.sync).catch(() => undefined);
    listen({
      'cs:pageExtracted': handlePageExtracted,
      'cs:openDetails': handleOpenDetails,
      'cs:siteSetup': handleSiteSetup,
      'cs:siteExtracted': handleSiteExtracted,
      'ui:getFitForTab': handleGetFitForTab,
      'ui:scanTab': handleScanTab,
      'ui:enrichFromWebsite': handleEnrichFromWebsite,
      'cs:saveLead': handleBadgeSave,
      'ui:saveLead': handleSaveLead,
      'ui:findLead': handleFindLead,
      'ui:teamCheckNow': handleTeamCheckNow,
    });
    watchIcpChanges();
    browser.tabs.onRemoved.addListener((tabId) => void tabFitItem(tabId).removeValue());
    // A new document in a tab (not an in-app navigation) starts unscored: the last page's result
    // must not be shown for the next site. Its reader, if any, scores it again.
    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.status !== 'loading') return;
      void tabFitItem(tabId).removeValue();
      void clearToolbarBadge(tabId);
    });
    watchSiteAccess();
    watchTeamSync();
  },
});
