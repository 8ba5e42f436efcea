// A preload for profiling (`node --import tsx --import ./bench/sql-trace.ts ...`):
// counts and times every better-sqlite3 statement run in the process, by SQL text,
// without touching the server's code. Wall time only: process.cpuUsage() costs a
// getrusage call (about 10 µs on a busy host), which would distort the profile. SIGUSR2 zeroes the counts (the start of a
// measured window); on exit the counts go to SQL_TRACE_OUT as JSON.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const SQLite = require('better-sqlite3');

interface Tally {
  calls: number;
  ns: bigint;
  rows: number;
}
let tallies = new Map<string, Tally>();

// Every statement shares the native Statement prototype: wrap its runners there.
const probe = new SQLite(':memory:');
const proto = Object.getPrototypeOf(probe.prepare('select 1'));
probe.close();
for (const method of ['all', 'get', 'run', 'iterate'] as const) {
  const original = proto[method];
  // Named, so that a profile shows the time spent inside SQLite under this name.
  proto[method] = function sqliteStatement(this: { source: string }, ...args: unknown[]) {
    const started = process.hrtime.bigint();
    const result = original.apply(this, args);
    const ns = process.hrtime.bigint() - started;
    const t = tallies.get(this.source) ?? { calls: 0, ns: 0n, rows: 0 };
    t.calls++;
    t.ns += ns;
    if (method === 'all' && Array.isArray(result)) t.rows += result.length;
    tallies.set(this.source, t);
    return result;
  };
}

process.on('SIGUSR2', () => {
  tallies = new Map();
});

process.on('exit', () => {
  const out = process.env.SQL_TRACE_OUT;
  if (!out) return;
  const statements = [...tallies.entries()]
    .map(([sql, t]) => ({ sql, calls: t.calls, ms: Number(t.ns) / 1e6, rows: t.rows }))
    .sort((a, b) => b.ms - a.ms);
  writeFileSync(out, JSON.stringify({ statements }, null, 2) + '\n');
});
