import { JSDOM } from 'jsdom';
import { normalizeResult } from '../../fit/normalize-result';
import { readSavedPage } from '../../fit/read-page';
import { CliError, parseArgs, required } from '../args';
import { readText } from '../files';

/** Parses saved HTML as if the browser were at `url` (no scripts run, nothing is fetched). */
export function loadDocument(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}

/**
 * `extract FILE --url URL`: what the content script would send, normalized; on a company website
 * with the technologies the background would detect from it (without page globals).
 */
export function extractCommand(argv: string[]): string {
  const args = parseArgs(argv);
  const file = args.positional[0];
  if (!file) throw new CliError('missing the saved page: icp-lens extract FILE --url URL');
  const rawUrl = required(args, 'url');
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new CliError(`--url is not a URL: "${rawUrl}"`);
  }
  const doc = loadDocument(readText(file), url.href);
  return JSON.stringify(normalizeResult(readSavedPage(doc, url)), null, 2);
}
