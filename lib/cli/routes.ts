import type { BrowserContext } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

export const FIXTURES = path.resolve(import.meta.dirname, '../../test/fixtures');

/**
 * Serves a saved page at its real URL, so content scripts match as they do in the wild.
 * Everything else on linkedin.com and its CDNs gets an empty answer: tests never touch the network.
 */
export async function servePage(context: BrowserContext, url: string, fixture: string): Promise<void> {
  const body = fs.readFileSync(path.join(FIXTURES, fixture));
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
}

/** Answers every request no test routed with a 404, so nothing leaves the machine. */
export async function blockTheRest(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\//, (route) => route.fulfill({ status: 404, body: '' }));
}
