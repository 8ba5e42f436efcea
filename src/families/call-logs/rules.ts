// The call-logs family's rules, as plain functions of values: how a simulated
// call's words become each edition's words, the date window of a list, sync
// tokens, client codes, charges and the sandbox's AI summary text.
import type { CallLeg, CallParty, ExtensionType, LegResult, NumberType, SimulatedCall } from './call.ts';
import { countryOf, outboundRate, tollFreeRate } from './rates.ts';

// ---- results -------------------------------------------------------------------------

/** Leg results in which a person took the call. */
export const ANSWERED_RESULTS: ReadonlySet<LegResult> = new Set(['answered', 'connected']);

/**
 * The old edition's `result` words (the pages list them: `Missed`, `Voicemail`,
 * `Call connected`, `Rejected`, `Blocked`, `Busy`, `No Answer`, `Call Cancel`,
 * `Answered by Other Member`, `Call failed`, …) for a leg result, from the side of
 * the party the log belongs to: a call that rang a party unanswered is `Missed` to
 * it, `No Answer` to the one who placed it. A call the outbound calling rules
 * refused (`restricted`) is a `Restricted Number`; one the Blocked List refused, `Blocked`.
 */
export function oldResult(result: LegResult, side: 'caller' | 'callee', reason?: CallLeg['resultReason'], restricted?: boolean): string {
  if (reason) return 'Answered by Other Member';
  switch (result) {
    case 'answered':
    case 'connected':
      return 'Call connected';
    case 'voicemail':
      return 'Voicemail';
    case 'busy':
      return 'Busy';
    case 'rejected':
      return 'Rejected';
    case 'system_blocked':
      return restricted ? 'Restricted Number' : 'Blocked';
    case 'invalid_key':
      return 'Call failed';
    case 'canceled':
      return side === 'caller' ? 'Call Cancel' : 'Missed';
    case 'hang_up':
    case 'abandoned':
      return side === 'caller' ? 'Call Cancel' : 'Missed';
    case 'ring_timeout':
    case 'no_answer':
    case 'overflowed':
      return side === 'caller' ? 'No Answer' : 'Missed';
  }
}

/** getUsersCallHistory's call_results filter words (its own list) → the stored leg results they mean. */
export const USER_RESULT_FILTER: Record<string, LegResult[]> = {
  answered: ['answered'],
  connected: ['connected'],
  voicemail: ['voicemail'],
  hang_up: ['hang_up'],
  no_answer: ['no_answer', 'ring_timeout'],
  invalid_operation: [],
  abandoned: ['abandoned'],
  blocked: ['system_blocked'],
  service_unavailable: [],
};

// ---- types of calls, numbers and owners ------------------------------------------------

/** The old edition's call_type: voip inside the account, else how the PSTN leg was billed. */
/** The call history's call_type: `emergency` for a call to emergency services, else `general`. */
export const callTypeOf = (call: SimulatedCall): 'general' | 'emergency' => (call.emergency ? 'emergency' : 'general');

export function oldCallType(call: SimulatedCall): 'voip' | 'pstn' | 'tollfree' | 'international' {
  if (call.connectType === 'internal') return 'voip';
  if (call.international) return 'international';
  const parties = [call.caller, call.callee];
  if (parties.some((p) => p.numberType === 'zoom_toll_free_number')) return 'tollfree';
  return 'pstn';
}

/** The old edition's *_number_type: 1 an extension number, 2 a phone number (3, a custom emergency number, is never placed). */
export const numberTypeCode = (p: CallParty): 1 | 2 => (p.phoneNumber ? 2 : 1);

/** The old edition's *_number_source, "Not available when *_number_type = 1": internal for Zoom's numbers, external for BYOC. */
export function numberSource(p: CallParty): 'internal' | 'external' | undefined {
  if (!p.phoneNumber) return undefined;
  if (p.numberType === 'zoom_pstn' || p.numberType === 'zoom_toll_free_number') return 'internal';
  if (p.numberType === 'byoc') return 'external';
  return undefined;
}

/** The number a party is shown by: its phone number, else its extension number. */
export const shownNumber = (p: CallParty): string => p.phoneNumber ?? p.extensionNumber ?? '';

/** The new edition's *_number_type of a party: an extension reached by its number inside the account has none. */
export function newNumberType(p: CallParty): NumberType | '' {
  return p.numberType ?? '';
}

/** The extension type word of the new edition; a party outside the account has none. */
export const extType = (p: CallParty): ExtensionType | '' => p.extensionType ?? '';

export type OwnerType = 'user' | 'callQueue' | 'autoReceptionist' | 'commonArea' | 'sharedLineGroup';

