import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { FIXTURES } from '../../../lib/cli/routes';

/**
 * In-app navigation as LinkedIn does it: the URL changes by pushState, then the new page's
 * content replaces the old one without a reload.
 */
export async function spaNavigate(page: Page, url: string, fixture: string): Promise<void> {
  const { head, body } = parts(fixture);
  await page.evaluate(
    ({ url, head, body }) => {
      history.pushState({}, '', url);
      setTimeout(() => {
        document.head.innerHTML = head;
        document.body.innerHTML = body;
      }, 30);
    },
    { url, head, body },
  );
}

function parts(fixture: string): { head: string; body: string } {
  const html = fs.readFileSync(path.join(FIXTURES, fixture), 'utf8');
  return {
    head: /<head[^>]*>([\s\S]*)<\/head>/i.exec(html)?.[1] ?? '',
    body: /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html,
  };
}

/** The browser's back button in a single-page app: popstate, then the app renders the earlier page. */
export async function spaBack(page: Page, fixture: string): Promise<void> {
  const { head, body } = parts(fixture);
  await page.evaluate(
    ({ head, body }) =>
      addEventListener(
        'popstate',
        () => {
          document.head.innerHTML = head;
          document.body.innerHTML = body;
        },
        { once: true },
      ),
    { head, body },
  );
  await page.goBack();
}
