// A loopback HTTP server (127.0.0.1, port 0) for one provider protocol. It records every
// request, answers with the provider handler, and lets a test script the next replies
// (a 429 with Retry-After, a 503, a hang until the client times out) before the handler
// takes over again. Providers live beside this file, one per protocol.

import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The raw body as received. */
  raw: string;
  /** The parsed JSON body, or undefined when the body is not JSON. */
  body: unknown;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** Sent as JSON unless a string. */
  body?: unknown;
}

export interface ScriptedReply extends Partial<Reply> {
  /** Never answer (the client's timeout must fire); the socket is closed with the server. */
  hang?: boolean;
  /** Answer after this many milliseconds. */
  delayMs?: number;
  /** Close the connection without an answer (ECONNRESET / "other side closed" at the client). */
  reset?: boolean;
}

export type Handler = (request: RecordedRequest) => Reply | Promise<Reply>;

export interface LoopbackServer {
  /** http://127.0.0.1:PORT, no trailing slash. */
  url: string;
  requests: RecordedRequest[];
  /** Replies for the next requests, in order, before the provider handler answers again. */
  script(...replies: ScriptedReply[]): void;
  /** Most requests that were being handled at the same time. */
  maxInFlight(): number;
  /** Delay every handler reply by this much (to observe concurrency). */
  setDelay(ms: number): void;
  close(): Promise<void>;
}

export async function startLoopback(handler: Handler): Promise<LoopbackServer> {
  const requests: RecordedRequest[] = [];
  const scripted: ScriptedReply[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let delay = 0;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const recorded: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, raw, body: parseJson(raw) };
      requests.push(recorded);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      void answer(recorded, res).finally(() => {
        inFlight -= 1;
      });
    });
  });

  async function answer(request: RecordedRequest, res: ServerResponse): Promise<void> {
    const next = scripted.shift();
    if (next?.hang) return new Promise<void>((resolve) => res.on('close', resolve));
    if (next?.reset) {
      res.socket?.destroy();
      return;
    }
    const wait = next?.delayMs ?? delay;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const reply: Reply = next?.status !== undefined ? { status: next.status, ...(next.headers ? { headers: next.headers } : {}), body: next.body } : await handler(request);
    if (res.destroyed) return;
    const body = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    res.writeHead(reply.status, { 'content-type': typeof reply.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8', ...reply.headers });
    res.end(body);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script: (...replies) => scripted.push(...replies),
    maxInFlight: () => maxInFlight,
    setDelay: (ms) => {
      delay = ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** The deterministic "translation" of every loopback: a `[xx] ` prefix, markup untouched. */
export function fakeTranslate(text: string, target: string): string {
  return `[${target.toLowerCase()}] ${text}`;
}

/** Apply glossary pairs to the text outside markup, as a real engine would honour them. */
export function applyGlossary(text: string, entries: ReadonlyArray<{ source: string; target: string }>): string {
  return text
    .split(/(<[^<>]*>)/)
    .map((piece) => (piece.startsWith('<') ? piece : entries.reduce((t, e) => t.split(e.source).join(e.target), piece)))
    .join('');
}
