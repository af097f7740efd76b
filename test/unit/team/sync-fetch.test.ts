import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchTeamBundle } from '../../../lib/team/fetch-bundle';

/** The team ICP server of design.md: a real Node http server on 127.0.0.1, serving with ETag. */

const MB = 1024 * 1024;
const NOW = Date.parse('2026-06-30T09:00:05Z');
const now = () => NOW;
const BUNDLE = { schemaVersion: 1, id: 'acme', name: 'Acme', version: 3 };
const ETAG = '"acme-v3"';

interface HugeRun {
  sent: number;
  aborted: boolean;
  closed: Promise<void>;
}

const server = {
  http: http.createServer((req, res) => route(req, res)),
  base: '',
  /** How often the bundle's body was produced: a 304 must not produce it. */
  bodyBuilds: 0,
  huge: undefined as HugeRun | undefined,
  timers: new Set<NodeJS.Timeout>(),
};

function serveBundle(req: http.IncomingMessage, res: http.ServerResponse) {
  if (req.headers['if-none-match'] === ETAG) {
    res.writeHead(304, { ETag: ETAG }).end();
    return;
  }
  server.bodyBuilds++;
  res.writeHead(200, { 'Content-Type': 'application/json', ETag: ETAG }).end(JSON.stringify(BUNDLE));
}

