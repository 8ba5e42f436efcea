// The call-handling family's invariants, as plain functions of values: which
// extensions have call handling, which sub-settings each period has, the actions
// an unanswered or busy call may take and the directory kind each one forwards
// to, the defaults an extension starts with, and the shape of hours.
import type { ExtensionKind } from '../extensions/public.ts';

export type Period = 'business_hours' | 'closed_hours' | 'holiday_hours';
export const PERIODS: readonly Period[] = ['business_hours', 'closed_hours', 'holiday_hours'];
export const isPeriod = (value: string): value is Period => (PERIODS as readonly string[]).includes(value);

/** "Applicable to user, call queue, auto receptionist, or shared line group call handling at this time." */
export type HandledKind = 'user' | 'callQueue' | 'autoReceptionist' | 'sharedLineGroup';
export const isHandled = (kind: ExtensionKind): kind is HandledKind => ['user', 'callQueue', 'autoReceptionist', 'sharedLineGroup'].includes(kind);

/** call_forwarding (external numbers a call rings too) is a user's sub-setting. */
export const forwardsToNumbers = (kind: HandledKind) => kind === 'user';

/** One weekday of custom business hours: 0 closed, 1 all day, 2 from–to (HH:mm). */
export interface WeekdayHours {
  weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  type: 0 | 1 | 2;
  from?: string;
  to?: string;
}

/** The options a route keeps beside its typed columns: prompts, queue distribution, flags. */
export interface RouteOptions {
  audio_while_connecting_id?: string;
  greeting_prompt_id?: string;
  music_on_hold_id?: string;
  message_greeting_id?: string;
  voicemail_greeting_id?: string;
  voicemail_leaving_instruction_id?: string;
  call_distribution?: { handle_multiple_calls?: boolean; ring_duration?: number; ring_mode?: 'simultaneous' | 'sequential' | 'rotating' | 'longest_idle'; skip_offline_device_phone_number?: boolean };
  max_call_in_queue?: number;
  receive_call?: boolean;
  wrap_up_time?: number;
  busy_play_callee_voicemail_greeting?: boolean;
  busy_require_press_1_before_connecting?: boolean;
  un_answered_require_press_1_before_connecting?: boolean;
  overflow_play_callee_voicemail_greeting?: boolean;
  play_callee_voicemail_greeting?: boolean;
  forward_to_partner_contact_center_id?: string;
  forward_to_teams_id?: string;
  forward_to_zcc_phone_number?: string;
}

/** The keys of RouteOptions, in the order a stored JSON keeps them: nothing else from a body is stored. */
export const OPTION_KEYS: readonly (keyof RouteOptions)[] = [
  'audio_while_connecting_id', 'greeting_prompt_id', 'music_on_hold_id', 'message_greeting_id', 'voicemail_greeting_id', 'voicemail_leaving_instruction_id',
  'call_distribution', 'max_call_in_queue', 'receive_call', 'wrap_up_time', 'busy_play_callee_voicemail_greeting', 'busy_require_press_1_before_connecting',
  'un_answered_require_press_1_before_connecting', 'overflow_play_callee_voicemail_greeting', 'play_callee_voicemail_greeting',
  'forward_to_partner_contact_center_id', 'forward_to_teams_id', 'forward_to_zcc_phone_number',
];

/** A period's routing, as stored (a route row without its keys) or as the defaults make it. */
export interface Route {
  hours_type: number | null;
  custom_hours: WeekdayHours[] | null;
  allow_members_to_reset: boolean | null;
  ring_mode: 'simultaneous' | 'sequential' | null;
  max_wait_time: number | null;
  routing_action: number;
  routing_extension_id: string | null;
  routing_phone_number: string | null;
  routing_description: string | null;
  busy_action: number | null;
  busy_extension_id: string | null;
  busy_phone_number: string | null;
  busy_description: string | null;
  connect_to_operator: boolean;
  operator_extension_id: string | null;
  allow_callers_check_voicemail: boolean;
  require_press_1: boolean;
  options: RouteOptions;
}

