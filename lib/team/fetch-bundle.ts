import type { FetchFailureCode, FetchOptions, FetchOutcome } from './types';

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const MB = 1024 * 1024;

/** "10.0 MB", "12.5 KB", "900 bytes"; limits drop a trailing ".0" ("5 MB"). */
export function formatBytes(bytes: number, round = false): string {
  const [unit, size] = bytes >= MB ? ['MB', bytes / MB] : bytes >= 1024 ? ['KB', bytes / 1024] : ['bytes', bytes];
  if (unit === 'bytes') return `${bytes} bytes`;
  const text = size.toFixed(1);
  return `${round && text.endsWith('.0') ? text.slice(0, -2) : text} ${unit}`;
}

/** "2026-06-30 09:00:05 UTC": the same for every rep whatever their time zone. */
function formatTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

class Refusal extends Error {
  constructor(
    readonly code: FetchFailureCode,
    message: string,
  ) {
    super(message);
  }
}

function parseUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    const web = parsed.protocol === 'https:' || parsed.protocol === 'http:';
    // fetch refuses URLs with credentials; say so up front rather than as a network error.
    return web && !parsed.username && !parsed.password ? parsed : null;
  } catch {
    return null;
  }
}

/** Reads at most `maxBytes`, cancelling the stream (and so the download) as soon as it is over. */
async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number, tooLarge: () => string) {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new Refusal('too-large', tooLarge());
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

function parseJson(bytes: Uint8Array, notJson: (reason: string) => string): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Refusal('not-json', notJson('it is not UTF-8 text'));
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Refusal('not-json', notJson(text.trim() === '' ? 'the body is empty' : (error as Error).message));
  }
}

/** The root cause of a fetch TypeError, such as "ECONNREFUSED" or "getaddrinfo ENOTFOUND x". */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (typeof cause?.message === 'string' && cause.message) return cause.message;
  if (typeof cause?.code === 'string') return cause.code;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Fetches the team bundle at `url`, conditionally on `etag`. Never throws: every problem comes
 * back as `failed` with a message for the rep. A 304 touches neither the body nor the parser.
 *
 * @example
 * const got = await fetchTeamBundle('https://acme.example/icp.json', { etag: last.etag });
 * if (got.kind === 'fetched') await decideTeamBundle(got.json, ctx);
 */
export async function fetchTeamBundle(url: string, opts: FetchOptions = {}): Promise<FetchOutcome> {
  const { etag, timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES, now = Date.now } = opts;
  const doFetch = opts.fetch ?? globalThis.fetch;
  const failed = (code: FetchFailureCode, message: string): FetchOutcome => ({
    kind: 'failed',
    code,
    message,
    at: new Date(now()).toISOString(),
  });
  const target = parseUrl(url);
  if (!target) {
    return failed('bad-url', `"${url}" is not a web address; the team bundle URL must start with https://.`);
  }
  const subject = `The team bundle at ${target.host}`;
  const when = () => formatTime(now());
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (etag) headers['If-None-Match'] = etag;
    // No cookies: the bundle is public to the team, and privacy is a feature.
    const res = await doFetch(target.href, { headers, signal: controller.signal, credentials: 'omit' });
    if (res.status === 304) return { kind: 'unchanged' };
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      const status = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
      return failed('http', `${subject} answered ${status} at ${when()}.`);
    }
    const limit = formatBytes(maxBytes, true);
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      return failed('too-large', `${subject} is ${formatBytes(declared)}; the limit is ${limit} (${when()}).`);
    }
    const notJson = (reason: string) => `${subject} is not JSON: ${reason} (${when()}).`;
    if (!res.body) return failed('not-json', notJson('the body is empty'));
    const bytes = await readCapped(res.body, maxBytes, () => `${subject} is over the ${limit} limit (${when()}).`);
    const json = parseJson(bytes, notJson);
    return { kind: 'fetched', json, etag: res.headers.get('etag') ?? undefined, bytes: bytes.byteLength };
  } catch (error) {
    if (error instanceof Refusal) return failed(error.code, error.message);
    if (timedOut) {
      return failed('timeout', `${subject} did not answer within ${formatDuration(timeoutMs)} (${when()}).`);
    }
    return failed('network', `${subject} could not be reached: ${networkReason(error)} (${when()}).`);
  } finally {
    clearTimeout(timer);
    controller.abort(); // releases the connection if the body was left unread
  }
}
