import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from '../../lib/cli/chromium';
import { SAMPLE_URL } from '../../lib/cli/commands/demo';
import { servePage } from '../../lib/cli/routes';
import { defaultBundle } from '../../lib/icp/defaults';
import type { IcpBundle } from '../../lib/icp/schema-bundle';
import { importKeyPairJwk, signBundle } from '../../lib/team/signing';
import { openPopup, tabIdOf } from './support/extension';
import { expect, test } from './support/test';
import { launchWithSitesGranted } from './support/toolbar';

/**
 * Team ICP sync end to end: a real Node HTTP server on 127.0.0.1 serves bundles signed in the test
 * with the fixture key (test/fixtures/team); the extension subscribes from its options page, the
 * background fetches with ETag, verifies and applies; the popup of the bundled LinkedIn sample
 * page (Northwind Analytics, 70 points with the default "Mid-market B2B SaaS" ICP) shows the tier.
 */

const PUBLIC_PEM = fs.readFileSync('test/fixtures/team/team-public.pem', 'utf8');
const KEY_ID = 'c4ce97bc5c3827fd';
const PRIVATE_JWK: unknown = JSON.parse(fs.readFileSync('test/fixtures/team/team-private.jwk', 'utf8'));
const MB = 1024 * 1024;

/** The bundled defaults as the team's bundle; version 2 lowers tier A to 65, so 70 points become A. */
function teamBundle(version: number, changes: Partial<IcpBundle> = {}): IcpBundle {
  const bundle: IcpBundle = structuredClone({ ...defaultBundle, id: 'acme-team', name: 'Acme team ICP', version });
  if (version >= 2) {
    const icp = bundle.icps.find((i) => i.id === bundle.defaultIcpId)!;
    icp.tiers = icp.tiers.map((t) => (t.id === 'a' ? { ...t, min: 65 } : t));
  }
  return { ...bundle, ...changes };
}

async function signed(bundle: unknown): Promise<string> {
  const { privateKey } = await importKeyPairJwk(PRIVATE_JWK);
  return JSON.stringify(await signBundle(bundle, privateKey, { keyId: KEY_ID }));
}

type Answer =
  | { kind: 'body'; body: string; etag: string }
  | { kind: 'status'; status: number }
  | { kind: 'hang' }
  | { kind: 'huge' };

/** The team's static server: one bundle at /bundle.json, with ETag and 304 on If-None-Match. */
class TeamServer {
  answer: Answer = { kind: 'status', status: 404 };
  readonly log: number[] = [];
  private readonly server = http.createServer((req, res) => this.handle(req, res));
  private readonly hanging = new Set<http.ServerResponse>();
  url = '';

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/bundle.json`;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private reply(res: http.ServerResponse, status: number, headers: http.OutgoingHttpHeaders = {}, body = '') {
    this.log.push(status);
    res.writeHead(status, headers).end(body);
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const a = this.answer;
    if (a.kind === 'status') return this.reply(res, a.status, {}, 'Internal Server Error');
    if (a.kind === 'hang') return void this.hanging.add(res);
    if (a.kind === 'huge') {
      // 10 MB without a Content-Length: the cap must stop it while streaming.
      this.log.push(200);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 10 * MB && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('error', () => undefined);
      return pump();
    }
    if (req.headers['if-none-match'] === a.etag) return this.reply(res, 304, { ETag: a.etag });
    this.reply(res, 200, { 'Content-Type': 'application/json', ETag: a.etag }, a.body);
  }
}

let etags = 0;
const body = (text: string): Answer => ({ kind: 'body', body: text, etag: `"b${++etags}"` });

async function open(ext: ExtensionBrowser, server: TeamServer): Promise<{ ext: ExtensionBrowser; options: Page }> {
  // Only this origin goes to the network; everything else stays blocked.
  await ext.context.route(`${new URL(server.url).origin}/**`, (route) => route.continue());
  await servePage(ext.context, SAMPLE_URL, 'sample/northwind-analytics-company.html');
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(options.getByLabel('Team bundle URL')).toBeVisible();
  return { ext, options };
}

async function subscribe(options: Page, server: TeamServer): Promise<void> {
  await options.getByLabel('Team bundle URL').fill(server.url);
  await options.getByLabel('Team public key (PEM)').fill(PUBLIC_PEM);
  await expect(options.getByTestId('team-key-id')).toContainText(`Key id ${KEY_ID}`);
  await options.getByRole('button', { name: 'Subscribe' }).click();
}

async function tierInPopup(ext: ExtensionBrowser, page: Page): Promise<string | null> {
  const popup = await openPopup(ext, await tabIdOf(ext, page));
  await expect(popup.getByTestId('score')).toBeVisible();
  const tier = await popup.getByTestId('tier').getAttribute('data-tier');
  await popup.close();
  return tier;
}

test.describe('team ICP subscription', () => {
  let ext: ExtensionBrowser;
  let server: TeamServer;
  test.beforeEach(async () => {
    server = new TeamServer();
    await server.start();
    // As after the rep allowed the bundle's host when subscribing (headless Chromium cannot prompt).
    ext = await launchWithSitesGranted(['http://127.0.0.1/*']);
  });
  test.afterEach(async () => {
    await ext.close();
    await server.stop();
  });

  test('subscribe: pages score with the team ICP; a new version switches tiers at the next check', async () => {
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
  });

  test('every bad answer is refused with its own message and the ICP in use stays', async () => {
    test.setTimeout(120_000);
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
      { name: 'malformed JSON', answer: body('{"schemaVersion": 1, "icps": ['), code: 'not-json', text: 'is not JSON' },
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
      await test.step(c.name, async () => {
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
  });
});
