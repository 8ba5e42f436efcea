// Messages going out and coming in: the one write of the family. Both the API's
// send (Post SMS message), the control plane's inbound SMS and the demo seed come
// through here, so every message joins its session, is stored with its sender and
// recipients as they were, honours opt-outs, and is announced (sms.sent /
// sms.received) inside the caller's transaction.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { IdGenerator } from '../../ids.ts';
import { isoSeconds } from '../../clock.ts';
import { ZoomError } from '../../errors.ts';
import { AccountStore } from '../../kit/store.ts';
import { documentedError } from '../../kit/errors.ts';
import { publish } from '../../kit/events.ts';
import { sha256 } from '../../ids.ts';
import { findNumberByE164, numbersByE164, parseData, type NumberRow } from '../numbers/public.ts';
import { changedPolicyOf, findUser, findUserByIdOrEmail } from '../users/public.ts';
import { extensionsOfOwners } from '../extensions/public.ts';
import { campaignStatusOfNumbers, optStatusesFor, recordOptStatus } from '../sms/public.ts';
import { because, noInternational, optedOut, sessionMismatch, sessionNotFound, smsDisabled } from './errors.ts';
import {
  historyType,
  isInternational,
  isSmsCapable,
  messageTypeOf,
  needs10Dlc,
  optKeyword,
  ownerTypeOf,
  sendsGroupMessages,
  sessionTypeOf,
  type OwnerType,
} from './rules.ts';
import { ensureSession, findSession, insertMessage, saveMembers, touchSession, type Party } from './store.ts';
import type { SmsEventObject } from './public.ts';

type Db = Kysely<Database>;

const fail = (name: string, values?: Record<string, string | number>) => documentedError('postSmsMessage', name, values);
const invalidNumber = (field: string, reason: string) => because(fail('phoneNumberIsNotValid'), field, reason);

/** An attachment as kept: what it was, not its bytes. */
export interface StoredAttachment {
  id: string;
  name: string;
  size: number;
  type: string;
}

export interface Outbound {
  /** The sender's number, E.164. */
  from: string;
  /** The sending user (id or email), when the request names one. */
  userId?: string;
  /** Recipients, E.164, each once. */
  to: string[];
  text: string;
  attachments: StoredAttachment[];
  sessionId?: string;
}

export interface Env {
  now: number;
  ids: IdGenerator;
}

