// Zoom Phone rate limits, per account and per label, counted in the database so
// that every server process over the same database enforces one shared limit.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import type { RateLimitLabel } from '../contract.ts';
import type { Plan } from './accounts.ts';

/** The label an operation gets when the documents give none (documented in the README). */
export const DEFAULT_LABEL: RateLimitLabel = 'MEDIUM';

interface PlanLimits {
  perSecond: Record<Exclude<RateLimitLabel, 'RESOURCE-INTENSIVE'>, number>;
  resourceIntensivePerMinute: number;
  /** Shared by HEAVY and RESOURCE-INTENSIVE. */
  daily: number;
}

export const PLAN_LIMITS: Record<Plan, PlanLimits> = {
  business_plus: { perSecond: { LIGHT: 40, MEDIUM: 20, HEAVY: 10 }, resourceIntensivePerMinute: 10, daily: 30_000 },
  pro: { perSecond: { LIGHT: 20, MEDIUM: 10, HEAVY: 5 }, resourceIntensivePerMinute: 5, daily: 15_000 },
};

const CATEGORY: Record<RateLimitLabel, string> = {
  LIGHT: 'Light',
  MEDIUM: 'Medium',
  HEAVY: 'Heavy',
  'RESOURCE-INTENSIVE': 'Resource-intensive',
};

export interface RateDecision {
  allowed: boolean;
  headers: Record<string, string>;
  message?: string;
}

const DAY_MS = 86_400_000;

export class RateLimiter {
  private lastSweep = 0;

  constructor(private readonly db: () => Kysely<Database>) {}

  private async hit(accountId: string, bucket: string, windowStart: number): Promise<number> {
    const row = await this.db()
      .insertInto('rate_counters')
      .values({ account_id: accountId, bucket, window_start: windowStart, count: 1 })
      .onConflict((oc) =>
        oc.columns(['account_id', 'bucket', 'window_start']).doUpdateSet((eb) => ({ count: eb('rate_counters.count', '+', 1) })),
      )
      .returning('count')
      .executeTakeFirstOrThrow();
    return row.count;
  }

  async check(accountId: string, plan: Plan, label: RateLimitLabel, now: number): Promise<RateDecision> {
    await this.sweep(now);
    const limits = PLAN_LIMITS[plan];
    const category = CATEGORY[label];
    const windowMs = label === 'RESOURCE-INTENSIVE' ? 60_000 : 1000;
    const limit = label === 'RESOURCE-INTENSIVE' ? limits.resourceIntensivePerMinute : limits.perSecond[label];
    const windowStart = Math.floor(now / windowMs) * windowMs;

    if (label === 'HEAVY' || label === 'RESOURCE-INTENSIVE') {
      const dayStart = Math.floor(now / DAY_MS) * DAY_MS;
      const used = await this.hit(accountId, 'daily', dayStart);
      if (used > limits.daily) {
        return {
          allowed: false,
          message:
            'You have reached the maximum daily rate limit for this API. Refer to the response header for details on when you can make another request.',
          headers: {
            'Retry-After': new Date(dayStart + DAY_MS).toUTCString(),
            'X-RateLimit-Category': category,
            'X-RateLimit-Type': 'Daily-limit',
            'X-RateLimit-Limit': String(limits.daily),
            'X-RateLimit-Remaining': '0',
          },
        };
      }
    }

    const used = await this.hit(accountId, label, windowStart);
    const headers: Record<string, string> = {
      'X-RateLimit-Category': category,
      'X-RateLimit-Type': label === 'RESOURCE-INTENSIVE' ? 'QPM' : 'QPS',
      'X-RateLimit-Limit': String(limit),
      'X-RateLimit-Remaining': String(Math.max(0, limit - used)),
    };
    if (used <= limit) return { allowed: true, headers };
    const wait = String(Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000)));
    // Zoom names the wait of a per-second (or per-minute) limit in X-RateLimit-Reset; Retry-After says it too, for generic clients.
    headers['X-RateLimit-Reset'] = wait;
    headers['Retry-After'] = wait;
    return {
      allowed: false,
      headers,
      message:
        label === 'RESOURCE-INTENSIVE'
          ? 'You have reached the maximum per-minute rate limit for this API. Try again later.'
          : 'You have reached the maximum per-second rate limit for this API. Try again later.',
    };
  }

  /** Old windows are dead weight; drop them about once a minute. */
  private async sweep(now: number): Promise<void> {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    await this.db()
      .deleteFrom('rate_counters')
      .where((eb) =>
        eb.or([
          eb.and([eb('bucket', '!=', 'daily'), eb('window_start', '<', now - 120_000)]),
          eb('window_start', '<', now - 2 * DAY_MS),
        ]),
      )
      .execute();
  }
}
