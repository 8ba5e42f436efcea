// The sms-messages family's queries, each on an account-bound store so that none
// can leave out the account. Only this family's tables are named here; numbers,
// users and opt statuses are read through their owners' public surfaces.
import { sql, type Selectable } from 'kysely';
import type { AccountStore } from '../../kit/store.ts';
import type { SmsMessageTable, SmsSessionMemberTable, SmsSessionTable } from './tables.ts';
import type { SessionType } from './rules.ts';

export type SessionRow = Selectable<SmsSessionTable>;
export type MemberRow = Selectable<SmsSessionMemberTable>;
export type MessageRow = Selectable<SmsMessageTable>;

/** A number as a message or session shows it: its holder, where the account holds it. */
export interface Party {
  phone_number: string;
  display_name?: string;
  owner?: { id: string; type: 'user' | 'callQueue' | 'autoReceptionist' };
}

// ---- sessions -------------------------------------------------------------------

export const findSession = (store: AccountStore, id: string) => store.find('sms_sessions', { id });

/**
 * The session of these numbers, made if there is none. Two first messages at once
 * between the same numbers make one: the unique (account, member_key) index keeps
 * the one that went in first and the other insert does nothing.
 */
export async function ensureSession(
  store: AccountStore,
  s: { id: string; key: string; type: SessionType; group: boolean; now: number },
): Promise<SessionRow> {
  await store.db
    .insertInto('sms_sessions')
    .values({ id: s.id, account_id: store.accountId, member_key: s.key, session_type: s.type, is_group: s.group ? 1 : 0, created_at: s.now, last_access_time: s.now, last_message_seq: 0 })
    .onConflict((oc) => oc.columns(['account_id', 'member_key']).doNothing())
    .execute();
  return (await store.find('sms_sessions', { member_key: s.key }))!;
}

/** The session's numbers, their holders as of now (a number given to someone else shows its new holder from the next message on). */
export async function saveMembers(store: AccountStore, sessionId: string, members: Party[]): Promise<void> {
  for (const m of members) {
    const owner = { owner_type: m.owner?.type ?? null, owner_id: m.owner?.id ?? null, display_name: m.display_name ?? null };
    await store.db
      .insertInto('sms_session_members')
      .values({ account_id: store.accountId, session_id: sessionId, phone_number: m.phone_number, ...owner })
      .onConflict((oc) => oc.columns(['account_id', 'session_id', 'phone_number']).doUpdateSet(owner))
      .execute();
  }
}

/** A message went: the session's last access moves to it (never back, for a message dated earlier), and it is the session's latest. */
export async function touchSession(store: AccountStore, sessionId: string, at: number, messageSeq: number): Promise<void> {
  await store.db
    .updateTable('sms_sessions')
    .set((eb) => ({
      last_access_time: sql<number>`case when ${eb.ref('last_access_time')} > ${at} then ${eb.ref('last_access_time')} else ${at} end`,
      last_message_seq: messageSeq,
    }))
    .where('account_id', '=', store.accountId)
    .where('id', '=', sessionId)
    .execute();
}

export async function membersOf(store: AccountStore, sessionIds: string[]): Promise<Map<string, MemberRow[]>> {
  const out = new Map<string, MemberRow[]>(sessionIds.map((id) => [id, []]));
  if (sessionIds.length === 0) return out;
  const rows = await store.scoped('sms_session_members').selectAll().where('session_id', 'in', sessionIds).orderBy('seq').execute();
  for (const r of rows) out.get(r.session_id)!.push(r);
  return out;
}

/** When a session must have had a message: a sent one, a received one, its last one, or any. */
export type TimeFilter = 'sent_message_time' | 'received_message_time' | 'last_message_time' | 'sent_received_message_time';

export interface SessionFilters {
  type?: SessionType;
  /** a number of the session */
  phoneNumber?: string;
  /** a holder of one of its numbers (a user) */
  ownerId?: string;
  window?: { from: number; to: number; by: TimeFilter };
}

function sessionsWhere(store: AccountStore, f: SessionFilters) {
  let q = store.scoped('sms_sessions');
  if (f.type) q = q.where('sms_sessions.session_type', '=', f.type);
  if (f.phoneNumber) {
    const phone = f.phoneNumber;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('sms_session_members as m')
          .select('m.seq')
          .whereRef('m.account_id', '=', 'sms_sessions.account_id')
          .whereRef('m.session_id', '=', 'sms_sessions.id')
          .where('m.phone_number', '=', phone),
      ),
    );
  }
  if (f.ownerId) {
    const ownerId = f.ownerId;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('sms_session_members as o')
          .select('o.seq')
          .whereRef('o.account_id', '=', 'sms_sessions.account_id')
          .whereRef('o.session_id', '=', 'sms_sessions.id')
          .where('o.owner_id', '=', ownerId),
      ),
    );
  }
  const w = f.window;
  if (w) {
    if (w.by === 'last_message_time') {
      q = q.where('sms_sessions.last_access_time', '>=', w.from).where('sms_sessions.last_access_time', '<=', w.to);
    } else {
      const direction = w.by === 'sent_message_time' ? 'Out' : w.by === 'received_message_time' ? 'In' : undefined;
      q = q.where(({ exists, selectFrom }) => {
        let m = selectFrom('sms_messages as x')
          .select('x.seq')
          .whereRef('x.account_id', '=', 'sms_sessions.account_id')
          .whereRef('x.session_id', '=', 'sms_sessions.id')
          .where('x.created_at', '>=', w.from)
          .where('x.created_at', '<=', w.to);
        if (direction) m = m.where('x.direction', '=', direction);
        return exists(m);
      });
    }
  }
  return q;
}

