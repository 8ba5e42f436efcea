// Load benchmark: list speed at volume against a same-body ceiling, in one run.
//
// Switchboard (SQLite, token and scope checks, request validation, response
// serialization; rate limits off) starts on a fresh database; the demo account's
// user list is measured, then `switchboard seed --numbers N` adds N numbers while
// the server runs, and three reads are measured: the user list (a page of 30; the
// demo has 6 users), the number list (a page of 100) and one user. Each has its own
// ceiling, measured in the same run: a bare Fastify route answering the very body
// Switchboard answered, through the contract's response schema for it, so Fastify
// does the same serialization work (bench/baseline-fastify.ts). Rounds of
// Switchboard and its ceiling alternate. Prism's mock of the one-user read is the
// third baseline (--skip-prism leaves it out). Every target first gets --warmup
// seconds of unmeasured load, so that rounds measure JIT-compiled code.
//
// SWITCHBOARD_READ_CACHE=off measures the server without its read answers kept (src/store/db.ts).
// Usage: npm run bench [-- --duration 10 --connections 50 --rounds 3 --warmup 3 --numbers 10000 --only users,numbers,user --skip-prism]
import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { demoToken, load, machine, start, stop, summarize, type Round } from './support.ts';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '3' },
    numbers: { type: 'string', default: '10000' },
    only: { type: 'string' },
    'skip-prism': { type: 'boolean', default: false },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const rounds = Number(values.rounds);
const warmup = Number(values.warmup);
const numbers = Number(values.numbers);
if (!Number.isInteger(numbers) || numbers < 0) throw new Error('--numbers must be a whole number');
/** Workload keys to run: users, numbers, user (default all). */
const only = values.only ? values.only.split(',').map((s) => s.trim()) : [];

const SB = 'http://127.0.0.1:9601';
const CEILING = 'http://127.0.0.1:9602';
const PRISM = 'http://127.0.0.1:9603';

interface Workload {
  key: string;
  name: string;
  operationId: string;
  /** Under /v2. */
  path: string;
}

interface Measured {
  workload: Workload;
  bytes: number;
  switchboard: Round;
  ceiling: Round;
}

const log = (s: string) => console.error(s);
const fmt = (n: number) => n.toLocaleString('en-US');
const cpu = (r: Round) => (r.cpuUs === null ? '–' : String(r.cpuUs));

