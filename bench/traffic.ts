// The simulator at volume: times POST /_sandbox/traffic placing N calls on a
// fresh SQLite server, then loads pages of GET /phone/call_logs with autocannon
// over those calls — the first page, the same window filtered by site, and a
// deep page — which keyset pages and the filter indexes should keep alike.
// Usage: npm run bench:traffic [-- --calls 100000 --duration 10 --rounds 3]
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { machine as machineOf, median, start, stop } from './support.ts';

const { values } = parseArgs({
  options: {
    calls: { type: 'string', default: '100000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
  },
});
const calls = Number(values.calls);
const connections = Number(values.connections);
const duration = Number(values.duration);
const rounds = Number(values.rounds);

const ADMIN = 'bench-admin-key';
const PORT = 9606;
const base = `http://127.0.0.1:${PORT}`;
// At most 1,000 calls a minute: the span is long enough for every call, and inside one day.
const from = Date.UTC(2026, 10, 2, 0, 0, 0);
const to = from + Math.max(60, Math.ceil(calls / 900)) * 60_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const dir = mkdtempSync(join(tmpdir(), 'switchboard-traffic-'));
const env = { DATABASE_URL: join(dir, 'traffic.db'), SWITCHBOARD_RATE_LIMITS: 'off', SWITCHBOARD_ADMIN_KEY: ADMIN, PORT: String(PORT) };
let server: ChildProcess | undefined;
try {
  server = await start(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], env, /listening/);

  // At most 100,000 calls a request (one request's answer must come within the HTTP client's 5 minutes),
  // each over its own stretch of the span, with its own seed.
  const started = performance.now();
  const made = { calls: 0 };
  const parts = Math.ceil(calls / 100_000);
  for (let part = 0; part < parts; part++) {
    const share = Math.min(100_000, calls - part * 100_000);
    const stretch = (to - from) / parts;
    const traffic = await fetch(`${base}/_sandbox/traffic`, {
      method: 'POST',
      headers: { 'x-admin-key': ADMIN, 'content-type': 'application/json' },
      body: JSON.stringify({
        from: new Date(from + part * stretch).toISOString(),
        to: new Date(from + (part + 1) * stretch).toISOString(),
        rate_per_minute: 1000,
        business_hours_curve: false,
        max_calls: share,
        seed: `bench-${part}`,
      }),
    });
    const answer = await traffic.json();
    if (traffic.status !== 201) throw new Error(`traffic: ${traffic.status} ${JSON.stringify(answer)}`);
    made.calls += answer.calls;
  }
  const trafficSeconds = (performance.now() - started) / 1000;

  const tokenRes = await fetch(`${base}/oauth/token?grant_type=account_credentials&account_id=demo-account`, {
    method: 'POST',
    headers: { authorization: 'Basic ' + Buffer.from('demo-client-id:demo-client-secret').toString('base64') },
  });
  const headers = { authorization: `Bearer ${(await tokenRes.json()).access_token}` };
  const sites = (await (await fetch(`${base}/v2/phone/sites`, { headers })).json()).sites;
  const window = `from=${day(from)}&to=${day(to)}&page_size=300`;
  const first = `${base}/v2/phone/call_logs?${window}`;
  const filtered = `${first}&site_id=${sites[1].id}`;
  const head = await (await fetch(first, { headers })).json();
  const total: number = head.total_records;
  // Ten pages in: a token that skips over 3,000 logs.
  let deep = first;
  for (let i = 0, url = first; i < 10; i++) {
    const body = await (await fetch(url, { headers })).json();
    if (!body.next_page_token) break;
    url = `${first}&next_page_token=${encodeURIComponent(body.next_page_token)}`;
    deep = url;
  }

  const measure = async (target: string) => {
    const runs = [];
    for (let i = 0; i < rounds; i++) {
      const r = await autocannon({ url: target, headers, connections, duration });
      if (r.non2xx || r.errors) throw new Error(`${target}: ${r.non2xx} non-2xx, ${r.errors} errors`);
      runs.push({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 });
    }
    return { rps: Math.round(median(runs.map((r) => r.rps))), p50: median(runs.map((r) => r.p50)), p99: median(runs.map((r) => r.p99)) };
  };
  const firstPage = await measure(first);
  const filteredPage = await measure(filtered);
  const deepPage = await measure(deep);

  const machine = machineOf();
  const date = new Date().toISOString().slice(0, 10);
  console.log(
    [
      `Run ${date} on ${machine}; SQLite; POST /_sandbox/traffic placed ${made.calls} calls in ${trafficSeconds.toFixed(1)} s (${Math.round(made.calls / trafficSeconds)} calls/s), leaving ${total} call logs; autocannon ${connections} connections, ${duration} s, median of ${rounds} rounds.`,
      '',
      '| page of `GET /phone/call_logs?page_size=300` | req/s | p50 ms | p99 ms |',
      '|---|---:|---:|---:|',
      `| first | ${firstPage.rps} | ${firstPage.p50} | ${firstPage.p99} |`,
      `| first, filtered by site_id | ${filteredPage.rps} | ${filteredPage.p50} | ${filteredPage.p99} |`,
      `| eleventh | ${deepPage.rps} | ${deepPage.p50} | ${deepPage.p99} |`,
      '',
      `Filtered / first throughput: ${(filteredPage.rps / firstPage.rps).toFixed(2)}; eleventh / first: ${(deepPage.rps / firstPage.rps).toFixed(2)}.`,
    ].join('\n'),
  );
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/traffic.json', JSON.stringify({ date, machine, calls: made.calls, trafficSeconds, total, firstPage, filteredPage, deepPage }, null, 2) + '\n');
} finally {
  if (server) await stop(server);
  rmSync(dir, { recursive: true, force: true });
}