/** A session id in Zoom's shape: 32 hex digits. */
const sessionId = (ids: IdGenerator) => sha256(ids.next()).slice(0, 32);
/** A message id in Zoom's shape: an upper-case UUID. */
function messageId(ids: IdGenerator): string {
  const h = sha256(ids.next()).toUpperCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

const memberKey = (numbers: string[]) => [...new Set(numbers)].sort().join(',');

/** A number's holder as the pages show one: owner { id, type } and the directory's name for it. */
async function partiesOf(db: Db, accountId: string, numbers: NumberRow[]): Promise<Map<string, Party>> {
  const held = numbers.filter((n) => n.assignee_id && ownerTypeOf(n.assignee_type));
  const names = await extensionsOfOwners(db, accountId, held.map((n) => n.assignee_id!));
  const out = new Map<string, Party>();
  for (const n of numbers) {
    const type = ownerTypeOf(n.assignee_type);
    if (!type || !n.assignee_id) continue;
    out.set(n.number, { phone_number: n.number, display_name: names.get(n.assignee_id)?.name, owner: { id: n.assignee_id, type } });
  }
  return out;
}

const outside = (phone_number: string): Party => ({ phone_number });

/** The sender's number and holder, or the documented refusal of Post SMS message that fits. */
async function senderOf(db: Db, accountId: string, out: Outbound): Promise<{ number: NumberRow; party: Party; owner: OwnerType; userId: string | null }> {
  let user: { id: string } | undefined;
  if (out.userId !== undefined) {
    user = await findUserByIdOrEmail(db, accountId, out.userId);
    if (!user) throw fail('userDoesNotExist', { id: out.userId });
  }
  const field = 'sender.phone_number';
  const number = await findNumberByE164(db, accountId, out.from);
  if (!number) throw invalidNumber(field, `${out.from} is not a phone number of the account.`);
  if (!isSmsCapable({ ...number, capability: parseData(number).capability ?? [] })) {
    throw invalidNumber(field, `${out.from} is not an SMS capable number allocated to Zoom Phone (an active Zoom number, or one whose capability lists Messaging).`);
  }
  const owner = ownerTypeOf(number.assignee_type);
  if (!number.assignee_id) {
    // "The phone number must belong to the sender": with no user named, its holder is the sender.
    if (!user) throw fail('userDoesNotExistDueTo');
    throw invalidNumber(field, `${out.from} is assigned to no one; it must be assigned to the sender.`);
  }
  if (!owner) throw invalidNumber(field, `${out.from} is assigned to a ${number.assignee_type}; only a user's, a call queue's or an auto receptionist's number can text.`);
  if (user && !(owner === 'user' && number.assignee_id === user.id)) throw because(fail('youCannotHaveAccessToAnother'), field, `${out.from} does not belong to user ${out.userId}.`);
  if (needs10Dlc(number)) {
    const status = (await campaignStatusOfNumbers(db, accountId, [number.id])).get(number.id);
    if (status !== 'active') {
      throw invalidNumber(field, `${out.from} has not met the in-country compliance requirements: a US/CA local number sends once an active 10DLC campaign carries it${status ? ` (its campaign is ${status})` : ''}.`);
    }
  }
  const party = (await partiesOf(db, accountId, [number])).get(number.number)!;
  return { number, party, owner, userId: user?.id ?? (owner === 'user' ? number.assignee_id : null) };
}

/** The user's SMS policy: "Whether the user can send and receive messages", and international ones. */
async function checkPolicy(db: Db, accountId: string, userId: string, from: string, to: string[]): Promise<void> {
  // Only a setting its site or the user changed holds (users/policy.ts: the profile shows one never set as off).
  const sms = (await changedPolicyOf(db, accountId, userId))?.sms;
  if (sms?.enable === false) throw smsDisabled('sender', { user: userId });
  const abroad = to.find((t) => isInternational(from, t));
  if (abroad && sms?.international_sms === false) throw noInternational('to_members', { user: userId, recipient: abroad });
}

interface Saved {
  session_id: string;
  message_id: string;
  date_time: string;
}

/**
 * Sends a message from one of the account's numbers, in the caller's transaction
 * (`db` the family's handle). "For the US and CA toll numbers, sending to more than
 * one recipient will create a group message with all recipients. For other number
 * types, the messages will be sent to each recipient individually as 1:1
 * messages": one message per session; the answer is the first.
 */
export async function send(db: Db, accountId: string, out: Outbound, env: Env): Promise<Saved> {
  const sender = await senderOf(db, accountId, out);
  if (sender.owner === 'user') await checkPolicy(db, accountId, sender.number.assignee_id!, out.from, out.to);
  const recipients = out.to;
  if (recipients.includes(out.from)) throw invalidNumber('to_members', `${out.from} is the sender's own number.`);
  const opted = await optStatusesFor(db, accountId, out.from, recipients);
  const stopped = recipients.find((r) => opted.get(r) === 'opt_out');
  if (stopped) throw optedOut('to_members', { recipient: stopped, sender: out.from });

  const onNet = await numbersByE164(db, accountId, recipients);
  const onNetParties = await partiesOf(db, accountId, [...onNet.values()]);
  const partyOf = (r: string) => onNetParties.get(r) ?? outside(r);
  const group = recipients.length > 1 && sendsGroupMessages(sender.number);
  const conversations = group ? [recipients] : recipients.map((r) => [r]);

  const store = new AccountStore(db, accountId);
  if (out.sessionId !== undefined) {
    const s = await findSession(store, out.sessionId);
    if (!s) throw sessionNotFound({ 0: out.sessionId });
    if (conversations.length !== 1 || s.member_key !== memberKey([out.from, ...conversations[0]])) throw sessionMismatch('session_id', { session: out.sessionId });
  }

  const saved: Saved[] = [];
  for (const to of conversations) {
    const session = await ensureSession(store, { id: sessionId(env.ids), key: memberKey([out.from, ...to]), type: sessionTypeOf(sender.owner), group, now: env.now });
    const toMembers = to.map(partyOf);
    await saveMembers(store, session.id, [sender.party, ...toMembers]);
    const allOnNet = to.every((r) => onNetParties.has(r));
    const message_type = messageTypeOf({ group, media: out.attachments.length > 0, onNet: allOnNet, international: to.some((r) => isInternational(out.from, r)) });
    const id = messageId(env.ids);
    const seq = await insertMessage(store, {
      id,
      session_id: session.id,
      direction: 'Out',
      message_type,
      body: out.text,
      sender: JSON.stringify(sender.party),
      to_members: JSON.stringify(toMembers),
      attachments: JSON.stringify(out.attachments),
      sender_user_id: sender.userId,
      // No carrier answers in the sandbox: a message off the account is sent; one to the account's own number arrives.
      delivery_status: allOnNet ? 'delivered' : 'sent',
      created_at: env.now,
    });
    await touchSession(store, session.id, env.now, seq);
    const object: SmsEventObject = {
      sender: { phone_number: out.from, id: sender.party.owner?.id, type: sender.owner, display_name: sender.party.display_name },
      to_members: toMembers.map((m) => ({ phone_number: m.phone_number, id: m.owner?.id, type: m.owner?.type, display_name: m.display_name })),
      owner: { type: sender.owner, id: sender.party.owner?.id, sms_sender_user_id: sender.userId ?? undefined },
      message: out.text,
      attachments: out.attachments.map((a) => ({ ...a, type: historyType(a.type), download_url: '' })),
      session_id: session.id,
      message_id: id,
      message_type,
      date_time: isoSeconds(env.now),
      phone_number_campaign_opt_statuses: to
        .filter((r) => !onNetParties.has(r))
        .map((r) => ({ consumer_phone_number: r, zoom_phone_user_number: out.from, opt_status: opted.get(r) ?? 'pending' })),
    };
    await publish(db, 'sms.sent', { accountId, ...object });
    // A message to the account's own number arrives there too.
    for (const m of toMembers.filter((p) => p.owner)) {
      await publish(db, 'sms.received', {
        accountId,
        ...object,
        to_members: object.to_members.map((t) => ({ ...t, is_message_owner: t.phone_number === m.phone_number })),
        owner: { type: m.owner!.type, id: m.owner!.id },
        phone_number_campaign_opt_statuses: undefined,
      });
    }
    saved.push({ session_id: session.id, message_id: id, date_time: isoSeconds(env.now) });
  }
  return saved[0];
}

export interface Inbound {
  /** The outside number texting, E.164. */
  from: string;
  /** The account's number it texts, E.164. */
  to: string;
  text: string;
  at: number;
}

/** Why an inbound SMS cannot arrive: the control plane's 400. */
const cannotReceive = (message: string) => new ZoomError(400, 300, message);

/**
 * An SMS from outside arrives at one of the account's numbers, in the caller's
 * transaction: it joins the session of the two numbers, and a STOP or START in it
 * is recorded as the sender's opt status for that number.
 */
export async function receive(db: Db, accountId: string, inbound: Inbound, env: Env): Promise<{ session_id: string; message_id: string }> {
  const number = await findNumberByE164(db, accountId, inbound.to);
  if (!number) throw cannotReceive(`${inbound.to} is not a phone number of account ${accountId}.`);
  if (!isSmsCapable({ ...number, capability: parseData(number).capability ?? [] })) {
    throw cannotReceive(`${inbound.to} is not SMS capable: it must be an active Zoom Phone number, Zoom's own or one whose capability lists Messaging.`);
  }
  const owner = ownerTypeOf(number.assignee_type);
  if (!owner || !number.assignee_id) throw cannotReceive(`${inbound.to} is not assigned to a user, a call queue or an auto receptionist, so no one receives its messages.`);
  if (await findNumberByE164(db, accountId, inbound.from)) throw cannotReceive(`${inbound.from} is a number of the account: send between the account's numbers with POST /phone/sms/messages.`);

  const store = new AccountStore(db, accountId);
  const party = (await partiesOf(db, accountId, [number])).get(number.number)!;
  const session = await ensureSession(store, { id: sessionId(env.ids), key: memberKey([inbound.from, inbound.to]), type: sessionTypeOf(owner), group: false, now: env.now });
  await saveMembers(store, session.id, [outside(inbound.from), party]);
  const message_type = messageTypeOf({ group: false, media: false, onNet: false, international: isInternational(inbound.from, inbound.to) });
  const id = messageId(env.ids);
  const seq = await insertMessage(store, {
    id,
    session_id: session.id,
    direction: 'In',
    message_type,
    body: inbound.text,
    sender: JSON.stringify(outside(inbound.from)),
    to_members: JSON.stringify([party]),
    attachments: '[]',
    sender_user_id: null,
    delivery_status: 'received',
    created_at: inbound.at,
  });
  await touchSession(store, session.id, inbound.at, seq);
  const keyword = optKeyword(inbound.text);
  if (keyword) await recordOptStatus(db, accountId, inbound.to, inbound.from, keyword, env.now);
  const opt = (await optStatusesFor(db, accountId, inbound.to, [inbound.from])).get(inbound.from)!;
  await publish(db, 'sms.received', {
    accountId,
    sender: { phone_number: inbound.from },
    to_members: [{ phone_number: inbound.to, id: number.assignee_id, type: owner, display_name: party.display_name, is_message_owner: true }],
    owner: { type: owner, id: number.assignee_id },
    message: inbound.text,
    attachments: [],
    session_id: session.id,
    message_id: id,
    message_type,
    date_time: isoSeconds(inbound.at),
    phone_number_campaign_opt_statuses: [{ consumer_phone_number: inbound.from, zoom_phone_user_number: inbound.to, opt_status: opt }],
  });
  if (keyword) await publish(db, 'sms.opted', { accountId, status: keyword, consumer: inbound.from, zoomNumber: inbound.to, at: inbound.at });
  return { session_id: session.id, message_id: id };
}

/** The account-side users of a report page: name, email, extension, cost center and department (one look per user). */
export async function usersOf(db: Db, accountId: string, ids: string[]): Promise<Map<string, ReportUser>> {
  const out = new Map<string, ReportUser>();
  for (const id of new Set(ids)) {
    const u = await findUser(db, accountId, id);
    if (u) out.set(id, { name: u.name, email: u.email, extension: u.extension_number ?? undefined, costCenter: u.cost_center ?? undefined, department: u.department ?? undefined });
  }
  return out;
}

export interface ReportUser {
  name: string;
  email: string;
  extension?: number;
  costCenter?: string;
  department?: string;
}
