import type { Page } from '@playwright/test';
import { SAMPLE_URL } from '../../lib/cli/commands/demo';
import type { IcpBundle } from '../../lib/icp/schema-bundle';
import { exportPublicPem } from '../../lib/team/pem';
import { generateSigningKey, keyIdOf, signBundle } from '../../lib/team/signing';
import { expect } from './support/test';
import { body, KEY_ID, open, signed, teamBundle, teamTest, tierInPopup, type TeamServer } from './support/team-server';

/**
 * Subscribing with the bundle URL alone: the first signed bundle carries its public key, the
 * options page shows its key id to check with the manager, and nothing is used until the rep
 * trusts it; then the key is pinned. A real Node HTTP server on 127.0.0.1 serves the bundles.
 * Northwind Analytics (the bundled sample page) has 70 points: tier B with the built-in ICP and
 * with team version 1, tier A from team version 2 on (A starts at 65), so the tier shows which
 * ICP scored it.
 */

/** The team's version 3 with tier A at 90: were it applied, Northwind would drop back to B. */
function stricterV3(): IcpBundle {
  const bundle = teamBundle(3);
  const icp = bundle.icps.find((i) => i.id === bundle.defaultIcpId)!;
  icp.tiers = icp.tiers.map((t) => (t.id === 'a' ? { ...t, min: 90 } : t));
  return bundle;
}

async function subscribeWithUrlOnly(options: Page, server: TeamServer): Promise<void> {
  await options.getByLabel('Team bundle URL').fill(server.url);
  await options.getByRole('button', { name: 'Subscribe' }).click();
}

teamTest.describe('team ICP: the key shown on first fetch', () => {
  teamTest(
    'URL only: the key id is shown, nothing is used until the rep trusts it, then pages score with the team ICP',
    async ({ team: { ext, server } }) => {
      const { options } = await open(ext, server);
      server.answer = body(await signed(teamBundle(2), { withPublicKey: true }));
      await subscribeWithUrlOnly(options, server);

      const confirm = options.getByTestId('team-key-confirm');
      await expect(confirm).toContainText(`This bundle is signed with key id ${KEY_ID}`);
      await expect(confirm).toContainText("Check with your manager that this is your team's key");
      await expect(confirm).toContainText('SHA-256 fingerprint: c4ce97bc 5c3827fd');
      await expect(options.getByTestId('team-version')).toHaveText('nothing yet');
      await expect(options.getByTestId('team-key')).toContainText('not trusted yet');
      // The toolbar tells a rep who closed the page that the team ICP waits for them.
      expect(await ext.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('!');

      // Nothing of the team's bundle is used yet: the built-in ICP scores Northwind at tier B.
      const page = await ext.context.newPage();
      await page.goto(SAMPLE_URL);
      await expect(page.locator('icp-lens-badge')).toHaveAttribute('data-icp-tier', 'b');

      // The question survives a reload (it is in storage), and another check applies nothing.
      await options.bringToFront();
      await options.reload();
      await expect(options.getByTestId('team-pending-key-id')).toHaveText(KEY_ID);
      await options.getByRole('button', { name: 'Check now' }).click();
      await expect(options.getByTestId('team-message')).toContainText(`signed with key id ${KEY_ID}`);
      await expect(options.getByTestId('team-version')).toHaveText('nothing yet');
      expect(server.log).toEqual([200, 200]);

      await options.getByRole('button', { name: 'Trust this key and subscribe' }).click();
      await expect(options.getByTestId('team-version')).toHaveText('“Acme team ICP” version 2, signature verified');
      await expect(options.getByTestId('team-key')).toHaveText(`key id ${KEY_ID}`);
      await expect(options.getByTestId('team-key-confirm')).toHaveCount(0);
      expect(await ext.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
      // The key is pinned in the rep's subscription, shown as if they had pasted it.
      await expect(options.getByLabel('Team public key (PEM)')).toHaveValue(/^-----BEGIN PUBLIC KEY-----/);
      await expect(options.getByTestId('team-key-id')).toContainText(`Key id ${KEY_ID}`);

      await expect(page.locator('icp-lens-badge')).toHaveAttribute('data-icp-tier', 'a');
      expect(await tierInPopup(ext, page)).toBe('a');
    },
  );

  teamTest(
    'after trusting, a version signed by another key is refused with its message and the ICP stays',
    async ({ team: { ext, server } }) => {
      const { options } = await open(ext, server);
      server.answer = body(await signed(teamBundle(2), { withPublicKey: true }));
      await subscribeWithUrlOnly(options, server);
      await options.getByRole('button', { name: 'Trust this key and subscribe' }).click();
      await expect(options.getByTestId('team-version')).toContainText('version 2');

      const impostor = await generateSigningKey();
      const impostorId = await keyIdOf(impostor.publicKey);
      const envelope = await signBundle(stricterV3(), impostor.privateKey, {
        keyId: impostorId,
        publicKey: await exportPublicPem(impostor.publicKey),
      });
      server.answer = body(JSON.stringify(envelope));
      await options.getByRole('button', { name: 'Check now' }).click();
      const failure = options.getByTestId('team-failure');
      await expect(failure).toHaveAttribute('data-code', 'key-changed');
      await expect(failure).toContainText(
        `This bundle is signed with another key, key id ${impostorId}, not the team's key ${KEY_ID} in use`,
      );
      await expect(failure).toContainText('Unsubscribe, then Subscribe again with the URL alone');
      await expect(failure).toContainText('ICP Lens keeps using version 2');
      await expect(options.getByTestId('team-version')).toContainText('version 2');
      // No new question: the pinned key is not up for replacement by whoever signs the next bundle.
      await expect(options.getByTestId('team-key-confirm')).toHaveCount(0);

      // Version 2 still scores: Northwind stays at tier A (version 3 would have made it B).
      const page = await ext.context.newPage();
      await page.goto(SAMPLE_URL);
      await expect(page.locator('icp-lens-badge')).toHaveAttribute('data-icp-tier', 'a');
      expect(await tierInPopup(ext, page)).toBe('a');
    },
  );

  teamTest('Cancel unsubscribes: nothing of the bundle is used', async ({ team: { ext, server } }) => {
    const { options } = await open(ext, server);
    server.answer = body(await signed(teamBundle(2), { withPublicKey: true }));
    await subscribeWithUrlOnly(options, server);
    await expect(options.getByTestId('team-pending-key-id')).toHaveText(KEY_ID);
    await options.getByRole('button', { name: 'Cancel' }).click();
    await expect(options.getByText('Not subscribed to a team ICP.')).toBeVisible();
    await expect(options.getByTestId('team-key-confirm')).toHaveCount(0);
    expect(await ext.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');

    const page = await ext.context.newPage();
    await page.goto(SAMPLE_URL);
    await expect(page.locator('icp-lens-badge')).toHaveAttribute('data-icp-tier', 'b');
  });
});
