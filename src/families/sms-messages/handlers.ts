// Handlers of the sms-messages family, keyed by operationId: messages sent from the
// account's numbers (exchange.ts) and the views of them — sessions of the account
// and of a user, a session's messages, one message, the two syncs and the charges
// report. Every read is scoped to the account: another account's ids are unknown.
import { defineHandlers, type ItemOf, type RequestContext, type ResponseOf } from '../../kit/context.ts';
import { undocumented } from '../../kit/errors.ts';
import { findUserByIdOrEmail } from '../users/public.ts';
import type { AccountStore } from '../../kit/store.ts';
import {
  attachmentsTooLarge,
  badCount,
  badDate,
  badRange,
  badSort,
  because,
  noRecipients,
  notBase64,
  nothingToSend,
  tooLong,
  tooManyAttachments,
  twoSenders,
} from './errors.ts';
import { send, usersOf, type StoredAttachment } from './exchange.ts';
import { history, latest, senderOf, sessionItem, syncHistory, toMembersOf } from './present.ts';
import {
  asE164,
  base64Size,
  CURRENCY,
  DAY_MS,
  extensionOf,
  isE164,
  isMedia,
  isoDay,
  LIMITS,
  money,
  monthBefore,
  monthsBefore,
  parseDate,
  rateFor,
  segmentsOf,
  sessionTypeFilter,
  SYNC_COUNT,
} from './rules.ts';
import {
  chargesPage,
  countCharges,
  findMessage,
  findSession,
  membersOf,
  messagesByLatest,
  messagesPage,
  sessionsByLatest,
  sessionsPage,
  unreadCounts,
  type MessageRow,
  type SessionFilters,
  type SessionRow,
  type TimeFilter,
} from './store.ts';
import { decodeSync, encodeSync, type SyncMark } from './sync.ts';

const messageNotFound = undocumented({
  status: 404,
  code: 7012,
  message: 'Error retrieving SMS: message {message} is not in session {session}.',
  why: "getSmsByMessageId documents no error for a session or message the account does not have; the sessions pages' 404 for an SMS they cannot retrieve is 7012 'Error retrieving SMS.', given here with what was not found.",
});

// ---- query values -------------------------------------------------------------------

/**
 * The from / to window of a list, or none when neither is given. One given alone
 * is completed: `to` defaults to now, `from` to a month before `to`. The window
 * runs forward and spans a month at most. Times are UTC: accounts have no time zone here.
 */
function windowOf(q: { from?: string; to?: string }, now: number): { from: number; to: number } | undefined {
  if (q.from === undefined && q.to === undefined) return undefined;
  const to = q.to === undefined ? now : parseDate(q.to, true);
  if (to === undefined) throw badDate('to');
  const from = q.from === undefined ? monthBefore(to) : parseDate(q.from, false);
  if (from === undefined) throw badDate('from');
  if (from > to || from < monthBefore(to) - DAY_MS) throw badRange('from');
  return { from, to };
}

function countOf(value: number | undefined): number {
  const n = value ?? SYNC_COUNT.default;
  if (!Number.isInteger(n) || n < 1 || n > SYNC_COUNT.max) throw badCount('count');
  return n;
}

type UserPath = 'getUsersSmsSessions' | 'listUsersSmsSessionsInDescendingOrder';

/** The user of the path: `me` names no user for an account-level app; an unknown one is not found. */
async function userOf(ctx: RequestContext<UserPath>, store: AccountStore): Promise<{ id: string }> {
  const userId = ctx.params.userId;
  if (userId === 'me') throw (ctx as RequestContext<'getUsersSmsSessions'>).fail('invalidUserId');
  const user = await findUserByIdOrEmail(store.db, store.accountId, userId);
  if (!user) {
    throw ctx.operation.operationId === 'getUsersSmsSessions'
      ? (ctx as RequestContext<'getUsersSmsSessions'>).fail('userDoesNotExist', { userId })
      : (ctx as RequestContext<'listUsersSmsSessionsInDescendingOrder'>).fail('userDoesNotExist1001', { userId });
  }
  return user;
}

type SessionListOp = 'getAccountsSmsSessions' | 'getUsersSmsSessions';

/** The filters of a sessions list, the page token bound to them. */
function sessionFilters(ctx: RequestContext<SessionListOp>, ownerId?: string): SessionFilters {
  const q = ctx.query;
  const type = sessionTypeFilter(q.session_type);
  if (!type) throw (ctx as RequestContext<'getAccountsSmsSessions'>).fail('smsSessionTypeIsInvalid');
  const window = windowOf(q, ctx.clock.now());
  return {
    ...type,
    ...(q.phone_number && { phoneNumber: asE164(q.phone_number) }),
    ...(ownerId && { ownerId }),
    ...(window && { window: { ...window, by: (q.filter_type ?? 'sent_message_time') as TimeFilter } }),
  };
}