export const VOICEMAIL = 1;
export const PHONE_NUMBER = 10;
export const CALL_WAITING = 21;

/**
 * The defaults of an extension's period before any change (the pages document none):
 * business hours all day every day; an unanswered call goes to the extension's
 * voicemail; a busy user takes the call waiting; users and shared line groups ring
 * their devices at once for 30 seconds, a queue waits up to 120 seconds for a member.
 */
export function defaultRoute(kind: HandledKind, period: Period): Route {
  const rings = kind === 'user' || kind === 'sharedLineGroup';
  return {
    hours_type: period === 'business_hours' ? 1 : null,
    custom_hours: period === 'business_hours' ? allDay() : null,
    allow_members_to_reset: period === 'business_hours' && kind === 'callQueue' ? false : null,
    ring_mode: rings ? 'simultaneous' : null,
    max_wait_time: rings ? 30 : kind === 'callQueue' ? 120 : null,
    routing_action: VOICEMAIL,
    routing_extension_id: null,
    routing_phone_number: null,
    routing_description: null,
    busy_action: kind === 'user' ? CALL_WAITING : null,
    busy_extension_id: null,
    busy_phone_number: null,
    busy_description: null,
    connect_to_operator: false,
    operator_extension_id: null,
    allow_callers_check_voicemail: false,
    require_press_1: false,
    options: kind === 'callQueue' && period === 'business_hours' ? { call_distribution: { ring_mode: 'simultaneous' }, max_call_in_queue: 60, receive_call: false, wrap_up_time: 30 } : {},
  };
}

/** Every weekday all day: the business hours an extension starts with. */
export const allDay = (): WeekdayHours[] => ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({ weekday, type: 1 }));

/** The directory kind each forwarding action sends the call to. */
export const TARGET_KIND: Readonly<Record<number, ExtensionKind>> = { 2: 'user', 3: 'zoomRoom', 4: 'commonArea', 6: 'autoReceptionist', 7: 'callQueue', 8: 'sharedLineGroup' };

/**
 * The unanswered-call actions each kind of extension may take, as the page lists
 * them ("Applicable to …"). 5 (a Cisco/Polycom room) names records this server
 * does not keep; see fidelity.ts. 9 forwards to an external contact (external-contacts).
 */
export function unansweredActions(kind: HandledKind): number[] {
  const common = [1, 2, 3, 4, 6, 7, 8, 9, 10, 12];
  switch (kind) {
    case 'user':
      return [...common, 11];
    case 'callQueue':
    case 'sharedLineGroup':
      return [...common, 11, 18, 19];
    case 'autoReceptionist':
      return [...common, 14, 15, 18, 19];
  }
}

