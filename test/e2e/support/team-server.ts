import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from '../../../lib/cli/chromium';
import { SAMPLE_URL } from '../../../lib/cli/commands/demo';
import { servePage } from '../../../lib/cli/routes';
import { defaultBundle } from '../../../lib/icp/defaults';
import type { IcpBundle } from '../../../lib/icp/schema-bundle';
import { importKeyPairJwk, signBundle } from '../../../lib/team/signing';
import { openPopup, tabIdOf } from './extension';
import { expect, test } from './test';
import { launchWithSitesGranted } from './toolbar';

/**
 * The team's side of team ICP tests: a real Node HTTP server on 127.0.0.1 serving bundles signed
 * with the fixture key (test/fixtures/team), and the steps a rep takes in the options page.
 */

export const PUBLIC_PEM = fs.readFileSync('test/fixtures/team/team-public.pem', 'utf8');
export const KEY_ID = 'c4ce97bc5c3827fd';
export const PRIVATE_JWK: unknown = JSON.parse(fs.readFileSync('test/fixtures/team/team-private.jwk', 'utf8'));
const MB = 1024 * 1024;

/** The bundled defaults as the team's bundle; version 2 lowers tier A to 65, so 70 points become A. */
export function teamBundle(version: number, changes: Partial<IcpBundle> = {}): IcpBundle {
  const bundle: IcpBundle = structuredClone({ ...defaultBundle, id: 'acme-team', name: 'Acme team ICP', version });
  if (version >= 2) {
    const icp = bundle.icps.find((i) => i.id === bundle.defaultIcpId)!;
    icp.tiers = icp.tiers.map((t) => (t.id === 'a' ? { ...t, min: 65 } : t));
  }
  return { ...bundle, ...changes };
}

/** `withPublicKey`: the envelope carries the public key too, as `icp-lens sign` and publishing write it. */
export async function signed(bundle: unknown, opts: { withPublicKey?: boolean } = {}): Promise<string> {
  const { privateKey } = await importKeyPairJwk(PRIVATE_JWK);
  const publicKey = opts.withPublicKey ? PUBLIC_PEM : undefined;
  return JSON.stringify(await signBundle(bundle, privateKey, { keyId: KEY_ID, ...(publicKey && { publicKey }) }));
}

export type Answer =
  | { kind: 'body'; body: string; etag: string }
  | { kind: 'status'; status: number }
  | { kind: 'hang' }
  | { kind: 'huge' };

/** The team's static server: one bundle at /bundle.json, with ETag and 304 on If-None-Match. */
export class TeamServer {
  answer: Answer = { kind: 'status', status: 404 };
  readonly log: number[] = [];
  private readonly server = http.createServer((req, res) => this.handle(req, res));
  private readonly hanging = new Set<http.ServerResponse>();
  url = '';
  /** Answer as a CORS-enabled static host does, so the extension needs no access to the host. */
  cors = false;

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
    if (this.cors) {
      Object.assign(headers, {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Headers': 'If-None-Match',
        'Access-Control-Expose-Headers': 'ETag',
      });
    }
    res.writeHead(status, headers).end(body);
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const a = this.answer;
    if (req.method === 'OPTIONS' && this.cors) return this.reply(res, 204);
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
export const body = (text: string): Answer => ({ kind: 'body', body: text, etag: `"b${++etags}"` });

export async function open(
  ext: ExtensionBrowser,
  server: TeamServer,
): Promise<{ ext: ExtensionBrowser; options: Page }> {
  // Only this origin goes to the network; everything else stays blocked.
  await ext.context.route(`${new URL(server.url).origin}/**`, (route) => route.continue());
  await servePage(ext.context, SAMPLE_URL, 'sample/northwind-analytics-company.html');
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(options.getByLabel('Team bundle URL')).toBeVisible();
  return { ext, options };
}

export async function subscribe(options: Page, server: TeamServer): Promise<void> {
  await options.getByLabel('Team bundle URL').fill(server.url);
  await options.getByLabel('Team public key (PEM)').fill(PUBLIC_PEM);
  await expect(options.getByTestId('team-key-id')).toContainText(`Key id ${KEY_ID}`);
  await options.getByRole('button', { name: 'Subscribe' }).click();
}

export async function tierInPopup(ext: ExtensionBrowser, page: Page): Promise<string | null> {
  const popup = await openPopup(ext, await tabIdOf(ext, page));
  await expect(popup.getByTestId('score')).toBeVisible();
  const tier = await popup.getByTestId('tier').getAttribute('data-tier');
  await popup.close();
  return tier;
}

/**
 * Tests of a rep's subscription: each gets the team's server and a browser whose profile already
 * allows the server's host (as after the rep allowed it when subscribing; headless Chromium
 * cannot show that prompt).
 */
export const teamTest = test.extend<{ team: { ext: ExtensionBrowser; server: TeamServer } }>({
  // eslint-disable-next-line no-empty-pattern
  team: async ({}, use) => {
    const server = new TeamServer();
    await server.start();
    const ext = await launchWithSitesGranted(['http://127.0.0.1/*']);
    await use({ ext, server });
    await ext.close();
    await server.stop();
  },
});
