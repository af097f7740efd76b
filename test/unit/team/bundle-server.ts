import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

/**
 * A team's static server for unit tests: a real Node HTTP server on 127.0.0.1 answering with
 * `body` and `etag` (304 on a matching If-None-Match) or with `status` alone; it notes each
 * request's If-None-Match. Started before the file's tests and stopped after them.
 */
export function bundleServer() {
  const server = {
    http: http.createServer((req, res) => {
      server.requests.push(req.headers['if-none-match'] ?? '');
      if (server.status !== 200) return void res.writeHead(server.status).end();
      if (req.headers['if-none-match'] === server.etag) return void res.writeHead(304, { ETag: server.etag }).end();
      res.writeHead(200, { 'Content-Type': 'application/json', ETag: server.etag }).end(server.body);
    }),
    url: '',
    body: '',
    etag: '"v1"',
    status: 200,
    requests: [] as string[],
  };
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.http.listen(0, '127.0.0.1', resolve));
    server.url = `http://127.0.0.1:${(server.http.address() as AddressInfo).port}/bundle.json`;
  });
  afterAll(() => new Promise((resolve) => server.http.close(resolve)));
  return server;
}