/** A page of the sessions matching the filters, in the order they began. */
export async function sessionsPage(store: AccountStore, f: SessionFilters, afterSeq: number, limit: number): Promise<(SessionRow & { seq: number })[]> {
  const rows = await sessionsWhere(store, f).selectAll('sms_sessions').where('sms_sessions.seq', '>', afterSeq).orderBy('sms_sessions.seq').limit(limit).execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

/**
 * The sessions of the filters by their latest message, most recent first: those
 * whose latest message is after `newerThan` or before `olderThan` (a seq), `limit` of them.
 */
export async function sessionsByLatest(store: AccountStore, f: SessionFilters, opts: { newerThan?: number; olderThan?: number; limit: number }): Promise<SessionRow[]> {
  let q = sessionsWhere(store, f).selectAll('sms_sessions').where('sms_sessions.last_message_seq', '>', 0);
  if (opts.newerThan !== undefined) q = q.where('sms_sessions.last_message_seq', '>', opts.newerThan);
  if (opts.olderThan !== undefined) q = q.where('sms_sessions.last_message_seq', '<', opts.olderThan);
  return q.orderBy('sms_sessions.last_message_seq', 'desc').limit(opts.limit).execute();
}

// ---- messages -------------------------------------------------------------------

export async function insertMessage(store: AccountStore, row: Omit<MessageRow, 'seq' | 'account_id'>): Promise<number> {
  await store.insert('sms_messages', [row]);
  const saved = await store.scoped('sms_messages').select('seq').where('id', '=', row.id).executeTakeFirstOrThrow();
  return Number(saved.seq);
}

export const findMessage = (store: AccountStore, sessionId: string, id: string) => store.find('sms_messages', { session_id: sessionId, id });

/**
 * A page of the session's messages in time of arrival, oldest first (`desc`: newest
 * first). Newest-first pages carry the negated seq as their keyset, so the list
 * helper's "after" still means "the next one to serve".
 */
export async function messagesPage(
  store: AccountStore,
  sessionId: string,
  o: { desc: boolean; window?: { from: number; to: number } },
  after: number,
  limit: number,
): Promise<(MessageRow & { seq: number })[]> {
  let q = store.scoped('sms_messages').selectAll().where('session_id', '=', sessionId);
  if (o.window) q = q.where('created_at', '>=', o.window.from).where('created_at', '<=', o.window.to);
  if (o.desc) {
    if (after !== 0) q = q.where('seq', '<', -after);
    const rows = await q.orderBy('seq', 'desc').limit(limit).execute();
    return rows.map((r) => ({ ...r, seq: -Number(r.seq) }));
  }
  const rows = await q.where('seq', '>', after).orderBy('seq').limit(limit).execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

/** The session's messages after `newerThan` or before `olderThan` (seq), newest first, `limit` of them. */
export async function messagesByLatest(store: AccountStore, sessionId: string, opts: { newerThan?: number; olderThan?: number; limit: number }): Promise<MessageRow[]> {
  let q = store.scoped('sms_messages').selectAll().where('session_id', '=', sessionId);
  if (opts.newerThan !== undefined) q = q.where('seq', '>', opts.newerThan);
  if (opts.olderThan !== undefined) q = q.where('seq', '<', opts.olderThan);
  return q.orderBy('seq', 'desc').limit(opts.limit).execute();
}

/** The seq of the account's latest message (0 for none): a sync token's high-water mark. */
export async function latestMessageSeq(store: AccountStore, sessionId?: string): Promise<number> {
  let q = store.scoped('sms_messages').select((eb) => eb.fn.max('seq').as('top'));
  if (sessionId) q = q.where('session_id', '=', sessionId);
  const row = await q.executeTakeFirst();
  return Number(row?.top ?? 0);
}

/** Messages received in each session since its Zoom side last sent one: what nobody has answered yet. */
export async function unreadCounts(store: AccountStore, sessionIds: string[]): Promise<Map<string, number>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await store
    .scoped('sms_messages')
    .select(['session_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('session_id', 'in', sessionIds)
    .where('direction', '=', 'In')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('sms_messages as later')
            .select('later.seq')
            .whereRef('later.account_id', '=', 'sms_messages.account_id')
            .whereRef('later.session_id', '=', 'sms_messages.session_id')
            .where('later.direction', '=', 'Out')
            .whereRef('later.seq', '>', 'sms_messages.seq'),
        ),
      ),
    )
    .groupBy('session_id')
    .execute();
  return new Map(rows.map((r) => [r.session_id, Number(r.n)]));
}

/** A page of the account's messages sent or received in the window (charged ones only, when asked), in time of arrival. */
export async function chargesPage(
  store: AccountStore,
  o: { from: number; to: number; chargedOnly: boolean },
  after: number,
  limit: number,
): Promise<(MessageRow & { seq: number })[]> {
  let q = store.scoped('sms_messages').selectAll().where('created_at', '>=', o.from).where('created_at', '<=', o.to).where('seq', '>', after);
  // Only messages sent off the account's own numbers cost anything (rules.ts).
  if (o.chargedOnly) q = q.where('direction', '=', 'Out').where('message_type', '!=', 6);
  const rows = await q.orderBy('seq').limit(limit).execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

export async function countCharges(store: AccountStore, o: { from: number; to: number; chargedOnly: boolean }): Promise<number> {
  let q = store.scoped('sms_messages').select((eb) => eb.fn.countAll<number>().as('n')).where('created_at', '>=', o.from).where('created_at', '<=', o.to);
  if (o.chargedOnly) q = q.where('direction', '=', 'Out').where('message_type', '!=', 6);
  return Number((await q.executeTakeFirstOrThrow()).n);
}
