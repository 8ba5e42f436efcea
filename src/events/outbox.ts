// The durable outbox: a Zoom event a subscription wants is written, with one
// delivery per subscription, in the transaction of the change that raised it —
// so a change and its events commit together or not at all, and a crash after
// the commit loses nothing (the dispatcher finds the deliveries still pending).
import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import type { EventName, Events } from '../kit/events.ts';
import { insertRows } from '../kit/store.ts';
import type { Translator } from './translate.ts';
import type { ZoomEventDraft } from './zoom-events.ts';
import type { WebhookDeliveryTable, WebhookEventTable } from './tables.ts';

interface Subscriber {
  id: string;
  /** The subscription's own account (a master's, for a sub account's event). */
  accountId: string;
  events: ReadonlySet<string>;
}

// Translators run for every call of a stream of traffic; the subscriptions they
// ask about are read once per transaction and account, not once per event.
const perTransaction = new WeakMap<object, Map<string, Promise<Subscriber[]>>>();

/** The active subscriptions that receive the account's events: its own, and its master's that take sub accounts'. */
function subscribersOf(db: Kysely<Database>, accountId: string): Promise<Subscriber[]> {
  const read = async (): Promise<Subscriber[]> => {
    const rows = await db
      .selectFrom('webhook_subscriptions')
      .select(['id', 'account_id', 'events'])
      .where('status', '=', 'active')
      .where((eb) =>
        eb.or([
          eb('account_id', '=', accountId),
          eb.and([eb('include_sub_accounts', '=', 1), eb('account_id', 'in', eb.selectFrom('accounts').select('parent_id').where('id', '=', accountId).where('parent_id', 'is not', null) as any)]),
        ]),
      )
      .orderBy('seq')
      .execute();
    return rows.map((r) => ({ id: r.id, accountId: r.account_id, events: new Set(JSON.parse(r.events) as string[]) }));
  };
  if (!db.isTransaction) return read();
  let byAccount = perTransaction.get(db);
  if (!byAccount) perTransaction.set(db, (byAccount = new Map()));
  let found = byAccount.get(accountId);
  if (!found) byAccount.set(accountId, (found = read()));
  return found;
}

/** The compact body Zoom sends (receivers verify the signature against JSON.stringify of the parsed body). */
export const eventBody = (accountId: string, d: ZoomEventDraft): string =>
  JSON.stringify({ event: d.event, event_ts: d.at, payload: { account_id: accountId, object: d.object, ...(d.oldObject !== undefined && { old_object: d.oldObject }) } });

let written = 0;
/** Grows with every delivery this process writes: the dispatcher looks again when it moved. */
export const outboxWrites = (): number => written;

/**
 * Runs `translator` on an internal event when some subscription of its account
 * wants what it makes, and writes the events wanted, with their deliveries, in
 * the caller's transaction. First attempts are due at once (due_at 0).
 */
export async function emit<E extends EventName>(db: Kysely<Database>, translator: Translator<E>, payload: Events[E] & { accountId: string }): Promise<void> {
  const subscribers = await subscribersOf(db, payload.accountId);
  if (!subscribers.some((s) => translator.makes.some((name) => s.events.has(name)))) return;
  const drafts = await translator.translate(payload, db);
  const events: Insertable<WebhookEventTable>[] = [];
  const deliveries: Insertable<WebhookDeliveryTable>[] = [];
  for (const d of drafts) {
    const wanting = subscribers.filter((s) => s.events.has(d.event));
    if (!wanting.length) continue;
    const eventId = randomUUID();
    events.push({ id: eventId, account_id: payload.accountId, event: d.event, event_ts: d.at, body: eventBody(payload.accountId, d), created_at: d.at });
    for (const s of wanting) {
      deliveries.push({ id: randomUUID(), account_id: s.accountId, subscription_id: s.id, event_id: eventId, status: 'pending', attempts: 0, due_at: 0, created_at: d.at });
    }
  }
  if (!events.length) return;
  await insertRows(db, 'webhook_events', events);
  await insertRows(db, 'webhook_deliveries', deliveries);
  written += deliveries.length;
}
