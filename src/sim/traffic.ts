// `POST /_sandbox/traffic`: a stream of calls over a span of sandbox time, so
// that a dashboard or an analytics integration has volume to read. Arrivals
// follow a rate per minute shaped by a business-hours curve; each call's caller,
// target, outcome and durations are drawn from a seeded generator, so one seed
// gives the same calls, ids and records. Every call goes through the same router
// and records as `POST /_sandbox/calls`.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import type { SimRoute } from './route.ts';
import { SeededIds } from '../ids.ts';
import { isoSeconds } from '../clock.ts';
import { ZoomError } from '../errors.ts';
import type { CallOutcome, SimulatedCall } from '../families/call-logs/public.ts';
import { recordSimulated } from './record.ts';
import { assignedNumbers } from '../families/numbers/public.ts';
import { Directory } from './directory.ts';
import { routeCall } from './router.ts';
import { localTime, zoneOrDefault } from './hours.ts';
import type { CallScript } from './script.ts';

export interface TrafficRequest {
  from?: string;
  to?: string;
  rate_per_minute?: number;
  business_hours_curve?: boolean;
  mix?: Partial<Record<'answered' | 'voicemail' | 'missed' | 'abandoned', number>>;
  mean_talk_seconds?: number;
  seed?: string;
  numbers?: string[];
  time_zone?: string;
  max_calls?: number;
}

/** The most calls one request may make. */
export const MAX_TRAFFIC_CALLS = 1_000_000;
const DEFAULT_MIX = { answered: 0.65, voicemail: 0.15, missed: 0.1, abandoned: 0.1 };
const MINUTE = 60_000;
/** Calls recorded together. */
const RECORD_BATCH = 250;

/** A small, fast, seedable generator (mulberry32) whose sequence is the same on every machine. */
export function random(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
  let a = (h << 13) | (h >>> 19);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How busy a moment is, 0–1: office hours on weekdays full, evenings and weekends a trickle. */
export function businessCurve(at: number, timeZone: string): number {
  const { weekday, minutes } = localTime(at, timeZone);
  const hour = minutes / 60;
  if (weekday === 1 || weekday === 7) return 0.1;
  if (hour >= 9 && hour < 17) return hour >= 12 && hour < 13 ? 0.7 : 1;
  if (hour >= 7 && hour < 19) return 0.35;
  return 0.05;
}

/** A Poisson draw with mean `mean` (Knuth's method for small means, a normal approximation past 30). */
function poisson(next: () => number, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * Math.sqrt(-2 * Math.log(next() || 1e-12)) * Math.cos(2 * Math.PI * next())));
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = next(); p > limit; p *= next()) k++;
  return k;
}

function pick<T>(next: () => number, weights: [T, number][]): T {
  const total = weights.reduce((n, [, w]) => n + w, 0);
  let r = next() * total;
  for (const [value, w] of weights) if ((r -= w) < 0) return value;
  return weights[weights.length - 1]![0];
}

/** The script that makes a call end the way the mix drew (the routing may still end it otherwise: a blocked caller, say). */
function scriptFor(outcome: keyof typeof DEFAULT_MIX, next: () => number, meanTalk: number): CallScript {
  const talk = Math.max(5, Math.round(-Math.log(1 - next()) * meanTalk));
  switch (outcome) {
    case 'answered':
      return { ring_seconds: 2 + Math.floor(next() * 15), talk_seconds: talk, record: next() < 0.3 };
    case 'voicemail':
      return { no_answer: true, voicemail_seconds: 8 + Math.floor(next() * 50) };
    case 'missed':
      return { no_answer: true, voicemail_seconds: 0 };
    case 'abandoned':
      return { no_answer: true, hang_up_after_seconds: 3 + Math.floor(next() * 20) };
  }
}

export interface TrafficResult {
  calls: number;
  outcomes: Record<CallOutcome, number>;
  from: string;
  to: string;
}