/** The old edition's owner type of an extension type (its list has no word for rooms or pickup groups). */
export function ownerType(t: ExtensionType | undefined): OwnerType | undefined {
  switch (t) {
    case 'user':
      return 'user';
    case 'call_queue':
      return 'callQueue';
    case 'auto_receptionist':
      return 'autoReceptionist';
    case 'common_area':
      return 'commonArea';
    case 'shared_line_group':
      return 'sharedLineGroup';
    default:
      return undefined;
  }
}

/** forwarded_by's extension type words. */
export function forwarderType(t: ExtensionType | undefined): 'user' | 'callQueue' | 'commonAreaPhone' | 'autoReceptionist' | 'sharedLineGroup' | undefined {
  if (t === 'common_area') return 'commonAreaPhone';
  const o = ownerType(t);
  return o === 'commonArea' ? undefined : o;
}

/**
 * The old edition's `path` of a party's leg (the account list's `path` filter
 * takes these words): voiceMail when it ended in voicemail, callQueue /
 * sharedLineGroup / autoReceptionist when one of those handed the call on or was
 * the party, forward and transfer for those events, else pstn for a call with
 * the outside, extension inside the account.
 */
export function pathOf(leg: CallLeg, party: CallParty, call: SimulatedCall): string {
  if (leg.result === 'voicemail') return 'voiceMail';
  const via = leg.operator?.extensionType ?? (party.extensionType !== 'user' ? party.extensionType : undefined);
  if (via === 'call_queue') return 'callQueue';
  if (via === 'shared_line_group') return 'sharedLineGroup';
  if (via === 'auto_receptionist') return 'autoReceptionist';
  if (via === 'common_area') return 'commonAreaPhone';
  if (leg.event === 'forward' || leg.event === 'overflow') return 'forward';
  if (leg.event === 'direct_transfer' || leg.event === 'warm_transfer') return 'transfer';
  return call.connectType === 'external' ? 'pstn' : 'extension';
}

/** The paths getAccountsCallLogs' `path` filter names (its page's list). */
export const PATHS = new Set([
  'voiceMail', 'message', 'forward', 'extension', 'callQueue', 'ivrMenu', 'companyDirectory', 'autoReceptionist', 'contactCenter', 'disconnected',
  'commonAreaPhone', 'pstn', 'transfer', 'sharedLines', 'sharedLineGroup', 'tollFreeBilling', 'meetingService', 'parkPickup', 'parkTimeout',
  'monitor', 'takeover', 'sipGroup',
]);

// ---- charges -------------------------------------------------------------------------

/**
 * A party's rate a started minute, from the sandbox's price list (rates.ts): a
 * call out by the country dialled, a call into a toll-free number by that
 * number's country; calls inside the account and other inbound calls are free.
 */
export function rateOf(call: SimulatedCall, direction: 'inbound' | 'outbound'): number {
  // Emergency calls are free, and a short code such as 911 names no country to price.
  if (call.connectType === 'internal' || call.emergency) return 0;
  if (direction === 'outbound') return outboundRate(countryOf(call.callee.phoneNumber));
  return oldCallType(call) === 'tollfree' ? tollFreeRate(countryOf(call.callee.phoneNumber)) : 0;
}

export const money = (n: number): string => `$${n.toFixed(4)}`;

/** The charge of a log: its rate per started minute of talk. */
export const chargeOf = (rate: number, seconds: number): number => rate * Math.ceil(seconds / 60);

// ---- client codes ---------------------------------------------------------------------

/** "The client code (3 to 16 digit number) to mark the call log." */
export const isClientCode = (code: string): boolean => /^\d{3,16}$/.test(code);

// ---- date windows ----------------------------------------------------------------------

const DAY = 24 * 60 * 60 * 1000;
/** "If unspecified, returns data within the 24 hours." */
export const DEFAULT_WINDOW_MS = DAY;
/** "The date range defined by the from and to parameters should be a month": a calendar month at most. */
export const MAX_MONTHS = 1;
/** "The month defined should fall within the last six months." */
export const HISTORY_MONTHS = 6;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,3})?Z$/;

/** A `from`/`to` value: yyyy-mm-dd (a whole day, UTC) or yyyy-MM-dd'T'HH:mm:ss'Z'; undefined when it is neither. */
export function parseMoment(text: string): { at: number; dateOnly: boolean } | undefined {
  const d = DATE.exec(text) ?? DATE_TIME.exec(text);
  if (!d) return undefined;
  const at = Date.parse(d.length > 4 ? text : `${text}T00:00:00Z`);
  if (Number.isNaN(at)) return undefined;
  // Date.parse rolls 2021-02-31 over to March: a day the calendar lacks is refused.
  if (new Date(at).toISOString().slice(0, 10) !== text.slice(0, 10)) return undefined;
  return { at, dateOnly: d.length <= 4 };
}

