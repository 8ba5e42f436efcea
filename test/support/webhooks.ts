// Webhook receivers for tests: a programmable one (it answers url validation as
// Zoom expects, verifies every signature, and answers events as the test says),
// and Zoom's SDK's own HTTP receiver. Plus subscribing one to a test server.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpReceiver } from '@zoom/rivet/phone';
import type { TestServer } from './server.ts';
import { assertPhoneEvent } from './phone-events.ts';

export interface Received {
  event: string;
  /** The parsed body. */
  body: any;
  raw: string;
  timestamp: number;
  signature: string;
  /** Whether x-zm-signature is v0=HMAC-SHA256("v0:{timestamp}:{raw}") under the secret. */
  signed: boolean;
  /** The answer given: a status code, or 'hang' (none). */
  answered: number | 'hang';
}

export interface Receiver {
  url: string;
  /** Every POST, url validations included, in arrival order. */
  received: Received[];
  /** The events (not url validations) received. */
  events(): Received[];
  /** Resolves once `count` events (url validations not counted) have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
}

export interface ReceiverOptions {
  secret: string;
  /** How to answer the n-th (from 1) delivery of the event body `raw`: a status, or 'hang' (never answer). Default 200. */
  answer?: (r: { event: string; raw: string; nth: number }) => number | 'hang';
  /** Answer url validation with a wrong hash (an endpoint that does not hold the token). */
  failValidation?: boolean;
  /** The path events are POSTed to. */
  path?: string;
}

const hmac = (secret: string, text: string) => createHmac('sha256', secret).update(text).digest('hex');

export async function startReceiver(options: ReceiverOptions): Promise<Receiver> {
  const received: Received[] = [];
  const seen = new Map<string, number>();
  const waiters: (() => void)[] = [];
  const hung: http.ServerResponse[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const body = JSON.parse(raw);
      const timestamp = Number(req.headers['x-zm-request-timestamp']);
      const signature = String(req.headers['x-zm-signature']);
      const signed = signature === `v0=${hmac(options.secret, `v0:${timestamp}:${raw}`)}`;
      if (body.event === 'endpoint.url_validation') {
        received.push({ event: body.event, body, raw, timestamp, signature, signed, answered: 200 });
        const plainToken = body.payload.plainToken;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ plainToken, encryptedToken: options.failValidation ? hmac('not-the-token', plainToken) : hmac(options.secret, plainToken) }));
        return;
      }
      const nth = (seen.get(raw) ?? 0) + 1;
      seen.set(raw, nth);
      const answer = options.answer?.({ event: body.event, raw, nth }) ?? 200;
      received.push({ event: body.event, body, raw, timestamp, signature, signed, answered: answer });
      waiters.splice(0).forEach((w) => w());
      if (answer === 'hang') {
        hung.push(res);
        return;
      }
      res.writeHead(answer, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const events = () => received.filter((r) => r.event !== 'endpoint.url_validation');
  return {
    url: `http://127.0.0.1:${port}${options.path ?? '/zoom/events'}`,
    received,
    events,
    async waitFor(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (events().length < count) {
        const left = deadline - Date.now();
        if (left <= 0) assert.fail(`expected ${count} events within ${timeoutMs} ms, got ${events().length}: ${events().map((e) => e.event).join(', ')}`);
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, Math.min(left, 200));
          waiters.push(() => {
            clearTimeout(t);
            resolve();
          });
        });
      }
      return events();
    },
    async close() {
      for (const res of hung) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Zoom's SDK's HTTP receiver (@zoom/rivet), verifying with `secret`; it answers 400 to an event whose signature fails. */
export async function startRivetReceiver(secret: string): Promise<{ url: string; events: any[]; close(): Promise<void> }> {
  const events: any[] = [];
  const receiver = new HttpReceiver({ webhooksSecretToken: secret, endpoints: '/zoom/events', logLevel: 'error' as any });
  receiver.init({ eventEmitter: { emit: async (_name: string, payload: unknown) => void events.push(payload) } as any, interactiveAuth: undefined as any });
  const server = await receiver.start(0);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/zoom/events`,
    events,
    async close() {
      (server as http.Server).closeAllConnections?.();
      await receiver.stop();
    },
  };
}

/** Subscribes `url` to `events` in the demo account (or `account_id`); fails unless it answers 201. */
export async function subscribe(
  s: TestServer,
  body: { endpoint_url: string; events: string[]; secret_token: string; account_id?: string; client_id?: string; include_sub_accounts?: boolean },
): Promise<any> {
  const res = await s.admin('POST', '/webhooks', body);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body;
}

/** The subscription's delivery log, every page. */
export async function deliveryLog(s: TestServer, subscriptionId: string, query = ''): Promise<any[]> {
  const all: any[] = [];
  let token = '';
  do {
    const res = await s.admin('GET', `/webhooks/${subscriptionId}/deliveries?page_size=1000${query}${token ? `&next_page_token=${token}` : ''}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    all.push(...res.body.deliveries);
    token = res.body.next_page_token;
  } while (token);
  return all;
}

/**
 * Reads a receiver's events a step at a time: `mark()` before an action,
 * `since(mark)` after it — once every delivery due has been made, each event
 * checked signed with the subscription's token, typed as Zoom's SDK declares it, and the account's.
 */
export function eventSteps(s: TestServer, r: Receiver, accountId = s.sandbox.demo.accountId) {
  return {
    async mark(): Promise<number> {
      await s.sandbox.dispatcher.idle();
      return r.events().length;
    },
    async since(from: number): Promise<any[]> {
      await s.sandbox.dispatcher.idle();
      const got = r.events().slice(from);
      for (const e of got) {
        assert.ok(e.signed, `${e.event} is signed with the subscription's token`);
        assertPhoneEvent(e.body);
        assert.equal(e.body.payload.account_id, accountId);
      }
      return got.map((e) => e.body);
    },
  };
}