/** Places the stream of calls a traffic request describes, in the caller's transaction. */
export async function generateTraffic(db: Kysely<Database>, accountId: string, now: number, body: TrafficRequest): Promise<TrafficResult> {
  const to = body.to ? Date.parse(body.to) : now;
  const from = body.from ? Date.parse(body.from) : to - 24 * 60 * MINUTE;
  if (!Number.isFinite(from) || !Number.isFinite(to) || from >= to) throw new ZoomError(400, 300, 'from must be a date-time before to.');
  const seed = body.seed ?? 'traffic';
  const next = random(seed);
  const ids = new SeededIds(`traffic:${seed}`);
  const dir = new Directory(db, accountId);
  const targets = body.numbers?.length ? body.numbers : await assignedNumbers(db, accountId);
  if (targets.length === 0) throw new ZoomError(400, 300, 'The account has no assigned number to call: give numbers.');
  const zone = zoneOrDefault(body.time_zone);
  const mix = Object.entries({ ...DEFAULT_MIX, ...body.mix }) as [keyof typeof DEFAULT_MIX, number][];
  const rate = body.rate_per_minute ?? 1;
  const cap = Math.min(body.max_calls ?? MAX_TRAFFIC_CALLS, MAX_TRAFFIC_CALLS);
  const outcomes: Record<CallOutcome, number> = { answered: 0, voicemail: 0, missed: 0, blocked: 0, abandoned: 0, busy: 0 };
  let calls = 0;
  // Calls are recorded a batch at a time: each table's rows of a batch go in one statement.
  let batch: SimulatedCall[] = [];
  const flush = async () => {
    await recordSimulated(db, ids, batch);
    batch = [];
    // A batch runs without giving the event loop a turn (SQLite answers synchronously): let the server's
    // other work — webhook deliveries, answers to other requests — have one between batches.
    await new Promise((resolve) => setImmediate(resolve));
  };
  for (let minute = from; minute < to && calls < cap; minute += MINUTE) {
    const curve = body.business_hours_curve === false ? 1 : businessCurve(minute, zone);
    const arrivals = poisson(next, rate * curve);
    const starts = Array.from({ length: arrivals }, () => minute + Math.floor(next() * MINUTE)).sort((a, b) => a - b);
    for (const startAt of starts) {
      if (calls >= cap || startAt >= to) break;
      const caller = `+1${200 + Math.floor(next() * 700)}555${String(Math.floor(next() * 10000)).padStart(4, '0')}`;
      const target = targets[Math.floor(next() * targets.length)]!;
      const script = { ...scriptFor(pick(next, mix), next, body.mean_talk_seconds ?? 180), digits: '1' };
      const call = await routeCall(dir, ids, { from: caller, to: target, startAt, script });
      batch.push(call);
      if (batch.length === RECORD_BATCH) await flush();
      outcomes[call.outcome]++;
      calls++;
    }
  }
  if (batch.length) await flush();
  return { calls, outcomes, from: isoSeconds(from), to: isoSeconds(to) };
}

export const trafficRoutes: SimRoute[] = [
  {
    method: 'POST',
    url: '/traffic',
    summary: 'Generate a stream of calls over a span of sandbox time (rate, business-hours curve, outcome mix, seed): many calls in seconds of real time',
    status: 201,
    body: {
      type: 'object',
      properties: {
        from: { type: 'string', format: 'date-time', description: 'Start of the span (default: 24 hours before `to`).' },
        to: { type: 'string', format: 'date-time', description: 'End of the span (default: the sandbox clock now).' },
        rate_per_minute: { type: 'number', minimum: 0, maximum: 1000, default: 1, description: 'Average calls a minute at the busiest hours.' },
        business_hours_curve: { type: 'boolean', default: true, description: 'Shape the rate by the hour and weekday (in time_zone): full 9–17 on weekdays, a trickle at night and on weekends.' },
        time_zone: { type: 'string', description: 'The time zone of the curve (default UTC).' },
        mix: {
          type: 'object',
          additionalProperties: false,
          description: 'Relative weights of the outcomes the callers aim for (default 0.65 answered, 0.15 voicemail, 0.1 missed, 0.1 abandoned).',
          properties: { answered: { type: 'number', minimum: 0 }, voicemail: { type: 'number', minimum: 0 }, missed: { type: 'number', minimum: 0 }, abandoned: { type: 'number', minimum: 0 } },
        },
        mean_talk_seconds: { type: 'integer', minimum: 1, maximum: 7200, default: 180 },
        numbers: { type: 'array', items: { type: 'string' }, maxItems: 100, description: "The account's numbers called (default: every assigned number of the account)." },
        seed: { type: 'string', maxLength: 128, default: 'traffic', description: 'The same seed gives the same calls and records.' },
        max_calls: { type: 'integer', minimum: 1, maximum: MAX_TRAFFIC_CALLS },
      },
    },
    response: {
      type: 'object',
      properties: {
        calls: { type: 'integer' },
        outcomes: { type: 'object', additionalProperties: { type: 'integer' } },
        from: { type: 'string' },
        to: { type: 'string' },
      },
    },
    run: (ctx, body: TrafficRequest) => generateTraffic(ctx.db, ctx.accountId, ctx.clock.now(), body),
  },
];
