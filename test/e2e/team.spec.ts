import { SAMPLE_URL } from '../../lib/cli/commands/demo';
import { openPopup, tabIdOf } from './support/extension';
import { expect } from './support/test';
import { body, type Answer, open, signed, subscribe, teamBundle, teamTest, tierInPopup } from './support/team-server';

/**
 * Team ICP sync end to end: a real Node HTTP server on 127.0.0.1 serves bundles signed in the test
 * with the fixture key (test/fixtures/team); the extension subscribes from its options page, the
 * background fetches with ETag, verifies and applies; the popup of the bundled LinkedIn sample
 * page (Northwind Analytics, 70 points with the default "Mid-market B2B SaaS" ICP) shows the tier.
 */

teamTest.describe('team ICP subscription', () => {
  teamTest(
    'subscribe: pages score with the team ICP; a new version switches tiers at the next check',
    async ({ team: { ext, server } }) => {
      const { options } = await open(ext, server);
      server.answer = body(await signed(teamBundle(1)));
      await subscribe(options, server);
      await expect(options.getByTestId('team-version')).toHaveText('“Acme team ICP” version 1, signature verified');
      await expect(options.getByTestId('team-active')).toBeVisible();
      await expect(options.getByTestId('team-failure')).toHaveCount(0);

      const page = await ext.context.newPage();
      await page.goto(SAMPLE_URL);
      await expect(page.locator('icp-lens-badge')).toHaveAttribute('data-icp-tier', 'b');
      expect(await tierInPopup(ext, page)).toBe('b');
      // The rep saves the company; the leads page shows it at tier B.
      const popup = await openPopup(ext, await tabIdOf(ext, page));
      await popup.getByTestId('save-lead').click();
      await expect(popup.getByTestId('save-status')).toContainText('Saved');
      await popup.close();
      const leads = await ext.context.newPage();
      await leads.goto(`chrome-extension://${ext.extensionId}/leads.html`);
      await expect(leads.getByTestId('lead-tier')).toContainText('B');

      // Same ETag: a 304, nothing parsed, nothing changed.
      await options.bringToFront();
      await options.getByRole('button', { name: 'Check now' }).click();
      await expect(options.getByTestId('team-message')).toHaveText('The team ICP is up to date.');
      expect(server.log).toEqual([200, 304]);

      server.answer = body(await signed(teamBundle(2)));
      await options.getByRole('button', { name: 'Check now' }).click();
      await expect(options.getByTestId('team-version')).toHaveText('“Acme team ICP” version 2, signature verified');
      await expect(options.getByTestId('team-status')).toContainText('tiers now');
      // The rep is told: a notification of version 2 says what changed.
      await expect
        .poll(() => options.evaluate(async () => Object.keys(await chrome.notifications.getAll())))
        .toContainEqual(expect.stringMatching(/^icp-lens-team-.+-2$/));
      // The open page is read again with the new ICP: 70 points are tier A now.
      await expect(page.locator('icp-lens-badge')).toHaveAttribute('data-icp-tier', 'a');
      expect(await tierInPopup(ext, page)).toBe('a');
      // The saved lead is re-scored too: the leads page shows tier A and where it came from.
      await leads.bringToFront();
      await expect(leads.getByTestId('rescore')).toHaveAttribute('data-state', 'done');
      await expect(leads.getByTestId('lead-tier')).toContainText('A');
      await expect(leads.getByTestId('lead-tier')).toContainText('since v2');
    },
  );

  teamTest(
    'personal ICPs sit beside the team ICP: the rep switches between them and a team update keeps the choice',
    async ({ team: { ext, server } }) => {
      const { options } = await open(ext, server);
      server.answer = body(await signed(teamBundle(2)));
      await subscribe(options, server);
      await expect(options.getByTestId('team-active')).toBeVisible();
      const choice = options.getByLabel('Score pages with');
      await expect(choice).toHaveValue('team:mid-market-saas');
      // The rep's own ICPs are still there, and editable: only the team's are read-only.
      await expect(choice.locator('optgroup[label^="Yours"] option')).toHaveText([
        'Mid-market B2B SaaS',
        'Manufacturing with cloud ERP',
        'Enterprise security',
      ]);
      await expect(options.getByTestId('editor-read-only')).toHaveCount(0);
      await expect(options.getByLabel('Bundle name')).toBeEditable();

      const page = await ext.context.newPage();
      await page.goto(SAMPLE_URL);
      expect(await tierInPopup(ext, page)).toBe('a'); // the team's tier A starts at 65

      await options.bringToFront();
      await choice.selectOption('personal:mid-market-saas');
      await expect(options.getByTestId('notice')).toContainText('Now scoring with your ICP “Mid-market B2B SaaS”');
      await expect(options.getByTestId('team-active')).toHaveCount(0);
      await expect(page.locator('icp-lens-badge')).toHaveAttribute('data-icp-tier', 'b');
      expect(await tierInPopup(ext, page)).toBe('b'); // the bundled tier A starts at 80

      // Version 3 of the team's bundle arrives: it is stored, the rep's choice stays.
      server.answer = body(await signed(teamBundle(3)));
      await options.bringToFront();
      await options.getByRole('button', { name: 'Check now' }).click();
      await expect(options.getByTestId('team-version')).toHaveText('“Acme team ICP” version 3, signature verified');
      await expect(choice.locator('optgroup[label="Team: Acme team ICP (version 3)"]')).toHaveCount(1);
      await expect(choice).toHaveValue('personal:mid-market-saas');
      expect(await tierInPopup(ext, page)).toBe('b');

      await options.bringToFront();
      await choice.selectOption('team:mid-market-saas');
      await expect(options.getByTestId('team-active')).toBeVisible();
      await expect(page.locator('icp-lens-badge')).toHaveAttribute('data-icp-tier', 'a');
      expect(await tierInPopup(ext, page)).toBe('a');

      // A manager copies the team's ICPs into theirs to edit the next version; the team's stays in use.
      await options.bringToFront();
      await options.getByRole('button', { name: /Copy the team.s ICPs into yours/ }).click();
      await expect(options.getByText('Copied “Acme team ICP” version 3 into your ICPs as version 4')).toBeVisible();
      await expect(options.getByLabel('Bundle name')).toHaveValue('Acme team ICP (personal copy)');
      await expect(choice).toHaveValue('team:mid-market-saas');
    },
  );

  teamTest(
    'every bad answer is refused with its own message and the ICP in use stays',
    async ({ team: { ext, server } }) => {
      teamTest.setTimeout(120_000);
      const { options } = await open(ext, server);
      server.answer = body(await signed(teamBundle(2)));
      await subscribe(options, server);
      await expect(options.getByTestId('team-version')).toContainText('version 2');

      const tampered = JSON.parse(await signed(teamBundle(3))) as { payload: string };
      tampered.payload = (JSON.parse(await signed(teamBundle(4))) as { payload: string }).payload;
      const invalid = teamBundle(3) as unknown as { icps: { criteria: { points: unknown }[] }[] };
      invalid.icps[0].criteria[0].points = 'ten';
      const cases: { name: string; answer: Answer; code: string; text: string }[] = [
        {
          name: 'bad signature',
          answer: body(JSON.stringify(tampered)),
          code: 'signature',
          text: "does not match the team's public key",
        },
        {
          name: 'malformed JSON',
          answer: body('{"schemaVersion": 1, "icps": ['),
          code: 'not-json',
          text: 'is not JSON',
        },
        {
          name: 'wrong schema',
          answer: body(await signed(invalid)),
          code: 'invalid',
          text: 'not a valid ICP bundle: $.icps[0].criteria[0].points',
        },
        { name: 'HTTP 500', answer: { kind: 'status', status: 500 }, code: 'http', text: 'answered HTTP 500' },
        { name: 'timeout', answer: { kind: 'hang' }, code: 'timeout', text: 'did not answer within 15 s' },
        {
          name: 'older version',
          answer: body(await signed(teamBundle(1))),
          code: 'older',
          text: 'version 1 of "Acme team ICP", older than version 2 in use',
        },
        {
          name: 'newer schemaVersion',
          answer: body(await signed({ ...teamBundle(3), schemaVersion: 2 })),
          code: 'schema',
          text: 'needs a newer ICP Lens (schema 2); update the extension',
        },
        { name: '10 MB body', answer: { kind: 'huge' }, code: 'too-large', text: 'over the 5 MB limit' },
      ];
      for (const c of cases) {
        await teamTest.step(c.name, async () => {
          server.answer = c.answer;
          await options.getByRole('button', { name: 'Check now' }).click();
          const failure = options.getByTestId('team-failure');
          await expect(failure).toHaveAttribute('data-code', c.code, { timeout: 25_000 });
          await expect(failure).toContainText(c.text);
          await expect(failure).toContainText('ICP Lens keeps using version 2');
          await expect(options.getByTestId('team-version')).toContainText('version 2');
          expect(await ext.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('!');
        });
      }

      // The ICP in use is still version 2: Northwind's 70 points are tier A, and its score keeps the
      // toolbar badge while the warning rides in the tab's title.
      const page = await ext.context.newPage();
      await page.goto(SAMPLE_URL);
      await expect(page.locator('icp-lens-badge')).toHaveAttribute('data-icp-tier', 'a');
      const tabId = await tabIdOf(ext, page);
      await expect.poll(() => ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('70');
      expect(await ext.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toContain(
        'Team ICP not updated',
      );

      // The next good answer clears the warning.
      server.answer = body(await signed(teamBundle(3)));
      await options.bringToFront();
      await options.getByRole('button', { name: 'Check now' }).click();
      await expect(options.getByTestId('team-version')).toContainText('version 3');
      await expect(options.getByTestId('team-failure')).toHaveCount(0);
      expect(await ext.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    },
  );
});