async function sessionItems(store: AccountStore, rows: SessionRow[]) {
  const members = await membersOf(store, rows.map((r) => r.id));
  return rows.map((r) => sessionItem(r, members.get(r.id)!));
}

// ---- sync -----------------------------------------------------------------------------

type SyncType = 'FSync' | 'ISync' | 'BSync';

/** The records of one sync call and the token for the next, over records ordered by a growing seq. */
async function synced<R>(
  type: SyncType,
  mark: SyncMark | undefined,
  base: Omit<SyncMark, 'hi' | 'lo'>,
  count: number,
  fetch: (o: { newerThan?: number; olderThan?: number; limit: number }) => Promise<R[]>,
  seqOf: (r: R) => number,
  tooMany: () => Error,
): Promise<{ rows: R[]; token: string }> {
  if (type === 'FSync' || !mark) {
    const rows = await fetch({ limit: count });
    return { rows, token: encodeSync({ ...base, hi: rows.length ? seqOf(rows[0]) : 0, lo: rows.length ? seqOf(rows[rows.length - 1]) : 0 }) };
  }
  if (type === 'ISync') {
    const rows = await fetch({ newerThan: mark.hi, limit: count + 1 });
    if (rows.length > count) throw tooMany();
    return { rows, token: encodeSync({ ...base, hi: rows.length ? seqOf(rows[0]) : mark.hi, lo: mark.lo }) };
  }
  const rows = await fetch({ olderThan: mark.lo, limit: count });
  return { rows, token: encodeSync({ ...base, hi: mark.hi, lo: rows.length ? seqOf(rows[rows.length - 1]) : mark.lo }) };
}

// ---- the report ----------------------------------------------------------------------

type Charge = ItemOf<'getSmsMmsChargesUsageReport', 'sms_charges'>;

const DELIVERY: Record<string, { status: NonNullable<Charge['delivery_status']>; detail: string }> = {
  received: { status: 'Received', detail: 'The message was successfully received on the Zoom number.' },
  delivered: { status: 'Delivered', detail: "The message was successfully delivered to the intended recipient(s) on the mobile operator's network." },
  sent: { status: 'Sent', detail: 'The message has been sent to the carrier, but a delivery confirmation has not been received yet.' },
  failed_to_send: { status: 'Failed to send', detail: "The message could not be sent from the Zoom network to the mobile operator's network." },
  failed_to_deliver: { status: 'Failed to deliver', detail: 'The message could not be delivered to the recipient.' },
  unknown: { status: 'Unknown', detail: 'The system is unable to determine if this message was delivered successfully.' },
};

async function charges(store: AccountStore, rows: MessageRow[]): Promise<Charge[]> {
  const parties = rows.map((r) => ({ row: r, from: senderOf(r), to: toMembersOf(r) }));
  const userIds = parties.flatMap((p) => [p.from, ...p.to].filter((x) => x.owner?.type === 'user').map((x) => x.owner!.id));
  const users = await usersOf(store.db, store.accountId, userIds);
  return parties.map(({ row, from, to }): Charge => {
    const media = isMedia(row.message_type);
    const outsideTo = to.filter((t) => !t.owner);
    // Only what leaves the account's numbers for outside ones costs anything; received messages are free.
    const charged = row.direction === 'Out' && outsideTo.length > 0;
    const rate = charged ? rateFor(outsideTo[0].phone_number, media) : money(0);
    const total = charged ? outsideTo.reduce((sum, t) => sum + Number(rateFor(t.phone_number, media)) * (media ? 1 : segmentsOf(row.body)), 0) : 0;
    const first = to[0] ?? { phone_number: '' };
    const fromUser = from.owner?.type === 'user' ? users.get(from.owner.id) : undefined;
    const toUser = first.owner?.type === 'user' ? users.get(first.owner.id) : undefined;
    const accountSide = row.direction === 'Out' ? fromUser : toUser;
    const delivery = DELIVERY[row.delivery_status] ?? DELIVERY.unknown;
    return {
      session_id: row.session_id,
      message_id: row.id,
      message_type: media ? 'MMS' : 'SMS',
      from_number: from.phone_number,
      ...(from.display_name !== undefined && { from_display_name: from.display_name }),
      ...(fromUser && { from_email: fromUser.email, ...(fromUser.extension !== undefined && { from_extension_number: String(fromUser.extension) }) }),
      to_number: first.phone_number,
      ...(first.display_name !== undefined && { to_display_name: first.display_name }),
      ...(toUser && { to_email: toUser.email, ...(toUser.extension !== undefined && { to_extension_number: String(toUser.extension) }) }),
      sent_time: new Date(row.created_at).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      billing_number: row.direction === 'Out' ? from.phone_number : first.phone_number,
      ...(accountSide?.costCenter && { cost_center: accountSide.costCenter }),
      ...(accountSide?.department && { department: accountSide.department }),
      rate,
      currency: CURRENCY,
      total_charge: money(total),
      delivery_status: delivery.status,
      delivery_detail: delivery.detail,
    };
  });
}

