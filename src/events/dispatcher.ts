// Delivers the outbox. Each pass takes the active subscriptions that owe
// something due (in sandbox time), and for each one a lease — a conditional
// update the database decides, so that of several processes over one database
// exactly one delivers a subscription's events at a time, in the order they were
// written. A receiver that does not answer 2xx within 3 seconds gets the event
// again 5, 20 and 60 minutes later (sandbox time); after the fourth attempt the
// delivery is failed. A process that dies holding a lease loses it when the lease
// runs out, and the next pass sends what it had not recorded as sent.
import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import type { Clock } from '../clock.ts';
import { insertRows } from '../kit/store.ts';
import { postSigned, type PostResult } from './post.ts';
import { outboxWrites } from './outbox.ts';
import { REVALIDATE_AFTER_MS, revalidate, type SubscriptionRow } from './subscriptions.ts';
import type { WebhookAttemptTable } from './tables.ts';

/** Minutes after an attempt the next one is due: Zoom retries three times, 5, 20 and 60 minutes apart. */
export const RETRY_MINUTES = [5, 20, 60] as const;
export const MAX_ATTEMPTS = RETRY_MINUTES.length + 1;
/** Deliveries written to the connection together (its pipeline is shorter: the rest queue behind). */
const CHUNK = 50;

export interface DispatcherOptions {
  /** How often to look for due deliveries when nothing signals (others processes' writes, clock moves elsewhere). */
  pollMs?: number;
  /** How long a lease holds a subscription (real time); renewed while it delivers. */
  leaseMs?: number;
  /** Deliveries taken per subscription and lease round. */
  batch?: number;
}

interface Due {
  id: string;
  attempts: number;
  body: string;
}

export class Dispatcher {
  private readonly owner = randomUUID();
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = true;
  private seenWrites = -1;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly batch: number;

  constructor(
    private readonly db: () => Kysely<Database>,
    private readonly clock: Clock,
    options: DispatcherOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 250;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.batch = options.batch ?? 200;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.timer = setInterval(() => this.kick(), this.pollMs);
    this.timer.unref();
    this.kick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Looks for due deliveries now (after a write, a clock move, a redelivery). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.passes().finally(() => (this.running = undefined));
  }

  /** kick() when this process wrote deliveries since it last looked. */
  kickIfWritten(): void {
    if (outboxWrites() !== this.seenWrites) this.kick();
  }

  /** Looks once more, and resolves when nothing due is left to send (tests and benchmarks wait on it). */
  async idle(): Promise<void> {
    this.kick();
    while (this.running) await this.running;
  }

  private async passes(): Promise<void> {
    do {
      this.again = false;
      this.seenWrites = outboxWrites();
      try {
        await this.pass();
      } catch (error) {
        // A pass that fails (the database restarting, say) is retried by the next poll.
        if (!this.stopped) console.error('webhooks: delivery pass failed:', error);
      }
    } while (this.again && !this.stopped);
  }

  private async pass(): Promise<void> {
    const db = this.db();
    const now = this.clock.now();
    const subscriptions = await db.selectFrom('webhook_subscriptions').selectAll().where('status', '=', 'active').orderBy('seq').execute();
    await Promise.all(subscriptions.map((s) => this.serve(db, s, now)));
  }

  /** Everything one subscription is owed now, under its lease. */
  private async serve(db: Kysely<Database>, sub: SubscriptionRow, now: number): Promise<void> {
    const revalidating = sub.validated_at !== null && sub.validated_at + REVALIDATE_AFTER_MS <= now;
    if (!revalidating && !(await this.due(db, sub.id, now, 1)).length) return;
    if (!(await this.lease(db, sub.id))) return;
    try {
      if (revalidating && (await revalidate(db, sub, now)).status !== 'active') return;
      for (;;) {
        const due = await this.due(db, sub.id, this.clock.now(), this.batch);
        if (!due.length || this.stopped) return;
        await this.deliver(db, sub, due);
        if (due.length < this.batch) return;
        if (!(await this.lease(db, sub.id))) return;
      }
    } finally {
      await db.updateTable('webhook_subscriptions').set({ lease_owner: null, lease_until: null }).where('id', '=', sub.id).where('lease_owner', '=', this.owner).execute();
    }
  }

