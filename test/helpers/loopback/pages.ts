// A loopback web server (127.0.0.1, port 0) for page fetching: each path answers with a
// status, headers and a body given as bytes or text; a route may hang (the client's time
// limit must fire) or trickle its body without Content-Length (the size limit must fire while
// streaming). Every request is recorded.

import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageRoute {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Never answer. */
  hang?: boolean;
  /** Send this many chunks of `body` without a Content-Length. */
  chunks?: number;
}

export interface PageServer {
  base: string;
  requests: Array<{ path: string; headers: IncomingHttpHeaders }>;
  close(): Promise<void>;
}

export async function startPageServer(routes: Record<string, PageRoute>): Promise<PageServer> {
  const requests: PageServer['requests'] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const route = routes[path];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (route.hang) return;
    const body = typeof route.body === 'string' ? Buffer.from(route.body, 'utf8') : Buffer.from(route.body ?? new Uint8Array());
    if (route.chunks) {
      res.writeHead(route.status ?? 200, route.headers ?? {});
      for (let i = 0; i < route.chunks; i++) res.write(body);
      res.end();
      return;
    }
    res.writeHead(route.status ?? 200, { 'content-length': String(body.byteLength), ...route.headers }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
