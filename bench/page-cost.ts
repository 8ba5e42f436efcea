// Page cost at scale: fills the demo account with 100,000 numbers
// (`switchboard seed`), then loads the first and the deepest full page of
// GET /phone/numbers?site_id=...&page_size=300 with autocannon. Keyset
// pagination should make both cost about the same.
// Usage: npm run bench:pages [-- --numbers 100000 --duration 10 --rounds 3]
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    numbers: { type: 'string', default: '100000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
  },
});
const connections = Number(values.connections);
const duration = Number(values.duration);
const rounds = Number(values.rounds);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = mkdtempSync(join(tmpdir(), 'switchboard-pages-'));
const env = { ...process.env, DATABASE_URL: join(dir, 'pages.db'), SWITCHBOARD_RATE_LIMITS: 'off', PORT: '9604' };
let server: ChildProcess | undefined;
try {
  const seedStarted = Date.now();
  execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'seed', '--numbers', values.numbers!], { env, stdio: ['ignore', 'inherit', 'ignore'] });
  const seedSeconds = (Date.now() - seedStarted) / 1000;

  server = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    server!.stdout!.on('data', (d) => {
      out += d;
      if (/listening/.test(out)) resolve();
    });
    server!.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  const base = 'http://127.0.0.1:9604';
  const tokenRes = await fetch(`${base}/oauth/token?grant_type=account_credentials&account_id=demo-account`, {
    method: 'POST',
    headers: { authorization: 'Basic ' + Buffer.from('demo-client-id:demo-client-secret').toString('base64') },
  });
  const headers = { authorization: `Bearer ${(await tokenRes.json()).access_token}` };
  const sites = (await (await fetch(`${base}/v2/phone/sites`, { headers })).json()).sites ?? [];
  const users = (await (await fetch(`${base}/v2/phone/users`, { headers })).json()).users;
  const siteId: string = sites[0]?.id ?? users[0].site.id;

  // Walk to the last page once to get its token.
  const first = `${base}/v2/phone/numbers?site_id=${siteId}&page_size=300`;
  let url = first;
  let pages = 0;
  let total = 0;
  // The deepest page that is full: the last one may hold a few rows and cost less for that alone.
  let deep = first;
  let deepIndex = 1;
  for (;;) {
    const res = await fetch(url, { headers });
    if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
    const body = await res.json();
    pages++;
    total = body.total_records;
    if (body.phone_numbers.length === 300) [deep, deepIndex] = [url, pages];
    if (!body.next_page_token) break;
    url = `${first}&next_page_token=${encodeURIComponent(body.next_page_token)}`;
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
  const deepPage = await measure(deep);

  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const date = new Date().toISOString().slice(0, 10);
  console.log(
    [
      `Run ${date} on ${machine}; SQLite; ${values.numbers} numbers seeded in ${seedSeconds.toFixed(1)} s; filter site_id matches ${total} numbers = ${pages} pages of 300; autocannon ${connections} connections, ${duration} s, median of ${rounds} rounds.`,
      '',
      '| page | req/s | p50 ms | p99 ms |',
      '|---|---:|---:|---:|',
      `| first (1 of ${pages}) | ${firstPage.rps} | ${firstPage.p50} | ${firstPage.p99} |`,
      `| deepest full page (${deepIndex} of ${pages}) | ${deepPage.rps} | ${deepPage.p50} | ${deepPage.p99} |`,
      '',
      `Deepest full page / first page throughput: ${(deepPage.rps / firstPage.rps).toFixed(2)}.`,
    ].join('\n'),
  );
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/page-cost.json', JSON.stringify({ date, machine, numbers: Number(values.numbers), seedSeconds, total, pages, firstPage, deepIndex, deepPage }, null, 2) + '\n');
} finally {
  server?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