  private due(db: Kysely<Database>, subscriptionId: string, now: number, limit: number): Promise<Due[]> {
    return db
      .selectFrom('webhook_deliveries as d')
      .innerJoin('webhook_events as e', 'e.id', 'd.event_id')
      .select(['d.id', 'd.attempts', 'e.body'])
      .where('d.subscription_id', '=', subscriptionId)
      .where('d.status', '=', 'pending')
      .where('d.due_at', '<=', now)
      .orderBy('d.seq')
      .limit(limit)
      .execute();
  }

  /** Takes (or renews) the subscription's lease; false when another live process holds it. */
  private async lease(db: Kysely<Database>, subscriptionId: string): Promise<boolean> {
    const real = Date.now();
    const r = await db
      .updateTable('webhook_subscriptions')
      .set({ lease_owner: this.owner, lease_until: real + this.leaseMs })
      .where('id', '=', subscriptionId)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', real), eb('lease_owner', '=', this.owner)]))
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /**
   * Sends the deliveries in order, pipelined on the endpoint's connection a
   * chunk at a time, then records every attempt in one transaction. A request
   * that failed only because the connection closed under an earlier failure was
   * not an attempt: it stays due and goes out again on the next pass.
   */
  private async deliver(db: Kysely<Database>, sub: SubscriptionRow, due: Due[]): Promise<void> {
    const results: { d: Due; at: number; r: PostResult }[] = [];
    let leased = Date.now();
    for (let i = 0; i < due.length; i += CHUNK) {
      // Slow receivers: renew the lease before half of it is gone, so nobody else starts on this subscription.
      if (Date.now() - leased > this.leaseMs / 2) {
        if (!(await this.lease(db, sub.id))) break;
        leased = Date.now();
      }
      const at = this.clock.now();
      const chunk = due.slice(i, i + CHUNK);
      const answers = await Promise.all(chunk.map((d) => postSigned(sub.endpoint_url, d.body, sub.secret_token, at)));
      let failed = false;
      for (const [j, r] of answers.entries()) {
        if (r.unsent && failed) continue;
        if (r.error || !r.status || r.status < 200 || r.status >= 300) failed = true;
        results.push({ d: chunk[j]!, at, r });
      }
    }
    await db.transaction().execute(async (trx) => {
      const attempts: Insertable<WebhookAttemptTable>[] = [];
      // The usual case, a first attempt answered 2xx, is one statement for the whole batch.
      const firstTimeDelivered: string[] = [];
      for (const { d, at, r } of results) {
        const attempt = d.attempts + 1;
        const ok = !r.error && r.status !== undefined && r.status >= 200 && r.status < 300;
        const status = ok ? 'delivered' : attempt >= MAX_ATTEMPTS ? 'failed' : 'pending';
        const dueAt = status === 'pending' ? at + RETRY_MINUTES[attempt - 1]! * 60_000 : at;
        if (ok && attempt === 1) firstTimeDelivered.push(d.id);
        else await trx.updateTable('webhook_deliveries').set({ status, attempts: attempt, due_at: dueAt }).where('id', '=', d.id).execute();
        attempts.push({
          account_id: sub.account_id,
          delivery_id: d.id,
          attempt,
          at,
          signature: r.signature,
          status_code: r.status ?? null,
          latency_ms: r.latencyMs,
          outcome: ok ? 'delivered' : 'failed',
          error: ok ? null : (r.error ?? `the endpoint answered ${r.status}`),
        });
      }
      for (let i = 0; i < firstTimeDelivered.length; i += 500) {
        const ids = firstTimeDelivered.slice(i, i + 500);
        await trx.updateTable('webhook_deliveries').set({ status: 'delivered', attempts: 1 }).where('id', 'in', ids).execute();
      }
      await insertRows(trx, 'webhook_attempts', attempts);
    });
  }
}