/** 10 MB, written 64 KB at a time as the client reads, recording when the client hangs up. */
function serveHuge(res: http.ServerResponse, declareLength: boolean) {
  const total = 10 * MB;
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let done!: () => void;
  const run: HugeRun = { sent: 0, aborted: false, closed: new Promise((resolve) => (done = resolve)) };
  server.huge = run;
  res.on('close', () => {
    run.aborted = !res.writableFinished;
    done();
  });
  res.writeHead(200, { 'Content-Type': 'application/json', ...(declareLength && { 'Content-Length': total }) });
  const pump = () => {
    while (run.sent < total && !res.destroyed) {
      run.sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end();
  };
  pump();
}

function later(ms: number, fn: () => void) {
  const timer = setTimeout(() => {
    server.timers.delete(timer);
    fn();
  }, ms);
  server.timers.add(timer);
}

function route(req: http.IncomingMessage, res: http.ServerResponse) {
  switch (req.url) {
    case '/bundle.json':
      return serveBundle(req, res);
    case '/error':
      return res.writeHead(500, { 'Content-Type': 'text/plain' }).end('boom');
    case '/missing':
      return res.writeHead(404).end('nope');
    case '/slow':
      return later(5000, () => res.end('{}'));
    case '/slow-body':
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"schemaVersion":');
      return later(5000, () => res.end('1}'));
    case '/huge':
      return serveHuge(res, false);
    case '/huge-declared':
      return serveHuge(res, true);
    case '/malformed':
      return res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"schemaVersion": 1, "icps": [');
    case '/empty':
      return res.writeHead(200).end();
    case '/latin1':
      return res.writeHead(200).end(Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    case '/cookies':
      return res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(req.headers));
    default:
      return res.writeHead(404).end();
  }
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.http.listen(0, '127.0.0.1', resolve));
  server.base = `http://127.0.0.1:${(server.http.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const timer of server.timers) clearTimeout(timer);
  server.http.closeAllConnections();
  await new Promise((resolve) => server.http.close(resolve));
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A fetch that counts how often anything touches the response body. */
function bodyWatchingFetch() {
  const seen = { bodyReads: 0 };
  const watching: typeof fetch = async (input, init) => {
    const res = await fetch(input, init);
    const body = res.body;
    Object.defineProperty(res, 'body', {
      get: () => {
        seen.bodyReads++;
        return body;
      },
    });
    return res;
  };
  return { fetch: watching, seen };
}

describe('fetchTeamBundle against a real http server', () => {
  it('fetches with 200 and its ETag, then gets 304 for If-None-Match without reading or parsing', async () => {
    const first = await fetchTeamBundle(`${server.base}/bundle.json`, { now });
    expect(first).toEqual({ kind: 'fetched', json: BUNDLE, etag: ETAG, bytes: JSON.stringify(BUNDLE).length });
    expect(server.bodyBuilds).toBe(1);

    const watch = bodyWatchingFetch();
    const parse = vi.spyOn(JSON, 'parse');
    const second = await fetchTeamBundle(`${server.base}/bundle.json`, { etag: ETAG, fetch: watch.fetch, now });
    expect(parse).not.toHaveBeenCalled();
    expect(second).toEqual({ kind: 'unchanged' });
    expect(watch.seen.bodyReads).toBe(0);
    expect(server.bodyBuilds).toBe(1); // the server's body handler did not run either
  });

  it('sends no cookies and asks for JSON', async () => {
    const got = await fetchTeamBundle(`${server.base}/cookies`, { now });
    expect(got.kind).toBe('fetched');
    const headers = (got as { json: Record<string, string> }).json;
    expect(headers.accept).toBe('application/json');
    expect(headers.cookie).toBeUndefined();
    expect(headers['if-none-match']).toBeUndefined();
  });

  it('reports HTTP 500 with the host and the time', async () => {
    const got = await fetchTeamBundle(`${server.base}/error`, { now });
    const host = new URL(server.base).host;
    expect(got).toEqual({
      kind: 'failed',
      code: 'http',
      message: `The team bundle at ${host} answered HTTP 500 Internal Server Error at 2026-06-30 09:00:05 UTC.`,
      at: '2026-06-30T09:00:05.000Z',
    });
  });

  it('reports HTTP 404 the same way', async () => {
    const got = await fetchTeamBundle(`${server.base}/missing`, { now });
    expect(got).toMatchObject({ kind: 'failed', code: 'http', message: expect.stringContaining('HTTP 404 Not Found') });
  });

  it('gives up on a server that does not answer within timeoutMs', async () => {
    const started = performance.now();
    const got = await fetchTeamBundle(`${server.base}/slow`, { timeoutMs: 150, now });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(got).toMatchObject({ kind: 'failed', code: 'timeout' });
    expect(got.kind === 'failed' && got.message).toMatch(
      /^The team bundle at 127\.0\.0\.1:\d+ did not answer within 150 ms/,
    );
  });

  it('gives up on a body that stalls after the headers', async () => {
    const got = await fetchTeamBundle(`${server.base}/slow-body`, { timeoutMs: 200, now });
    expect(got).toMatchObject({ kind: 'failed', code: 'timeout', message: expect.stringContaining('within 200 ms') });
  });

  it('says "15 s" with the default timeout', async () => {
    vi.useFakeTimers();
    const never: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const pending = fetchTeamBundle('https://icp.acme.example/bundle.json', { fetch: never, now });
    await vi.advanceTimersByTimeAsync(15_000);
    expect(await pending).toMatchObject({
      code: 'timeout',
      message: 'The team bundle at icp.acme.example did not answer within 15 s (2026-06-30 09:00:05 UTC).',
    });
  });

  it('refuses a declared 10 MB body from its headers, and the server sees the connection closed early', async () => {
    const got = await fetchTeamBundle(`${server.base}/huge-declared`, { now });
    expect(got).toMatchObject({
      kind: 'failed',
      code: 'too-large',
      message: expect.stringMatching(/ is 10\.0 MB; the limit is 5 MB \(2026-06-30 09:00:05 UTC\)\.$/),
    });
    await server.huge!.closed;
    console.log(`server wrote ${(server.huge!.sent / MB).toFixed(1)} MB of 10 MB before the client hung up`);
    expect(server.huge!.aborted).toBe(true);
    expect(server.huge!.sent).toBeLessThan(10 * MB);
  });

  it('stops reading a 10 MB body without a length at the cap, and the server sees the connection closed early', async () => {
    const got = await fetchTeamBundle(`${server.base}/huge`, { now, maxBytes: 1 * MB });
    expect(got).toMatchObject({
      kind: 'failed',
      code: 'too-large',
      message: expect.stringContaining(' is over the 1 MB limit'),
    });
    await server.huge!.closed;
    console.log(`server wrote ${(server.huge!.sent / MB).toFixed(1)} MB of 10 MB before the client hung up`);
    expect(server.huge!.aborted).toBe(true);
    expect(server.huge!.sent).toBeLessThan(10 * MB);
  });

  it('refuses malformed JSON with the parser reason', async () => {
    const got = await fetchTeamBundle(`${server.base}/malformed`, { now });
    expect(got).toMatchObject({ kind: 'failed', code: 'not-json' });
    expect(got.kind === 'failed' && got.message).toMatch(/^The team bundle at 127\.0\.0\.1:\d+ is not JSON: .+/);
  });

  it('refuses an empty body and bytes that are not UTF-8', async () => {
    expect(await fetchTeamBundle(`${server.base}/empty`, { now })).toMatchObject({
      code: 'not-json',
      message: expect.stringContaining('is not JSON: the body is empty'),
    });
    expect(await fetchTeamBundle(`${server.base}/latin1`, { now })).toMatchObject({
      code: 'not-json',
      message: expect.stringContaining('is not JSON: it is not UTF-8 text'),
    });
  });

  it.each([
    'ftp://127.0.0.1/bundle.json',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
    '',
    'https://u:p@x.example/b',
  ])('refuses %j as a bad URL without fetching', async (url) => {
    const spy = vi.fn<typeof fetch>();
    const got = await fetchTeamBundle(url, { fetch: spy, now });
    expect(got).toMatchObject({ kind: 'failed', code: 'bad-url', message: expect.stringContaining('https://') });
    expect(spy).not.toHaveBeenCalled();
  });

  it('reports a server that is not there as a network failure', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const got = await fetchTeamBundle(`http://127.0.0.1:${port}/bundle.json`, { now });
    expect(got).toMatchObject({ kind: 'failed', code: 'network', message: expect.stringContaining('ECONNREFUSED') });
  });
});
