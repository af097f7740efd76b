import { defineConfig } from '@playwright/test';

/** Every e2e test loads the built extension (.output/chrome-mv3) into Debian's Chromium. */
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 45_000,
  expect: { timeout: 7_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: 'test-results',
  use: { trace: 'retain-on-failure' },
});
