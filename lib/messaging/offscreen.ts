import type { PageSignals } from '../extract/site/technologies/signals';
import type { ExtractResult } from '../extract/types';

/**
 * The background's one request to its offscreen document (Chrome's service worker has no DOM
 * to parse a fetched page with). Outside the main protocol: only the background sends it, and
 * only the offscreen document answers it.
 */
export const READ_HTML = 'offscreen:readHtml';

export interface ReadHtmlRequest {
  type: typeof READ_HTML;
  data: { html: string; url: string; domain?: string; selectors: string[] };
}

/** The site reader's result and the technology signals of one fetched page. */
export interface ReadHtmlReply {
  result: ExtractResult;
  signals: PageSignals;
}

export const isReadHtmlRequest = (m: unknown): m is ReadHtmlRequest =>
  typeof m === 'object' &&
  m !== null &&
  (m as ReadHtmlRequest).type === READ_HTML &&
  typeof (m as ReadHtmlRequest).data?.html === 'string' &&
  typeof (m as ReadHtmlRequest).data?.url === 'string' &&
  Array.isArray((m as ReadHtmlRequest).data?.selectors);
