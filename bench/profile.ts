// Where a request's time goes: for each workload of `npm run bench`, a Switchboard
// process of its own runs under `node --cpu-prof` with bench/sql-trace.ts preloaded,
// is warmed up, then loaded for --duration seconds. Printed per workload: the
// profile of that window (top self and inclusive time, self time by package) and
// every SQL statement run in it, with calls and microseconds per request.
// Profiles (one folder per workload) and SQL counts stay in --out.
// Usage: npm run bench:profile [-- --numbers 10000 --duration 10 --connections 50 --only users,numbers,user]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { cpuSeconds, demoToken, load, machine, start, stop } from './support.ts';
import { formatSummary, summarize, type CpuProfile } from './cpuprofile.ts';

const { values } = parseArgs({
  options: {
    numbers: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    top: { type: 'string', default: '15' },
    only: { type: 'string' },
    out: { type: 'string', default: 'bench/results/profiles' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const out = resolve(values.out!);
const only = values.only ? values.only.split(',').map((s) => s.trim()) : [];
mkdirSync(out, { recursive: true });

const dir = mkdtempSync(join(tmpdir(), 'switchboard-profile-'));
const env = { DATABASE_URL: join(dir, 'profile.db'), SWITCHBOARD_RATE_LIMITS: 'off', SWITCHBOARD_ADMIN_KEY: 'bench', PORT: '9605' };
const SB = 'http://127.0.0.1:9605';
try {
  // Seeding first also creates the database and the demo account.
  if (Number(values.numbers) > 0) {
    execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'seed', '--numbers', values.numbers!], { env: { ...process.env, ...env }, stdio: 'ignore' });
  }
  const workloads = [
    { key: 'users', name: 'list phone users (page of 30; the demo has 6)', path: () => '/phone/users' },
    { key: 'numbers', name: 'list phone numbers (page of 100)', path: () => '/phone/numbers?page_size=100' },
    { key: 'user', name: 'get one phone user', path: (userId: string) => `/phone/users/${userId}` },
  ].filter((w) => only.length === 0 || only.includes(w.key));

  console.log(
    `Profiles on ${machine()}; ${values.numbers} numbers seeded; per workload a fresh server process, ${values.warmup} s of warm-up, then ${duration} s at ${connections} connections.\n`,
  );
  for (const w of workloads) {
    // tsx's loader runs on a worker thread, which writes a profile of its own: one folder per workload.
    const profileDir = join(out, w.key);
    rmSync(profileDir, { recursive: true, force: true });
    mkdirSync(profileDir, { recursive: true });
    const server = await start(
      process.execPath,
      ['--cpu-prof', '--cpu-prof-dir', profileDir, '--import', 'tsx', '--import', './bench/sql-trace.ts', 'src/cli/main.ts', 'serve'],
      { ...env, SQL_TRACE_OUT: join(out, `${w.key}.sql.json`) },
      /listening/,
    );
    let requests = 0;
    let from = 0;
    let to = 0;
    let cpuUs: number | null = null;
    try {
      const auth = { authorization: `Bearer ${await demoToken(SB)}` };
      const users = (await (await fetch(`${SB}/v2/phone/users`, { headers: auth })).json()).users;
      const url = `${SB}/v2${w.path(users[0].id)}`;
      await load(url, auth, connections, Number(values.warmup));
      // The window: SQL counts start again here; the profile is cut to it.
      process.kill(server.pid!, 'SIGUSR2');
      from = Number(process.hrtime.bigint() / 1000n);
      const cpuBefore = cpuSeconds(server.pid);
      const r = await autocannon({ url, headers: auth, connections, duration });
      const cpuAfter = cpuSeconds(server.pid);
      to = Number(process.hrtime.bigint() / 1000n);
      requests = r.requests.total;
      if (cpuBefore !== undefined && cpuAfter !== undefined) cpuUs = (1e6 * (cpuAfter - cpuBefore)) / requests;
      if (r.non2xx || r.errors) throw new Error(`${w.name}: ${r.non2xx} non-2xx, ${r.errors} errors`);
      console.error(`${w.name}: ${Math.round(r.requests.average)} req/s under the profiler`);
    } finally {
      // The profile and the SQL counts are written as the process exits.
      await stop(server);
    }
    // The main thread's profile is the one that was busy in the window.
    const summary = readdirSync(profileDir)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => summarize(JSON.parse(readFileSync(join(profileDir, f), 'utf8')) as CpuProfile, { from, to, top: Number(values.top) }))
      .sort((a, b) => b.busyMs - a.busyMs)[0];
    console.log(formatSummary(`${w.name}: ${requests} requests in ${duration} s (${Math.round(requests / duration)} req/s under the profiler)`, summary, requests) + '\n');

    const trace: { statements: { sql: string; calls: number; ms: number; rows: number }[] } = JSON.parse(readFileSync(join(out, `${w.key}.sql.json`), 'utf8'));
    const sqlMs = trace.statements.reduce((a, s) => a + s.ms, 0);
    console.log(
      `Statements run (better-sqlite3 all/get/run, wall time) in the window: ${((1000 * sqlMs) / requests).toFixed(0)} µs per request; ` +
        `the server's CPU time (all threads, /proc) per request in the window: ${cpuUs === null ? 'unknown' : cpuUs.toFixed(0) + ' µs'}.\n`,
    );
    console.log('| statement | calls per request | rows per call | µs per call | µs per request |');
    console.log('|---|---:|---:|---:|---:|');
    for (const s of trace.statements.filter((x) => x.calls >= requests / 100)) {
      const per = (v: number, n: number) => ((1000 * v) / n).toFixed(1);
      console.log(`| \`${s.sql.replace(/\|/g, '\\|')}\` | ${(s.calls / requests).toFixed(2)} | ${(s.rows / s.calls).toFixed(1)} | ${per(s.ms, s.calls)} | ${per(s.ms, requests)} |`);
    }
    console.log('');
  }
  console.log(`Profiles (open in Chrome DevTools or speedscope) and SQL counts: ${out}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
