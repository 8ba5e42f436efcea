// Signed POSTs to an endpoint, on one kept-alive connection per endpoint origin,
// pipelined: a batch of deliveries is written in order on the one connection, and
// a receiver (Node's HTTP server, Zoom's SDK's) answers them in that order —
// so a subscription's events arrive in order without waiting a round trip each.
// A request is given up after the 3 seconds Zoom waits for a receiver.
import { Client, errors } from 'undici';
import { signature } from './signing.ts';

export const RECEIVER_TIMEOUT_MS = 3000;
const PIPELINE = 10;

export interface PostResult {
  status?: number;
  /** The answer's body, read for url validation (and at most 64 KiB of it). */
  body: string;
  latencyMs: number;
  error?: string;
  /**
   * Failed only because an earlier request on the same connection did (the
   * connection was closed under it): the receiver never answered it, it was
   * not an attempt, and it is sent again.
   */
  unsent?: boolean;
  signature: string;
}

// One per origin for the process; idle kept-alive sockets do not hold the process open.
const clients = new Map<string, Client>();

function clientFor(origin: string, timeoutMs: number): Client {
  const key = `${origin} ${timeoutMs}`;
  let client = clients.get(key);
  if (!client || client.closed || client.destroyed) {
    client = new Client(origin, { pipelining: PIPELINE, headersTimeout: timeoutMs, bodyTimeout: timeoutMs, connectTimeout: timeoutMs });
    clients.set(key, client);
  }
  return client;
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof errors.HeadersTimeoutError || error instanceof errors.BodyTimeoutError || error instanceof errors.ConnectTimeoutError) {
    return `no answer within ${timeoutMs / 1000} seconds`;
  }
  const e = error as { message?: string; code?: string; cause?: { code?: string; message?: string } };
  return e.cause?.code ?? e.code ?? e.message ?? String(error);
}

/** POSTs `body` signed at `atMs` (sandbox time: the x-zm-request-timestamp). */
export async function postSigned(url: string, body: string, secretToken: string, atMs: number, timeoutMs = RECEIVER_TIMEOUT_MS): Promise<PostResult> {
  const timestamp = Math.floor(atMs / 1000);
  const sig = signature(secretToken, timestamp, body);
  const started = performance.now();
  const done = (r: Omit<PostResult, 'latencyMs' | 'signature'>): PostResult => ({ ...r, latencyMs: Math.round(performance.now() - started), signature: sig });
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return done({ body: '', error: 'the endpoint URL is not a URL' });
  }
  try {
    const res = await clientFor(target.origin, timeoutMs).request({
      method: 'POST',
      path: `${target.pathname}${target.search}`,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Zoom Marketplace/1.0a',
        'x-zm-request-timestamp': String(timestamp),
        'x-zm-signature': sig,
      },
      body,
    });
    let text = '';
    for await (const chunk of res.body) if (text.length < 65536) text += chunk;
    return done({ status: res.statusCode, body: text });
  } catch (error) {
    const closedUnder = error instanceof errors.SocketError || error instanceof errors.RequestAbortedError || error instanceof errors.ClientDestroyedError;
    return done({ body: '', error: describe(error, timeoutMs), unsent: closedUnder });
  }
}
