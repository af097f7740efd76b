import { test as base } from '@playwright/test';
import { launchWithExtension, type ExtensionBrowser } from '../../../lib/cli/chromium';
import { blockTheRest } from '../../../lib/cli/routes';
import { TOOLBAR_FLAG } from './toolbar';

/** Each test gets a fresh Chromium profile with the built extension loaded and the network closed. */
export const test = base.extend<{ ext: ExtensionBrowser }>({
  // eslint-disable-next-line no-empty-pattern
  ext: async ({}, use) => {
    const ext = await launchWithExtension({ args: [TOOLBAR_FLAG] });
    await blockTheRest(ext.context);
    await use(ext);
    await ext.close();
  },
});

export { expect } from '@playwright/test';
