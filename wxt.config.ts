import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'wxt';

/**
 * Public half of the signing key. It fixes the Chrome extension id to
 * chboklkepkmjmiplngmfgamccjejibod so enterprise policy and team docs can address it.
 */
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0faMy4ybBQlYzUwbkmtXx6SqIP2MG51F1rYd2618zcfQmFGSxtWHS08kTm/7BgJE6ChyzBeFDvUj6c5SDcCONi1MmILrX2Q6k+r8MTPybkJwhU9QMaqFD+hWssyKm1F1IsK6yx8/4u5nvX3FfEjgHKb/qndwdWK1Mn9QF5Gc6mxnyYr26Na5dbj88Cx/FhrB6DG9pBmZUhvJZTr5NcxOTSpSapf+DqThy7YMKHKFpGEYT44/ZfjP/PV57/Pdku/os/clDDO9NYcWBjtu3k5tWIgpXILDg6Jhn456gp7t1LWrIsP3eZoadATFmBlyi4K4kzHZw54xBYqNQXRRqUGKHQIDAQAB';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports keep the dependency graph visible (WXT APIs come from '#imports').
  imports: false,
  // A second build directory (ICP_LENS_OUT_DIR) lets a test run use its own copy while another
  // build runs; lib/cli/chromium.ts loads it when ICP_LENS_EXTENSION_DIR points there.
  ...(process.env.ICP_LENS_OUT_DIR ? { outDir: process.env.ICP_LENS_OUT_DIR } : {}),
  // The browsers the manifest admits (Chrome 116 for runtime.getContexts, Firefox 142): regular
  // expressions with lookbehind and \p{…} stay literals instead of `new RegExp("…")` strings.
  vite: () => ({ plugins: [tailwindcss()], build: { target: ['chrome116', 'firefox142'] } }),
  manifest: ({ browser }) => ({
    name: 'ICP Lens',
    description:
      'See how well a company or person fits your Ideal Customer Profile, right on the page. Private: nothing leaves your browser.',
    // offscreen (Chrome only): parse a fetched company page; Firefox's background page has a DOM.
    permissions: [
      'storage',
      'alarms',
      'activeTab',
      'scripting',
      // notifications: "Team ICP updated" with what changed, when a new team bundle is applied.
      'notifications',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    host_permissions: ['https://www.linkedin.com/*', 'https://linkedin.com/*'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'ICP Lens: fit score for this page' },
    storage: { managed_schema: 'managed-schema.json' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'icp-lens@icp-lens.dev',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { key: CHROME_PUBLIC_KEY, minimum_chrome_version: '116' }),
  }),
});
