// Load benchmark: Switchboard (SQLite, auth, validation, rate limits off) on a
// mixed read workload and a write workload, and in the same run the two
// baselines: a bare Fastify route (the ceiling) and Prism's stateless mock.
// Usage: npm run bench [-- --duration 10 --connections 50 --rounds 3]
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '3' },
    only: { type: 'string' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const rounds = Number(values.rounds);

interface Target {
  name: string;
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

function start(cmd: string, args: string[], env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    // Its own process group, so that stopping it also stops what it started (npx -> prism).
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${cmd} ${args.join(' ')} did not start:\n${out}`)), 120_000);
    const onData = (d: Buffer) => {
      out += d;
      if (ready.test(out)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${cmd} exited ${code}:\n${out}`)));
  });
}

async function load(t: Target) {
  const r = await autocannon({ url: t.url, method: (t.method ?? 'GET') as 'GET', headers: t.headers, body: t.body, connections, duration });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = mkdtempSync(join(tmpdir(), 'switchboard-bench-'));
const children: ChildProcess[] = [];
try {
  const SB = 'http://127.0.0.1:9601';
  children.push(
    await start(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
      PORT: '9601', DATABASE_URL: join(dir, 'bench.db'), SWITCHBOARD_RATE_LIMITS: 'off', SWITCHBOARD_ADMIN_KEY: 'bench',
    }, /listening/),
  );
  children.push(await start(process.execPath, ['--import', 'tsx', 'bench/baseline-fastify.ts'], { PORT: '9602' }, /listening/));
  children.push(await start('npx', ['prism', 'mock', '-p', '9603', '-h', '127.0.0.1', 'spec/openapi.json'], {}, /Prism is listening/));

  const tokenRes = await fetch(`${SB}/oauth/token?grant_type=account_credentials&account_id=demo-account`, {
    method: 'POST',
    headers: { authorization: 'Basic ' + Buffer.from('demo-client-id:demo-client-secret').toString('base64') },
  });
  const token = (await tokenRes.json()).access_token as string;
  const auth = { authorization: `Bearer ${token}` };
  const users = (await (await fetch(`${SB}/v2/phone/users`, { headers: auth })).json()).users;
  const userId = users[0].id as string;
  const siteId = users[0].site.id as string;

  const targets: Target[] = [
    { name: 'Switchboard: get one phone user', url: `${SB}/v2/phone/users/${userId}`, headers: auth },
    { name: 'Switchboard: list phone users (page of 30)', url: `${SB}/v2/phone/users`, headers: auth },
    { name: 'Switchboard: list phone users with a filter', url: `${SB}/v2/phone/users?site_id=${siteId}&page_size=10`, headers: auth },
    {
      name: 'Switchboard: write (create an account, control plane)',
      url: `${SB}/_sandbox/accounts`,
      method: 'POST',
      headers: { 'x-admin-key': 'bench', 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'bench' }),
    },
    { name: 'Baseline: bare Fastify fixed JSON', url: `http://127.0.0.1:9602/v2/phone/users/${userId}` },
    { name: 'Baseline: Prism mock, get one phone user', url: `http://127.0.0.1:9603/phone/users/${userId}`, headers: auth },
  ].filter((t) => !values.only || t.name.toLowerCase().includes(values.only.toLowerCase()));

  const results: Record<string, { rps: number; p50: number; p99: number; non2xx: number; errors: number }> = {};
  for (const t of targets) {
    const runs = [];
    for (let i = 0; i < rounds; i++) runs.push(await load(t));
    results[t.name] = {
      rps: Math.round(median(runs.map((r) => r.rps))),
      p50: median(runs.map((r) => r.p50)),
      p99: median(runs.map((r) => r.p99)),
      non2xx: runs.reduce((a, r) => a + r.non2xx, 0),
      errors: runs.reduce((a, r) => a + r.errors, 0),
    };
    console.error(`${t.name}: ${JSON.stringify(results[t.name])}`);
  }

  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const date = new Date().toISOString().slice(0, 10);
  const get = results['Switchboard: get one phone user'];
  const ceiling = results['Baseline: bare Fastify fixed JSON'];
  const prism = results['Baseline: Prism mock, get one phone user'];
  const lines = [
    `Run ${date} on ${machine}; autocannon ${connections} connections, ${duration} s, median of ${rounds} rounds.`,
    '',
    '| workload | req/s | p50 ms | p99 ms | non-2xx | errors |',
    '|---|---:|---:|---:|---:|---:|',
    ...Object.entries(results).map(([n, r]) => `| ${n} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.non2xx} | ${r.errors} |`),
  ];
  if (get && ceiling && prism) {
    lines.push('', `Get one phone user: ${(get.rps / prism.rps).toFixed(1)}x Prism, ${(get.rps / ceiling.rps).toFixed(2)} of the bare-Fastify ceiling.`);
  }
  console.log(lines.join('\n'));
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', JSON.stringify({ date, machine, connections, duration, rounds, results }, null, 2) + '\n');
} finally {
  for (const c of children) if (c.pid) process.kill(-c.pid, 'SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
