import { launchWithExtension, type ExtensionBrowser } from '../../lib/cli/chromium';
import { blockTheRest } from '../../lib/cli/routes';
import { SAMPLE_URL } from '../../lib/cli/commands/demo';
import { extensionCopy, policyUnwritable, writePolicy } from './support/policy';
import { body, open, PUBLIC_PEM, signed, teamBundle, TeamServer, tierInPopup } from './support/team-server';
import { expect, test } from './support/test';

/**
 * Enterprise policy in the real browser: the test writes a Chromium policy file for a copy of the
 * extension (its own id, so no other test's browser sees it), launches Chromium, and checks that
 * `storage.managed` drives the subscription and that the options page shows the values as set by
 * the administrator. Version 2 of the team bundle lowers tier A to 65, so the bundled LinkedIn
 * sample page (70 points) is tier A with the team ICP and tier B with the bundled defaults.
 */

const unwritable = policyUnwritable();

async function launchWithPolicy(values: Record<string, unknown>) {
  const copy = extensionCopy();
  // The file stays while the browser runs: Chromium watches the folder and reloads policy on change.
  const removePolicy = writePolicy(copy.id, values);
  const cleanUp = () => {
    removePolicy();
    copy.remove();
  };
  let ext: ExtensionBrowser;
  try {
    ext = await launchWithExtension({ extensionDir: copy.dir });
    expect(ext.extensionId, 'the copy loads under the id the policy names').toBe(copy.id);
    await blockTheRest(ext.context);
  } catch (error) {
    cleanUp();
    throw error;
  }
  return {
    ext,
    async close() {
      try {
        await ext.close();
      } finally {
        cleanUp();
      }
    },
  };
}

test.describe('enterprise policy', () => {
  test.skip(unwritable !== undefined, unwritable);
  let server: TeamServer;
  test.beforeEach(async () => {
    server = new TeamServer();
    server.cors = true; // policy cannot grant site access: the admin guide says to serve with CORS
    await server.start();
  });
  test.afterEach(async () => server.stop());

  test('a policy URL, key and lock: the team ICP applies at once and the settings show them as managed', async () => {
    server.answer = body(await signed(teamBundle(2)));
    const browser = await launchWithPolicy({
      teamBundleUrl: server.url,
      teamPublicKey: PUBLIC_PEM,
      lock: true,
      pollMinutes: 30,
    });
    try {
      const { ext, options } = await open(browser.ext, server);
      await expect(options.getByTestId('team-version')).toContainText('“Acme team ICP” version 2, signature verified');
      await expect(options.getByTestId('team-source')).toHaveText(server.url);
      // Both values carry the administrator's mark and cannot be edited; there is no Subscribe.
      await expect(options.locator('label[for="team-url"]')).toContainText('Set by your administrator');
      await expect(options.locator('label[for="team-key"]')).toContainText('Set by your administrator');
      await expect(options.getByLabel(/Team bundle URL/)).toHaveAttribute('readonly', '');
      await expect(options.getByLabel(/Team bundle URL/)).toHaveValue(server.url);
      await expect(options.getByRole('button', { name: 'Subscribe' })).toHaveCount(0);
      await expect(options.getByRole('button', { name: 'Unsubscribe' })).toHaveCount(0);
      await expect(options.getByText(/checks it every 30\s+minutes/)).toBeVisible();
      // The lock: no bundle import and no reset to the defaults.
      await expect(options.getByLabel('From a file')).toBeDisabled();
      await expect(options.getByRole('button', { name: 'Reset to bundled defaults' })).toBeDisabled();
      // Pages score with the team ICP.
      const page = await ext.context.newPage();
      await page.goto(SAMPLE_URL);
      expect(await tierInPopup(ext, page)).toBe('a');
    } finally {
      await browser.close();
    }
  });

  test('an inline policy bundle is used without any URL; a bad policy entry is listed and ignored', async () => {
    // Chromium itself drops values of the wrong type; a key that is text but not a key reaches us.
    const browser = await launchWithPolicy({ inlineBundle: teamBundle(2), teamPublicKey: 'not a key' });
    try {
      const { ext, options } = await open(browser.ext, server);
      await expect(options.getByTestId('team-source')).toHaveText('a bundle in your browser policy');
      await expect(options.getByTestId('team-version')).toContainText('“Acme team ICP” version 2');
      await expect(options.getByTestId('team-problems')).toContainText('policy "teamPublicKey" ignored');
      await expect(options.locator('label[for="team-url"]')).toContainText('Set by your administrator');
      const page = await ext.context.newPage();
      await page.goto(SAMPLE_URL);
      expect(await tierInPopup(ext, page)).toBe('a');
      expect(server.log, 'nothing is fetched for an inline bundle').toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
