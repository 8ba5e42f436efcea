// The sms-messages family's invariants in the pages' terms: what a message's type
// is, which numbers can text, how long a message is, what it costs, and how dates
// and counts are read. Pure functions of values.
import { callingCodeOf } from '../../kit/countries.ts';

/** "The message type: 1 - SMS 2 - MMS 3 - GROUP_SMS 4 - GROUP_MMS 5 - SMS_INTER 6 - MSG_ON_NET" */
export const MESSAGE_TYPE = { SMS: 1, MMS: 2, GROUP_SMS: 3, GROUP_MMS: 4, SMS_INTER: 5, MSG_ON_NET: 6 } as const;
export type MessageType = (typeof MESSAGE_TYPE)[keyof typeof MESSAGE_TYPE];

/** "SMS and attachments - Size and limits" of Post SMS message. */
export const LIMITS = {
  /** "SMS size with no media attachments: 2048 bytes" */
  textBytes: 2048,
  /** "SMS size with attachments: 1000 bytes" */
  textBytesWithAttachments: 1000,
  /** "Total attachments: 10" */
  attachments: 10,
  /** "Total attachments file size: 2MB" */
  attachmentBytes: 2 * 1024 * 1024,
  /** "Messages will be broken into smaller segments of 160 characters" */
  segment: 160,
} as const;

/** The sync operations' `count`: the pages give no default or maximum; the sandbox's choice. */
export const SYNC_COUNT = { default: 10, max: 50 } as const;

/** The holders a texting number may have: "assigned to either an user, a call queue, an auto receptionist". */
export type OwnerType = 'user' | 'callQueue' | 'autoReceptionist';
const OWNER_OF_ASSIGNEE: Record<string, OwnerType> = { User: 'user', CallQueue: 'callQueue', AutoReceptionist: 'autoReceptionist' };
export const ownerTypeOf = (assigneeType: string | null): OwnerType | undefined => (assigneeType ? OWNER_OF_ASSIGNEE[assigneeType] : undefined);

/** "The session type ... `user` `call_queue` `auto_receptionist`", by the holder of the session's Zoom-side number. */
export type SessionType = 'user' | 'call_queue' | 'auto_receptionist';
const SESSION_TYPE_OF: Record<OwnerType, SessionType> = { user: 'user', callQueue: 'call_queue', autoReceptionist: 'auto_receptionist' };
export const sessionTypeOf = (owner: OwnerType): SessionType => SESSION_TYPE_OF[owner];

/** A session_type filter: one of the three, or `all` (none); undefined when it is none of them (the pages' "SMS session type is invalid."). */
export function sessionTypeFilter(value: string | undefined): { type?: SessionType } | undefined {
  if (value === undefined || value === '' || value === 'all') return {};
  return value === 'user' || value === 'call_queue' || value === 'auto_receptionist' ? { type: value } : undefined;
}

export const isE164 = (value: string): boolean => /^\+[1-9]\d{6,14}$/.test(value);

/** The pages' examples write numbers with or without the '+'; a query's number is read either way. */
export const asE164 = (value: string): string => {
  const compact = value.replace(/[\s\-().]/g, '');
  return compact.startsWith('+') ? compact : `+${compact}`;
};

interface NumberFacts {
  status: string;
  source: string;
  number_type: string;
  allocated_product: string;
  capability: string[];
}

/**
 * "An SMS capable phone number allocated to Zoom Phone": a Zoom Phone number that is
 * active (not Pending) and either Zoom's own (Zoom's numbers carry SMS) or one whose
 * Number Management capability lists Messaging (a BYOC number carries SMS only when
 * its carrier says so).
 */
export function isSmsCapable(n: NumberFacts): boolean {
  if (n.allocated_product !== 'ZOOM_PHONE' || n.status !== 'Normal') return false;
  return n.capability.includes('Messaging') || !n.source.startsWith('BYOC');
}

/**
 * "The number can only send messages after fulfilling the in-country compliance
 * requirements": for US and CA local (toll) numbers that is 10DLC registration, a
 * campaign that is active carrying the number. Toll-free verification and other
 * countries' rules are not modelled.
 */
export const needs10Dlc = (n: { number: string; number_type: string }): boolean => n.number_type === 'Toll' && n.number.startsWith('+1');

/** "For the US and CA toll numbers, sending to more than one recipient will create a group message with all recipients." */
export const sendsGroupMessages = (n: { number: string; number_type: string }): boolean => n.number_type === 'Toll' && n.number.startsWith('+1');

/** Whether two numbers are in different countries, by their calling codes (the US and Canada share +1, as their SMS does). */
export const isInternational = (a: string, b: string): boolean => callingCodeOf(a.slice(1)) !== callingCodeOf(b.slice(1));