export const handlers = defineHandlers({
  async postSmsMessage(ctx): Promise<ResponseOf<'postSmsMessage'>> {
    const b = ctx.body!;
    const from = b.sender.phone_number;
    if (!isE164(from)) throw because(ctx.fail('phoneNumberDoesNotConformTo'), 'sender.phone_number', `${from} is not in E.164 format (+ and 7 to 15 digits).`);
    if (b.to_members.length === 0) throw noRecipients('to_members');
    b.to_members.forEach((m, i) => {
      if (!isE164(m.phone_number)) throw because(ctx.fail('phoneNumberDoesNotConformTo'), `to_members[${i}].phone_number`, `${m.phone_number} is not in E.164 format (+ and 7 to 15 digits).`);
    });
    const to = [...new Set(b.to_members.map((m) => m.phone_number))];
    const { id, user_id } = b.sender;
    if (id !== undefined && user_id !== undefined && id !== user_id) throw twoSenders('sender.user_id');
    const given = b.attachments ?? [];
    if (given.length > LIMITS.attachments) throw tooManyAttachments('attachments');
    const attachments: StoredAttachment[] = given.map((a, i) => {
      if (a.type === undefined) throw because(ctx.fail('missingContentTypeForSmsAttachment'), `attachments[${i}].type`, 'Each attachment names its type: PNG, JPEG, JPG, GIF or PDF.');
      const size = a.base64_encoding === undefined ? undefined : base64Size(a.base64_encoding);
      if (size === undefined) throw notBase64(`attachments[${i}].base64_encoding`);
      const fileId = ctx.ids.next();
      return { id: fileId, name: `${fileId}.${extensionOf(a.type)}`, size, type: a.type };
    });
    const total = attachments.reduce((sum, a) => sum + a.size, 0);
    if (total > LIMITS.attachmentBytes) throw attachmentsTooLarge('attachments', { bytes: total });
    const text = b.message ?? '';
    if (text === '' && attachments.length === 0) throw nothingToSend('message');
    const max = attachments.length ? LIMITS.textBytesWithAttachments : LIMITS.textBytes;
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > max) throw tooLong('message', { bytes, max, with: attachments.length ? 'with' : 'without' });
    const account = await ctx.account();
    const now = ctx.clock.now();
    return ctx.db.transaction().execute((trx) =>
      send(trx, account.id, { from, userId: id ?? user_id, to, text, attachments, sessionId: b.session_id }, { now, ids: ctx.ids }),
    );
  },

  async getAccountsSmsSessions(ctx) {
    const store = await ctx.store();
    const filters = sessionFilters(ctx);
    return ctx.list({
      items: 'sms_sessions',
      filters: { ...filters },
      fetch: (after, limit) => sessionsPage(store, filters, after, limit),
      count: async () => 0,
      present: (rows) => sessionItems(store, rows),
    });
  },

  async getUsersSmsSessions(ctx) {
    const store = await ctx.store();
    const user = await userOf(ctx, store);
    const filters = sessionFilters(ctx, user.id);
    return ctx.list({
      items: 'sms_sessions',
      filters: { ...filters },
      fetch: (after, limit) => sessionsPage(store, filters, after, limit),
      count: async () => 0,
      present: (rows) => sessionItems(store, rows),
    });
  },

  async getSmsSessionDetails(ctx) {
    const store = await ctx.store();
    const session = await findSession(store, ctx.params.sessionId);
    if (!session) throw ctx.fail('errorRetrievingSmsHistory');
    const sort = ctx.query.sort ?? 1;
    if (sort !== 1 && sort !== 2) throw badSort('sort');
    const window = windowOf(ctx.query, ctx.clock.now());
    const o = { desc: sort === 2, ...(window && { window }) };
    return ctx.list({
      items: 'sms_histories',
      filters: { session: session.id, ...o },
      fetch: (after, limit) => messagesPage(store, session.id, o, after, limit),
      count: async () => 0,
      present: (rows) => rows.map(history),
    });
  },

  async getSmsByMessageId(ctx): Promise<ResponseOf<'getSmsByMessageId'>> {
    const store = await ctx.store();
    const { sessionId, messageId } = ctx.params;
    const row = await findMessage(store, sessionId, messageId);
    if (!row) throw messageNotFound({ message: messageId, session: sessionId });
    return history(row);
  },

  async syncSmsBySessionId(ctx): Promise<ResponseOf<'syncSmsBySessionId'>> {
    const store = await ctx.store();
    const session = await findSession(store, ctx.params.sessionId);
    if (!session) throw ctx.fail('sessionDoesNotExist', { 0: ctx.params.sessionId });
    const type = ctx.query.sync_type ?? 'FSync';
    const count = countOf(ctx.query.count);
    let mark: SyncMark | undefined;
    if (type !== 'FSync') {
      if (ctx.query.sync_token === undefined) throw ctx.fail('syncTokenIsInvalidOrExpired');
      mark = decodeSync(ctx.query.sync_token);
      if (!mark) throw ctx.fail('syncTokenIsInvalidOrExpired');
      // A token of this server for another session (or a user's sessions) names nothing here.
      if (mark.k !== 's' || mark.id !== session.id) throw ctx.fail('syncTokenIsInvalidOrExpired300');
    }
    const { rows, token } = await synced(
      type,
      mark,
      { k: 's', id: session.id },
      count,
      (o) => messagesByLatest(store, session.id, o),
      (r) => Number(r.seq),
      () => ctx.fail('numberOfNewRecordsExceedsThe'),
    );
    return { sms_histories: rows.map(syncHistory), sync_token: token };
  },

  async listUsersSmsSessionsInDescendingOrder(ctx): Promise<ResponseOf<'listUsersSmsSessionsInDescendingOrder'>> {
    const store = await ctx.store();
    const user = await userOf(ctx, store);
    const filter = sessionTypeFilter(ctx.query.session_type);
    if (!filter) throw ctx.fail('smsSessionTypeIsInvalid');
    const count = countOf(ctx.query.count);
    const type = ctx.query.sync_type;
    const base = { k: 'u' as const, id: user.id, t: filter.type ?? 'all' };
    let mark: SyncMark | undefined;
    if (type !== 'FSync') {
      mark = ctx.query.sync_token === undefined ? undefined : decodeSync(ctx.query.sync_token);
      // The page documents one answer for a token that is not one, or is another user's or filter's.
      if (!mark || mark.k !== base.k || mark.id !== base.id || mark.t !== base.t) throw ctx.fail('syncTokenIsInvalidOrExpired');
    }
    const filters: SessionFilters = { ...filter, ownerId: user.id };
    const { rows, token } = await synced(
      type,
      mark,
      base,
      count,
      (o) => sessionsByLatest(store, filters, o),
      (s) => Number(s.last_message_seq),
      () => ctx.fail('numberOfNewRecordsExceedsThe'),
    );
    const items = await sessionItems(store, rows);
    const latestRows = new Map<string, MessageRow>();
    for (const s of rows) {
      const [m] = await messagesByLatest(store, s.id, { limit: 1 });
      if (m) latestRows.set(s.id, m);
    }
    const unread = await unreadCounts(store, rows.map((r) => r.id));
    return {
      sms_sessions: items.map((item, i) => {
        const m = latestRows.get(rows[i].id);
        return { ...item, ...(m && { latest_message: latest(m) }), unread_message_count: unread.get(rows[i].id) ?? 0 };
      }),
      sync_token: token,
    };
  },

  async getSmsMmsChargesUsageReport(ctx): Promise<ResponseOf<'getSmsMmsChargesUsageReport'>> {
    const store = await ctx.store();
    const q = ctx.query;
    const today = Date.parse(isoDay(ctx.clock.now()));
    const to = q.to === undefined ? today + DAY_MS - 1 : parseDate(q.to, true);
    if (to === undefined) throw badDate('to');
    const from = q.from === undefined ? monthBefore(to - DAY_MS + 1) : parseDate(q.from, false);
    if (from === undefined) throw badDate('from');
    // "Report is provided only for recent 13 months".
    if (from < monthsBefore(today, 13)) throw ctx.fail('invalidStartDateReportIsProvided');
    if (from > to || from < monthBefore(to - DAY_MS + 1) - DAY_MS) throw badRange('from');
    const o = { from, to, chargedOnly: q.show_charges_only === true };
    const page = await ctx.list({
      items: 'sms_charges',
      filters: { ...o },
      fetch: (after, limit) => chargesPage(store, o, after, limit),
      count: () => countCharges(store, o),
      present: (rows) => charges(store, rows),
    });
    return { from: isoDay(from), to: isoDay(to), ...page };
  },
});