const dir = mkdtempSync(join(tmpdir(), 'switchboard-bench-'));
const env = { DATABASE_URL: join(dir, 'bench.db'), SWITCHBOARD_RATE_LIMITS: 'off', SWITCHBOARD_ADMIN_KEY: 'bench' };
const children: ChildProcess[] = [];
// Other work on the machine skews every figure: say how busy it was.
const loadBefore = loadavg()[0];
try {
  const server = await start(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], { ...env, PORT: '9601' }, /listening/);
  children.push(server);
  const auth = { authorization: `Bearer ${await demoToken(SB)}` };
  const get = async (base: string, path: string, headers?: Record<string, string>) => {
    const res = await fetch(base + path, { headers });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`GET ${base}${path}: ${res.status} ${text}`);
    return text;
  };
  const users = JSON.parse(await get(SB, '/v2/phone/users', auth)).users;
  const userId = users[0].id as string;

  const warm = async (url: string, headers?: Record<string, string>) => {
    if (warmup > 0) await load(url, headers, connections, warmup);
  };
  const measure = async (url: string, headers?: Record<string, string>, pid?: number) => {
    await warm(url, headers);
    const runs: Round[] = [];
    for (let i = 0; i < rounds; i++) runs.push(await load(url, headers, connections, duration, pid));
    return summarize(runs);
  };

  const workloads: Workload[] = [
    { key: 'users', name: 'list phone users (page of 30; the demo has 6)', operationId: 'listPhoneUsers', path: '/phone/users' },
    { key: 'numbers', name: 'list phone numbers (page of 100)', operationId: 'listPhoneNumbers', path: '/phone/numbers?page_size=100' },
    { key: 'user', name: 'get one phone user', operationId: 'getAUsersProfile', path: `/phone/users/${userId}` },
  ].filter((w) => only.length === 0 || only.includes(w.key));

  // Page cost must not grow with data it does not show: the user list before the numbers arrive.
  const pageCostWanted = numbers > 0 && workloads.some((w) => w.key === 'users');
  let usersBefore: Round | undefined;
  let numbersBefore = 0;
  if (pageCostWanted) {
    numbersBefore = JSON.parse(await get(SB, '/v2/phone/numbers?page_size=1', auth)).total_records;
    usersBefore = await measure(`${SB}/v2/phone/users`, auth, server.pid);
    log(`list phone users, before seeding: ${JSON.stringify(usersBefore)}`);
  }

  // Seeding while the server runs: SQLite in WAL mode lets the CLI write while the server reads.
  let seedSeconds = 0;
  if (numbers > 0) {
    const started = Date.now();
    execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'seed', '--numbers', String(numbers)], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    seedSeconds = (Date.now() - started) / 1000;
    log(`seeded ${numbers} numbers in ${seedSeconds.toFixed(1)} s`);
  }
  const phoneNumbersTotal: number = JSON.parse(await get(SB, '/v2/phone/numbers?page_size=1', auth)).total_records;

  // Each ceiling answers the body Switchboard answered for its request, once fetched.
  const bodies = new Map<string, string>();
  for (const w of workloads) bodies.set(w.key, await get(SB, '/v2' + w.path, auth));
  const bodiesFile = join(dir, 'bodies.json');
  writeFileSync(bodiesFile, JSON.stringify(workloads.map((w) => ({ operationId: w.operationId, body: JSON.parse(bodies.get(w.key)!) }))));
  const ceilingServer = await start(process.execPath, ['--import', 'tsx', 'bench/baseline-fastify.ts'], { PORT: '9602', BASELINE_BODIES: bodiesFile }, /listening/);
  children.push(ceilingServer);
  // The ceiling must send the same bytes (a page token differs: it carries its expiry).
  const sansToken = (s: string) => s.replace(/"next_page_token":"[^"]*"/, '"next_page_token":""');
  for (const w of workloads) {
    const mine = sansToken(await get(CEILING, '/v2' + w.path));
    const theirs = sansToken(await get(SB, '/v2' + w.path, auth));
    if (mine !== theirs) throw new Error(`The ceiling for ${w.name} does not answer Switchboard's bytes:\n${mine.slice(0, 300)}\n${theirs.slice(0, 300)}`);
  }

  const measured: Measured[] = [];
  for (const w of workloads) {
    const sb: Round[] = [];
    const ceiling: Round[] = [];
    await warm(`${SB}/v2${w.path}`, auth);
    await warm(`${CEILING}/v2${w.path}`);
    // Alternate, so drift on the machine falls on both alike.
    for (let i = 0; i < rounds; i++) {
      sb.push(await load(`${SB}/v2${w.path}`, auth, connections, duration, server.pid));
      ceiling.push(await load(`${CEILING}/v2${w.path}`, undefined, connections, duration, ceilingServer.pid));
    }
    const m = { workload: w, bytes: Buffer.byteLength(bodies.get(w.key)!), switchboard: summarize(sb), ceiling: summarize(ceiling) };
    measured.push(m);
    log(`${w.name}: switchboard ${JSON.stringify(m.switchboard)}, ceiling ${JSON.stringify(m.ceiling)}`);
  }

  let prism: Round | undefined;
  let prismStartSeconds = 0;
  if (!values['skip-prism'] && workloads.some((w) => w.key === 'user')) {
    const startedAt = Date.now();
    children.push(await start('npx', ['prism', 'mock', '-p', '9603', '-h', '127.0.0.1', 'spec/openapi.json'], {}, /Prism is listening/));
    prismStartSeconds = (Date.now() - startedAt) / 1000;
    log(`prism started in ${prismStartSeconds.toFixed(1)} s`);
    prism = await measure(`${PRISM}/phone/users/${userId}`, auth);
    log(`prism, get one phone user: ${JSON.stringify(prism)}`);
  }

  const date = new Date().toISOString().slice(0, 10);
  log(`load average (1 min): ${loadBefore.toFixed(2)} before the run, ${loadavg()[0].toFixed(2)} at its end`);
  const lines = [
    `Run ${date} on ${machine()}; autocannon ${connections} connections, ${duration} s per round, median of ${rounds} rounds.`,
    `Switchboard on SQLite (WAL), rate limits off, read answers kept between writes ${process.env.SWITCHBOARD_READ_CACHE === 'off' ? 'off' : 'on'} (\`SWITCHBOARD_READ_CACHE\`); the demo account` +
      (numbers > 0 ? ` plus ${fmt(numbers)} phone numbers (\`switchboard seed --numbers ${numbers}\`, ${seedSeconds.toFixed(1)} s, run while the server was up)` : '') +
      `: \`GET /phone/numbers\` counts ${fmt(phoneNumbersTotal)}. Each ceiling is a bare Fastify route serving the body Switchboard answered for that request through the same response schema.`,
    '',
    '| workload | body bytes | req/s | p50 ms | p99 ms | CPU µs/req | ceiling req/s | ceiling p50 ms | ceiling p99 ms | ceiling CPU µs/req | of ceiling, req/s | of ceiling, CPU |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...measured.map(
      (m) =>
        `| ${m.workload.name} | ${fmt(m.bytes)} | ${m.switchboard.rps} | ${m.switchboard.p50} | ${m.switchboard.p99} | ${cpu(m.switchboard)} | ` +
        `${m.ceiling.rps} | ${m.ceiling.p50} | ${m.ceiling.p99} | ${cpu(m.ceiling)} | **${(m.switchboard.rps / m.ceiling.rps).toFixed(2)}** | ` +
        `${m.switchboard.cpuUs && m.ceiling.cpuUs ? (m.ceiling.cpuUs / m.switchboard.cpuUs).toFixed(2) : '–'} |`,
    ),
    '',
    '"CPU µs/req": the server process\'s CPU time (user + system, all threads) per request served, from /proc; ' +
      '"of ceiling, CPU": the ceiling\'s CPU per request over Switchboard\'s, a cross-check on the req/s ratio when other work shares the cores.',
  ];
  const usersAfter = measured.find((m) => m.workload.key === 'users')?.switchboard;
  if (usersBefore && usersAfter) {
    lines.push(
      '',
      '| `GET /phone/users` (6 users, page of 30) | numbers in `GET /phone/numbers` | req/s | p50 ms | p99 ms | CPU µs/req |',
      '|---|---:|---:|---:|---:|---:|',
      `| demo account only | ${fmt(numbersBefore)} | ${usersBefore.rps} | ${usersBefore.p50} | ${usersBefore.p99} | ${cpu(usersBefore)} |`,
      `| after seeding ${fmt(numbers)} | ${fmt(phoneNumbersTotal)} | ${usersAfter.rps} | ${usersAfter.p50} | ${usersAfter.p99} | ${cpu(usersAfter)} |`,
      '',
      `The user list with ${fmt(numbers)} more numbers it does not show: **${(usersAfter.rps / usersBefore.rps).toFixed(2)}** of its throughput without them` +
        (usersBefore.cpuUs && usersAfter.cpuUs ? `, ${(usersAfter.cpuUs / usersBefore.cpuUs).toFixed(2)}× its CPU per request.` : '.'),
    );
  }
  const one = measured.find((m) => m.workload.key === 'user')?.switchboard;
  if (prism && one) {
    lines.push('', `Prism mock (\`prism mock spec/openapi.json\`, started in ${prismStartSeconds.toFixed(1)} s), get one phone user: ${prism.rps} req/s, p50 ${prism.p50} ms, p99 ${prism.p99} ms; Switchboard **${(one.rps / prism.rps).toFixed(1)}×** Prism.`);
  }
  const all = [...measured.flatMap((m) => [m.switchboard, m.ceiling]), ...(usersBefore ? [usersBefore] : []), ...(prism ? [prism] : [])];
  const bad = all.reduce((a, r) => a + r.non2xx + r.errors, 0);
  lines.push('', bad === 0 ? 'Every round: 0 non-2xx answers, 0 errors.' : `**${bad} non-2xx answers or errors** over the rounds: see bench/results/latest.json.`);
  console.log(lines.join('\n'));

  mkdirSync('bench/results', { recursive: true });
  writeFileSync(
    'bench/results/latest.json',
    JSON.stringify(
      { date, machine: machine(), loadBefore, loadAfter: loadavg()[0], connections, duration, rounds, warmup, numbers, seedSeconds, phoneNumbersTotal, measured, usersBefore, numbersBefore, prism, prismStartSeconds },
      null,
      2,
    ) + '\n',
  );
} finally {
  for (const c of children.reverse()) await stop(c);
  rmSync(dir, { recursive: true, force: true });
}