/** The busy-on-another-call actions (users only): 21 call waiting, 22 a busy signal, the rest as unanswered calls. */
export const BUSY_ACTIONS = [1, 2, 4, 6, 7, 8, 9, 10, 12, 21, 22];

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of an HH:mm time; undefined when it is not one. */
export function minutesOf(time: string | undefined): number | undefined {
  const m = time === undefined ? null : HH_MM.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** A weekday of custom hours is valid when, for type 2, its from is an HH:mm before its to. */
export function validDay(day: WeekdayHours): boolean {
  if (day.type !== 2) return true;
  const from = minutesOf(day.from);
  const to = minutesOf(day.to);
  return from !== undefined && to !== undefined && from < to;
}

/** A holiday's from/to: both instants, from before to. */
export function validSpan(from: string, to: string): boolean {
  const a = Date.parse(from);
  const b = Date.parse(to);
  return Number.isFinite(a) && Number.isFinite(b) && a < b;
}

/** An instant as the pages write it: yyyy-MM-dd'T'HH:mm:ss'Z'. */
export const instant = (value: string) => new Date(Date.parse(value)).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Custom hours changed by weekday: each day given replaces that day. */
export function mergeDays(current: WeekdayHours[], changes: WeekdayHours[]): WeekdayHours[] {
  const byDay = new Map(current.map((d) => [d.weekday, d]));
  for (const d of changes) byDay.set(d.weekday, d.type === 2 ? { weekday: d.weekday, type: 2, from: d.from, to: d.to } : { weekday: d.weekday, type: d.type });
  return [...byDay.values()].sort((a, b) => a.weekday - b.weekday);
}

/**
 * What a user's effective policy (its profile's `policy`) allows its call handling:
 * forwarding to external numbers, overflow (`call_overflow`: 1 low, no external
 * numbers; 2 medium, nor external contacts; 3 high, nor internal extensions without
 * inbound automatic call recording; 4 none) and voicemail. Only users have one.
 */
export interface HandlingPolicy {
  forwardingToExternalNumbers: boolean;
  overflow: boolean;
  overflowType: number;
  voicemail: boolean;
}

const NO_RESTRICTION = 4;
/** The action that forwards a call to one of the account's external contacts (its id in the extension column). */
export const EXTERNAL_CONTACT = 9;

/** A user policy as its profile shows it, read for call handling (an unset restriction type restricts nothing). */
export function handlingPolicy(policy: {
  forwarding_to_external_numbers?: boolean;
  call_overflow?: { enable?: boolean; call_overflow_type?: number };
  voicemail?: { enable?: boolean };
}): HandlingPolicy {
  // A setting nobody changed allows (the pages give no default to refuse by).
  return {
    forwardingToExternalNumbers: policy.forwarding_to_external_numbers !== false,
    overflow: policy.call_overflow?.enable !== false,
    overflowType: policy.call_overflow?.call_overflow_type ?? NO_RESTRICTION,
    voicemail: policy.voicemail?.enable !== false,
  };
}

/** The documented refusals a user's policy gives call handling. */
export type PolicyRefusal =
  | 'failedToOverflowToExternalContact'
  | 'failedToOverflowToExternalNumber'
  | 'failedToOverflowToInternalExtension'
  | 'failedToOverflowToExtensionSince'
  | 'extensionsVoicemailPolicyIsDisabled';

/** Whether an action forwards the call away from the extension (to an extension, a Cisco/Polycom room, an external contact or a number). */
const forwards = (action: number) => TARGET_KIND[action] !== undefined || action === 5 || action === EXTERNAL_CONTACT || action === PHONE_NUMBER;

/**
 * The refusal, if any, a user's policy gives an unanswered or busy call's action:
 * voicemail needs the voicemail policy; any forwarding needs overflow enabled, and
 * its restriction refuses external numbers (low and up) and external contacts
 * (medium and up). An internal extension under high restriction depends on the
 * target's recording: see `unrecordedRefused`.
 */
export function actionRefusal(policy: HandlingPolicy, action: number): PolicyRefusal | undefined {
  if (action === VOICEMAIL) return policy.voicemail ? undefined : 'extensionsVoicemailPolicyIsDisabled';
  if (!forwards(action)) return undefined;
  if (!policy.overflow) return 'failedToOverflowToExtensionSince';
  if (action === PHONE_NUMBER && policy.overflowType <= 3) return 'failedToOverflowToExternalNumber';
  if (action === EXTERNAL_CONTACT && policy.overflowType >= 2 && policy.overflowType <= 3) return 'failedToOverflowToExternalContact';
  return undefined;
}

/** Under high restriction an internal extension must record its inbound calls automatically. */
export const unrecordedRefused = (policy: HandlingPolicy, action: number) => policy.overflow && policy.overflowType === 3 && TARGET_KIND[action] !== undefined;

/** Whether an extension's automatic call recording takes its inbound calls (a user's policy `auto_call_recording`). */
export const recordsInbound = (recording: { enable?: boolean; recording_calls?: string } | undefined) =>
  recording?.enable === true && (recording.recording_calls === 'inbound' || recording.recording_calls === 'both');
