// Summarises a V8 .cpuprofile (node --cpu-prof): the functions with the most self
// time, the most inclusive time (a function counted once per sample however deep
// it recurs), and every sample by kind of work (bucketOf), optionally within a window
// (CLOCK_MONOTONIC microseconds, as process.hrtime and V8's profile both count).
// Usage: tsx bench/cpuprofile.ts FILE.cpuprofile [--top 15] [--from US --to US]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Entry {
  name: string;
  ms: number;
  /** Share of the window's sampled time, idle included. */
  share: number;
}

export interface Summary {
  /** Sampled time in the window, ms. */
  totalMs: number;
  /** Sampled time not idle, ms. */
  busyMs: number;
  self: Entry[];
  inclusive: Entry[];
  /** Every sample in one bucket of work (see bucketOf). */
  buckets: Entry[];
}

const root = process.cwd() + '/';

/** node_modules/fastify/lib/reply.js -> fastify/lib/reply.js; file:///…/src/x.ts -> src/x.ts */
export function shortUrl(url: string): string {
  if (!url) return '';
  let u = url.startsWith('file://') ? fileURLToPath(url) : url;
  const nm = u.lastIndexOf('node_modules/');
  if (nm >= 0) return u.slice(nm + 'node_modules/'.length);
  if (u.startsWith(root)) u = u.slice(root.length);
  return u;
}

/** The package a frame belongs to: an npm package, node's own code, a folder of this project, or V8's. */
export function packageOf(frame: CallFrame): string {
  const url = frame.url;
  if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(V8 builtins and generated code)';
  if (url.startsWith('node:')) return 'node: core';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const parts = shortUrl(url).split('/');
  return parts.length > 1 ? parts.slice(0, -1).join('/') : parts[0];
}

/**
 * What a sample was doing, from its stack (leaf first): V8's own states, a statement
 * inside SQLite (bench/sql-trace.ts names it), or else whatever code the first frame
 * with a script belongs to, so that builtins and generated code (Ajv's validators,
 * fast-json-stringify's serializers) count to the code that called them. V8 gives
 * JSON.parse no frame of its own: it is its caller's self time (parseData, present).
 */
export function bucketOf(stack: CallFrame[]): string {
  const leaf = stack[0];
  if (leaf.functionName.startsWith('(')) return leaf.functionName;
  const first = stack.find((f) => f.url || f.functionName === 'sqliteStatement');
  if (!first) return 'V8 builtins (no caller with a script)';
  if (first.functionName === 'sqliteStatement' || first.url.includes('/better-sqlite3/')) return 'SQLite: statements run (native, better-sqlite3)';
  const u = first.url;
  const fn = first.functionName;
  if (u.includes('/kysely/')) return 'Kysely: building, compiling, driver';
  if (u.includes('/fast-json-stringify/') || (u.includes('fastify/lib/reply.js') && (fn === 'preSerializationHookEnd' || fn === 'serialize'))) {
    return 'response serialization (fast-json-stringify)';
  }
  if (u.includes('/ajv/') || u.includes('fastify/lib/validation.js')) return 'request validation (Ajv)';
  const short = shortUrl(u);
  if (short.startsWith('src/domain/')) return 'handlers and presentation (src/domain)';
  if (short.startsWith('src/store/')) return 'src/store (prepared queries, statement cache)';
  if (short.startsWith('src/platform/')) return 'src/platform (tokens, accounts, pagination)';
  if (short.startsWith('src/http/')) return 'src/http (operation glue)';
  if (/\/(pino|pino-std-serializers|sonic-boom|thread-stream)\//.test(u)) return 'logging (pino)';
  if (/\/(fastify|find-my-way|avvio|light-my-request|@fastify\/[^/]+|fast-querystring|toad-cache|process-warning)\//.test(u)) return 'Fastify: routing, hooks, reply';
  if (u.startsWith('node:')) return 'node core: HTTP parser, sockets, streams, timers';
  return packageOf(first);
}

const frameName = (f: CallFrame) => {
  const url = shortUrl(f.url);
  const fn = f.functionName || '(anonymous)';
  return url ? `${fn} ${url}:${f.lineNumber + 1}` : fn;
};

export function summarize(profile: CpuProfile, opts: { from?: number; to?: number; top?: number } = {}): Summary {
  const top = opts.top ?? 15;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const buckets = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  let total = 0;
  let idle = 0;
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    if (opts.from !== undefined && t < opts.from) continue;
    if (opts.to !== undefined && t > opts.to) break;
    // A sample stands for the time until the next one.
    const weight = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i]) / 1000;
    const leaf = byId.get(profile.samples[i])!;
    total += weight;
    if (leaf.callFrame.functionName === '(idle)') idle += weight;
    add(self, frameName(leaf.callFrame), weight);
    const stack: CallFrame[] = [];
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) stack.push(byId.get(id)!.callFrame);
    add(buckets, bucketOf(stack), weight);
    const seen = new Set<string>();
    for (const frame of stack) {
      const name = frameName(frame);
      if (seen.has(name)) continue;
      seen.add(name);
      add(inclusive, name, weight);
    }
  }
  const ranked = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => ({ name, ms, share: total ? ms / total : 0 }));
  return {
    totalMs: total,
    busyMs: total - idle,
    self: ranked(self, top),
    inclusive: ranked(new Map([...inclusive].filter(([k]) => k !== '(root)')), top),
    buckets: ranked(buckets, buckets.size),
  };
}

/** Markdown tables; with `requests`, also microseconds per request. */
export function formatSummary(title: string, s: Summary, requests?: number): string {
  const pct = (e: Entry) => `${(100 * e.share).toFixed(1)}%`;
  const busy = (e: Entry) => (s.busyMs ? `${((100 * e.ms) / s.busyMs).toFixed(1)}%` : '');
  const perRequest = (e: Entry) => (requests ? ` ${((1000 * e.ms) / requests).toFixed(1)} |` : '');
  const table = (heading: string, entries: Entry[]) => [
    '',
    `| ${heading} | ms | of sampled | of busy |${requests ? ' µs per request |' : ''}`,
    `|---|---:|---:|---:|${requests ? '---:|' : ''}`,
    ...entries.map((e) => `| \`${e.name.replace(/\|/g, '\\|')}\` | ${e.ms.toFixed(0)} | ${pct(e)} | ${busy(e)} |${perRequest(e)}`),
  ];
  return [
    `### ${title}`,
    '',
    `Sampled ${s.totalMs.toFixed(0)} ms of the main thread, ${s.busyMs.toFixed(0)} ms not idle` +
      (requests ? ` (${((1000 * s.busyMs) / requests).toFixed(0)} µs per request).` : '.'),
    ...table('self time', s.self),
    ...table('inclusive time', s.inclusive),
    ...table('all samples by kind of work', s.buckets),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '15' }, from: { type: 'string' }, to: { type: 'string' } },
  });
  for (const file of positionals) {
    const profile: CpuProfile = JSON.parse(readFileSync(file, 'utf8'));
    const summary = summarize(profile, {
      top: Number(values.top),
      from: values.from === undefined ? undefined : Number(values.from),
      to: values.to === undefined ? undefined : Number(values.to),
    });
    console.log(formatSummary(file, summary) + '\n');
  }
}
