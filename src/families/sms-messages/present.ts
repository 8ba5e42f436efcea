// How the pages show a session, a message and a charge, from the stored rows.
import { isoSeconds } from '../../clock.ts';
import type { ItemOf, ResponseOf } from '../../kit/context.ts';
import type { MemberRow, MessageRow, Party, SessionRow } from './store.ts';
import type { StoredAttachment } from './exchange.ts';
import { historyType, latestType, type MessageType } from './rules.ts';

type SessionItem = ItemOf<'getAccountsSmsSessions', 'sms_sessions'>;
type History = ItemOf<'getSmsSessionDetails', 'sms_histories'>;
type SyncHistory = ItemOf<'syncSmsBySessionId', 'sms_histories'>;
type Latest = NonNullable<ItemOf<'listUsersSmsSessionsInDescendingOrder', 'sms_sessions'>['latest_message']>;

const parse = <T>(text: string, fallback: T): T => {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
};

/** A party as the histories show one: its number, and its name and holder when the account holds it. */
export const partyOf = (p: Party) => ({
  phone_number: p.phone_number,
  ...(p.display_name !== undefined && { display_name: p.display_name }),
  ...(p.owner && { owner: { id: p.owner.id, type: p.owner.type } }),
});

export const senderOf = (row: MessageRow): Party => parse<Party>(row.sender, { phone_number: '' });
export const toMembersOf = (row: MessageRow): Party[] => parse<Party[]>(row.to_members, []);
export const attachmentsOf = (row: MessageRow): StoredAttachment[] => parse<StoredAttachment[]>(row.attachments, []);

/** A message as Sync SMS by session ID shows it. */
export function syncHistory(row: MessageRow): SyncHistory {
  return {
    attachments: attachmentsOf(row).map((a) => ({ id: a.id, name: a.name, size: a.size, type: historyType(a.type) })),
    date_time: isoSeconds(row.created_at),
    direction: row.direction,
    message: row.body,
    message_id: row.id,
    message_type: row.message_type as MessageType,
    sender: partyOf(senderOf(row)),
    to_members: toMembersOf(row).map(partyOf),
  };
}

/** A message as Get SMS session details and Get SMS by message ID show it: with its delivery status. */
export function history(row: MessageRow): History & ResponseOf<'getSmsByMessageId'> {
  return { ...syncHistory(row), delivery_status: row.delivery_status as History['delivery_status'] };
}

export function latest(row: MessageRow): Latest {
  return {
    ...syncHistory(row),
    attachments: attachmentsOf(row).map((a) => ({ id: a.id, type: latestType(a.type) })),
  };
}

/** A session with its numbers: the account's own (held by someone) are the session's owners. */
export function sessionItem(s: SessionRow, members: MemberRow[]): SessionItem {
  return {
    last_access_time: isoSeconds(s.last_access_time),
    participants: members.map((m) => ({
      phone_number: m.phone_number,
      ...(m.display_name !== null && { display_name: m.display_name }),
      ...(m.owner_id && { owner: { id: m.owner_id, type: m.owner_type as 'user' } }),
      is_session_owner: m.owner_id !== null,
    })),
    session_id: s.id,
    session_type: s.session_type,
  };
}