export const addMonths = (at: number, months: number): number => {
  const d = new Date(at);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.getTime();
};

export interface Window {
  /** Inclusive lower bound, epoch ms. */
  from: number;
  /** Exclusive upper bound. */
  to: number;
  /** What the answer's from/to say. */
  fromText: string;
  toText: string;
}

export type WindowProblem = { param: 'from' | 'to'; why: 'format' | 'missing' | 'order' | 'range' | 'age' };

/**
 * The window a list covers. Neither given: the 24 hours before now. `to` is
 * "Required only when the from parameter is specified"; `to` alone ends the 24
 * hours it closes. A date-only `to` takes in its whole day. The window must not
 * run backwards, exceed a calendar month, nor start before the last six months.
 */
export function windowOf(fromText: string | undefined, toText: string | undefined, now: number): Window | WindowProblem {
  if (fromText === undefined && toText === undefined) {
    return { from: now - DEFAULT_WINDOW_MS, to: now + 1, fromText: isoDay(now - DEFAULT_WINDOW_MS), toText: isoDay(now) };
  }
  const to = toText === undefined ? undefined : parseMoment(toText);
  if (toText !== undefined && !to) return { param: 'to', why: 'format' };
  if (fromText === undefined) {
    const end = to!.dateOnly ? to!.at + DAY : to!.at + 1;
    return { from: end - DEFAULT_WINDOW_MS, to: end, fromText: isoDay(end - DEFAULT_WINDOW_MS), toText: toText! };
  }
  const from = parseMoment(fromText);
  if (!from) return { param: 'from', why: 'format' };
  if (!to) return { param: 'to', why: 'missing' };
  const end = to.dateOnly ? to.at + DAY : to.at + 1;
  if (end <= from.at) return { param: 'to', why: 'order' };
  // A month from `from`, its last day included when `to` is a date: 2021-10-01..2021-11-01 is one month.
  if (end > addMonths(from.at, MAX_MONTHS) + (to.dateOnly ? DAY : 1)) return { param: 'to', why: 'range' };
  if (from.at < addMonths(startOfDay(now), -HISTORY_MONTHS)) return { param: 'from', why: 'age' };
  return { from: from.at, to: end, fromText, toText: toText! };
}

const startOfDay = (at: number) => at - (at % DAY);
const isoDay = (at: number) => new Date(at).toISOString().slice(0, 10);

// ---- sync tokens --------------------------------------------------------------------

/**
 * A sync token names the user it was issued to and the span of the user's logs
 * the client holds, as the oldest and newest log's sequence in the order logs
 * were written — the page's example token is base64 of "<user>_<ms>_<ms>"; this
 * one is base64 of "<user id>_<oldest seq>_<newest seq>". Logs are written when
 * their call ends, so the write order is the order a client learns of them.
 */
export interface SyncSpan {
  userId: string;
  oldest: number;
  newest: number;
}

export const encodeSyncToken = (s: SyncSpan): string => Buffer.from(`${s.userId}_${s.oldest}_${s.newest}`).toString('base64');

export function decodeSyncToken(token: string): SyncSpan | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(token)) return undefined;
  const m = /^(.+)_(\d{1,15})_(\d{1,15})$/.exec(Buffer.from(token, 'base64').toString('utf8'));
  if (!m) return undefined;
  const span = { userId: m[1], oldest: Number(m[2]), newest: Number(m[3]) };
  return span.oldest <= span.newest ? span : undefined;
}

export const SYNC_TYPES = ['FSync', 'ISync', 'BSync'] as const;
export type SyncType = (typeof SYNC_TYPES)[number];
/** The pages give count no default nor maximum: the list convention's 30 and 300. */
export const SYNC_DEFAULT_COUNT = 30;
export const SYNC_MAX_COUNT = 300;

// ---- the sandbox's AI call summary -------------------------------------------------------

/** The summary text of a call a user took part in: made from its parties and duration, the same for the same call. */
export function summaryText(user: CallParty, other: CallParty, seconds: number): { call_summary: string; next_steps: string; detailed_summary: string } {
  const minutes = Math.max(1, Math.round(seconds / 60));
  const otherName = other.name || shownNumber(other) || 'the other party';
  return {
    call_summary: `${user.name} spoke with ${otherName} for about ${minutes} minute${minutes === 1 ? '' : 's'}. (Sandbox summary: no audio is transcribed.)`,
    next_steps: `${user.name} will follow up with ${otherName}.`,
    detailed_summary: `A ${seconds}-second call between ${user.name} and ${otherName}. This summary is written by the Switchboard sandbox from the call's parties and duration.`,
  };
}