export function messageTypeOf(o: { group: boolean; media: boolean; onNet: boolean; international: boolean }): MessageType {
  if (o.group) return o.media ? MESSAGE_TYPE.GROUP_MMS : MESSAGE_TYPE.GROUP_SMS;
  if (o.media) return MESSAGE_TYPE.MMS;
  if (o.onNet) return MESSAGE_TYPE.MSG_ON_NET;
  return o.international ? MESSAGE_TYPE.SMS_INTER : MESSAGE_TYPE.SMS;
}

export const isMedia = (t: number): boolean => t === MESSAGE_TYPE.MMS || t === MESSAGE_TYPE.GROUP_MMS;

/** "Messages will be broken into smaller segments of 160 characters". */
export const segmentsOf = (text: string): number => Math.max(1, Math.ceil([...text].length / LIMITS.segment));

/** Opt keywords a consumer texts: "Opt in - START - and opt out - STOP - keywords received from these number will be honored." */
export function optKeyword(text: string): 'opt_in' | 'opt_out' | undefined {
  const word = text.trim().toUpperCase();
  return word === 'STOP' ? 'opt_out' : word === 'START' ? 'opt_in' : undefined;
}

// ---- attachments ---------------------------------------------------------------

export type AttachmentKind = 'PNG' | 'JPEG' | 'JPG' | 'GIF' | 'PDF';
/** How the histories name a stored attachment's type ("OTHER, PNG, GIF, JPG, AUDIO, VIDEO"). */
export const historyType = (t: string): 'OTHER' | 'PNG' | 'GIF' | 'JPG' => (t === 'PNG' || t === 'GIF' ? t : t === 'JPG' || t === 'JPEG' ? 'JPG' : 'OTHER');
/** The sessions sync's latest message names JPG and JPEG as one: "OTHER, PNG, GIF, JPG/JPEG, AUDIO, VIDEO". */
export const latestType = (t: string): 'OTHER' | 'PNG' | 'GIF' | 'JPG/JPEG' => (t === 'PNG' || t === 'GIF' ? t : t === 'JPG' || t === 'JPEG' ? 'JPG/JPEG' : 'OTHER');
export const extensionOf = (t: string): string => (t === 'JPEG' ? 'jpg' : t.toLowerCase());

/** The decoded size of a Base64 text, or undefined when it is not Base64. */
export function base64Size(text: string): number | undefined {
  const compact = text.replace(/\s/g, '');
  if (compact.length === 0 || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
  return (compact.length / 4) * 3 - (compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0);
}

// ---- charges -------------------------------------------------------------------

/**
 * What one segment of an SMS (or one MMS) costs per recipient, by the recipient's
 * calling code, in USD. The pages give no rate; this table is the sandbox's
 * choice, of the order of Zoom's published SMS rates: received messages and
 * messages between the account's own numbers are free.
 */
export const RATES: Readonly<Record<string, { sms: string; mms: string }>> = {
  '1': { sms: '0.0079', mms: '0.0200' }, // US, Canada and the rest of the NANP
  '44': { sms: '0.0400', mms: '0.1000' }, // United Kingdom
  '61': { sms: '0.0500', mms: '0.1200' }, // Australia
  '49': { sms: '0.0900', mms: '0.1500' }, // Germany
  '33': { sms: '0.0800', mms: '0.1500' }, // France
};
export const DEFAULT_RATE = { sms: '0.0600', mms: '0.1500' } as const;
export const CURRENCY = 'USD';

export function rateFor(recipient: string, media: boolean): string {
  const r = RATES[callingCodeOf(recipient.slice(1)) ?? ''] ?? DEFAULT_RATE;
  return media ? r.mms : r.sms;
}

/** Cents to four places, as the report writes them ("0.0205"). */
export const money = (value: number): string => (Math.round(value * 10000) / 10000).toFixed(4);

// ---- dates -------------------------------------------------------------------

export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A `from` / `to` query value: `yyyy-MM-dd` (the whole day, UTC) or
 * `yyyy-MM-ddTHH:mm:ssZ`; undefined when it is neither. `end` reads a bare date as
 * the end of its day.
 */
export function parseDate(value: string, end: boolean): number | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) {
    const t = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
    if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== value) return undefined;
    return end ? t + DAY_MS - 1 : t;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(value)) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : t;
}

/** The same day and time a calendar month earlier (the last day of that month when it has no such day). */
export function monthBefore(t: number): number {
  const d = new Date(t);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.getTime();
}

export const monthsBefore = (t: number, n: number): number => Array.from({ length: n }).reduce<number>((acc) => monthBefore(acc), t);

export const isoDay = (t: number): string => new Date(t).toISOString().slice(0, 10);
