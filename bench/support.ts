// What the bench scripts share: starting and stopping servers, a demo token,
// one autocannon load, medians of rounds, and the machine line.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import autocannon from 'autocannon';

/**
 * Starts a command in its own process group (so stopping it also stops what it
 * started: npx -> prism) and resolves once its output matches `ready`.
 */
export function start(cmd: string, args: string[], env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    let started = false;
    const timer = setTimeout(() => reject(new Error(`${cmd} ${args.join(' ')} did not start:\n${out}`)), 120_000);
    const onData = (d: Buffer) => {
      // Keep reading after start-up, or a chatty child would block on a full pipe; keep only the tail.
      out = (out + d).slice(-20_000);
      if (!started && ready.test(out)) {
        started = true;
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (!started) reject(new Error(`${cmd} exited ${code}:\n${out}`));
    });
  });
}

/** SIGTERM to the child's process group, then waits for it to exit (SIGKILL after 10 s). */
export async function stop(child: ChildProcess): Promise<void> {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000).unref());
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await exited;
  }
}

/** A bearer token for the demo app. */
export async function demoToken(base: string): Promise<string> {
  const res = await fetch(`${base}/oauth/token?grant_type=account_credentials&account_id=demo-account`, {
    method: 'POST',
    headers: { authorization: 'Basic ' + Buffer.from('demo-client-id:demo-client-secret').toString('base64') },
  });
  if (res.status !== 200) throw new Error(`token: ${res.status} ${await res.text()}`);
  return (await res.json()).access_token as string;
}

export interface Round {
  rps: number;
  p50: number;
  p99: number;
  /** The server process's CPU time (user + system, all threads) per request, µs; null where unknown. */
  cpuUs: number | null;
  non2xx: number;
  errors: number;
}

// USER_HZ: 100 on every Linux architecture Node runs on.
const CLOCK_TICKS = 100;

/**
 * A process's CPU time so far, seconds, from /proc (Linux); undefined elsewhere.
 * Unlike req/s it barely moves when other work shares the cores.
 */
export function cpuSeconds(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
/** One autocannon load; with the server's pid, also its CPU time per request. */
export async function load(url: string, headers: Record<string, string> | undefined, connections: number, duration: number, pid?: number): Promise<Round> {
  const cpuBefore = cpuSeconds(pid);
  const r = await autocannon({ url, headers, connections, duration });
  const cpuAfter = cpuSeconds(pid);
  const cpuUs = cpuBefore !== undefined && cpuAfter !== undefined && r.requests.total > 0 ? (1e6 * (cpuAfter - cpuBefore)) / r.requests.total : null;
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, cpuUs, non2xx: r.non2xx, errors: r.errors + r.timeouts };
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median of each figure over rounds; non-2xx and errors are summed. */
export function summarize(runs: Round[]): Round {
  return {
    rps: Math.round(median(runs.map((r) => r.rps))),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    cpuUs: runs.every((r) => r.cpuUs !== null) ? Math.round(median(runs.map((r) => r.cpuUs!))) : null,
    non2xx: runs.reduce((a, r) => a + r.non2xx, 0),
    errors: runs.reduce((a, r) => a + r.errors, 0),
  };
}

/** "2 cores (AMD EPYC ...), 24 GiB, Node v20.x": cores as `nproc` counts them. */
export function machine(): string {
  return `${availableParallelism()} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}
