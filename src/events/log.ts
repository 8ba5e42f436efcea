// The delivery log of a subscription (each event owed, each attempt with its
// status code, latency and the exact body sent) and redelivery of what it logged.
import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { isoSeconds } from '../clock.ts';
import { ZoomError } from '../errors.ts';
import { insertRows } from '../kit/store.ts';
import type { WebhookDeliveryTable } from './tables.ts';

export interface LogQuery {
  status?: 'pending' | 'delivered' | 'failed';
  event?: string;
  /** event_ts window, epoch ms. */
  from?: number;
  to?: number;
  page_size: number;
  next_page_token?: string;
}

const token = (seq: number) => Buffer.from(String(seq)).toString('base64url');
function afterSeq(t: string | undefined): number {
  if (!t) return 0;
  const n = Number(Buffer.from(t, 'base64url').toString());
  if (!Number.isSafeInteger(n) || n < 0) throw new ZoomError(400, 300, 'Invalid next_page_token.', [{ field: 'next_page_token', message: 'Invalid next_page_token.' }]);
  return n;
}

/** The subscription's deliveries in the order they were owed, with every attempt. */
export async function deliveryLog(db: Kysely<Database>, subscriptionId: string, q: LogQuery) {
  let query = db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('webhook_events as e', 'e.id', 'd.event_id')
    .select(['d.seq', 'd.id', 'd.event_id', 'd.status', 'd.attempts', 'd.due_at', 'e.event', 'e.event_ts', 'e.body'])
    .where('d.subscription_id', '=', subscriptionId)
    .where('d.seq', '>', afterSeq(q.next_page_token));
  if (q.status) query = query.where('d.status', '=', q.status);
  if (q.event) query = query.where('e.event', '=', q.event);
  if (q.from !== undefined) query = query.where('e.event_ts', '>=', q.from);
  if (q.to !== undefined) query = query.where('e.event_ts', '<=', q.to);
  const rows = await query.orderBy('d.seq').limit(q.page_size + 1).execute();
  const page = rows.slice(0, q.page_size);
  const attempts = page.length
    ? await db.selectFrom('webhook_attempts').selectAll().where('delivery_id', 'in', page.map((r) => r.id)).orderBy('seq').execute()
    : [];
  return {
    deliveries: page.map((r) => ({
      id: r.id,
      event_id: r.event_id,
      event: r.event,
      event_ts: Number(r.event_ts),
      status: r.status,
      next_attempt_at: r.status === 'pending' && Number(r.due_at) > 0 ? isoSeconds(Number(r.due_at)) : null,
      body: r.body,
      attempts: attempts
        .filter((a) => a.delivery_id === r.id)
        .map((a) => ({
          attempt: a.attempt,
          at: isoSeconds(Number(a.at)),
          status_code: a.status_code,
          latency_ms: a.latency_ms,
          outcome: a.outcome,
          error: a.error,
          signature: a.signature,
        })),
    })),
    next_page_token: rows.length > q.page_size ? token(Number(page[page.length - 1]!.seq)) : '',
  };
}

/**
 * Owes the subscription again the events it was owed before — one by id, or all
 * whose event_ts falls in a window — as new deliveries, due at once, in their order.
 */
export async function redeliver(db: Kysely<Database>, subscriptionId: string, accountId: string, which: { event_id?: string; from?: number; to?: number }): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    let q = trx
      .selectFrom('webhook_deliveries as d')
      .innerJoin('webhook_events as e', 'e.id', 'd.event_id')
      .select(['e.id', 'e.event_ts', 'e.seq'])
      .distinct()
      .where('d.subscription_id', '=', subscriptionId);
    if (which.event_id) q = q.where('e.id', '=', which.event_id);
    if (which.from !== undefined) q = q.where('e.event_ts', '>=', which.from);
    if (which.to !== undefined) q = q.where('e.event_ts', '<=', which.to);
    const events = await q.orderBy('e.seq').execute();
    if (which.event_id && !events.length) throw new ZoomError(404, 404, `This subscription was never owed event ${which.event_id}.`);
    const rows: Insertable<WebhookDeliveryTable>[] = events.map((e) => ({
      id: randomUUID(),
      account_id: accountId,
      subscription_id: subscriptionId,
      event_id: e.id,
      status: 'pending',
      attempts: 0,
      due_at: 0,
      created_at: Number(e.event_ts),
    }));
    await insertRows(trx, 'webhook_deliveries', rows);
    return rows.map((r) => r.id);
  });
}
