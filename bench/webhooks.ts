// Webhook delivery at volume: a server (SQLite) with one subscription to every
// phone event, delivering to a receiver in this process, fed two ways:
// - paced: POST /_sandbox/traffic every 100 ms with a tenth of --calls-per-second
//   calls, for --seconds; reports events delivered per second and the latency
//   from the state change to receipt (from the time the request that made an
//   event was sent: an upper bound, it counts the write itself);
// - burst: one request of --burst calls, then how fast the outbox drains.
// Baseline, in the same run: the same receiver loaded by autocannon over one
// connection — the most one ordered stream of POSTs could deliver.
// Usage: npm run bench:webhooks [-- --seconds 20 --calls-per-second 300 --burst 5000]
import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { machine, start, stop } from './support.ts';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '20' }, 'calls-per-second': { type: 'string', default: '300' }, burst: { type: 'string', default: '5000' } },
});
const seconds = Number(values.seconds);
const perRequest = Math.max(1, Math.round(Number(values['calls-per-second']) / 10));
const burst = Number(values.burst);

const ADMIN = 'bench-admin-key';
const SECRET = 'bench-webhook-secret';
const PORT = 9607;
const base = `http://127.0.0.1:${PORT}`;
const DAY = 86_400_000;
const day0 = Date.UTC(2026, 10, 2);
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;

// The receiver: answers url validation, counts events, keeps each one's arrival time and event_ts.
const arrivals: { at: number; ts: number }[] = [];
let lastArrival = 0;
const receiver = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const now = performance.now();
    const body = JSON.parse(Buffer.concat(chunks).toString());
    if (body.event === 'endpoint.url_validation') {
      const plainToken = body.payload.plainToken;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ plainToken, encryptedToken: createHmac('sha256', SECRET).update(plainToken).digest('hex') }));
      return;
    }
    if (body.event !== 'bench.baseline') {
      arrivals.push({ at: now, ts: body.event_ts });
      lastArrival = now;
    }
    res.writeHead(200);
    res.end();
  });
});
await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/zoom/events`;

const dir = mkdtempSync(join(tmpdir(), 'switchboard-webhooks-'));
const env = { DATABASE_URL: join(dir, 'bench.db'), SWITCHBOARD_RATE_LIMITS: 'off', SWITCHBOARD_ADMIN_KEY: ADMIN, PORT: String(PORT) };
let server: ChildProcess | undefined;
const admin = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${base}/_sandbox${path}`, { method, headers: { 'x-admin-key': ADMIN, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const answer = await res.json();
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(answer)}`);
  return answer;
};
try {
  const baseline = await autocannon({
    url: receiverUrl,
    method: 'POST',
    connections: 1,
    duration: 5,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ event: 'bench.baseline', event_ts: 0, payload: { account_id: 'x', object: { call_id: 'x' } } }),
  });

  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE] : [];
  server = await start(process.execPath, [...profile, '--import', 'tsx', 'src/cli/main.ts', 'serve'], env, /listening/);
  const names = Object.keys(JSON.parse((await import('node:fs')).readFileSync('spec/phone-events.json', 'utf8')));
  const sub = await admin('POST', '/webhooks', { endpoint_url: receiverUrl, events: names, secret_token: SECRET });
  if (sub.status !== 'active') throw new Error(`subscription not active: ${sub.validation_error}`);

  // Request k places its calls on day k: an event's event_ts says which request made it.
  const sentAt: number[] = [];
  let k = 0;
  const traffic = async (calls: number) => {
    const at = k++;
    sentAt[at] = performance.now();
    const answer = await admin('POST', '/traffic', {
      from: new Date(day0 + at * DAY).toISOString(),
      to: new Date(day0 + at * DAY + 3_600_000).toISOString(),
      rate_per_minute: 1000,
      business_hours_curve: false,
      mean_talk_seconds: 60,
      max_calls: calls,
      seed: `bench-${at}`,
    });
    return answer.calls as number;
  };
  const drained = async (since: number) => {
    while (performance.now() - Math.max(lastArrival, since) < 2000) await new Promise((r) => setTimeout(r, 100));
  };

  let calls = 0;
  const started = performance.now();
  for (let slot = 0; slot < seconds * 10; slot++) {
    const wait = started + slot * 100 - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    calls += await traffic(perRequest);
  }
  const loadEnded = performance.now();
  await drained(loadEnded);
  const paced = arrivals.splice(0);
  const latencies = paced.map((a) => a.at - sentAt[Math.floor((a.ts - day0) / DAY)]!).sort((a, b) => a - b);
  const pacedSeconds = (lastArrival - started) / 1000;
  const behindAtEndMs = Math.round(lastArrival - loadEnded);

  const burstSent = performance.now();
  const burstCalls = await traffic(burst);
  const committed = performance.now();
  await drained(committed);
  const burstEvents = arrivals.length;
  const drainSeconds = (lastArrival - committed) / 1000;

  const result = {
    date: new Date().toISOString().slice(0, 10),
    machine: machine(),
    paced: {
      seconds,
      calls,
      events: paced.length,
      eventsPerSecond: Math.round(paced.length / pacedSeconds),
      behindAtEndMs,
      latencyMs: { p50: Math.round(pct(latencies, 50)), p99: Math.round(pct(latencies, 99)) },
    },
    burst: { calls: burstCalls, events: burstEvents, writeSeconds: (committed - burstSent) / 1000, drainSeconds, eventsPerSecond: Math.round(burstEvents / drainSeconds) },
    baselineReceiverPerSecond: Math.round(baseline.requests.average),
  };
  console.log(
    [
      `Run ${result.date} on ${result.machine}; SQLite; one subscription to every phone event.`,
      '',
      '| | events | events/s | latency p50 / p99 ms |',
      '|---|---:|---:|---:|',
      `| paced: ${perRequest * 10} calls/s for ${seconds} s (${calls} calls) | ${paced.length} | ${result.paced.eventsPerSecond} | ${result.paced.latencyMs.p50} / ${result.paced.latencyMs.p99} |`,
      `| burst: ${burstCalls} calls in one request, outbox drain after its commit | ${burstEvents} | ${result.burst.eventsPerSecond} | |`,
      `| baseline: the receiver alone, autocannon, 1 connection | | ${result.baselineReceiverPerSecond} | |`,
      '',
      `Paced: the last event arrived ${behindAtEndMs} ms after the last request was sent; the burst's ${burstCalls} calls took ${result.burst.writeSeconds.toFixed(1)} s to write.`,
    ].join('\n'),
  );
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/webhooks.json', JSON.stringify(result, null, 2) + '\n');
} finally {
  if (server) await stop(server);
  receiver.close();
  rmSync(dir, { recursive: true, force: true });
}
