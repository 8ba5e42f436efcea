// The call-handling family's tables: how each extension of the account's directory
// (a user, call queue, auto receptionist or shared line group) routes its calls in
// its business hours, its closed hours and each of its holidays. What a call router
// runs is kept as typed columns: the action and its target for unanswered calls and
// for calls while busy, the operator, the external numbers calls are forwarded to.
// Extensions are named by id only: the directory (extensions family) names them.
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

/** One row per period of an extension that was changed from its defaults (rules.ts). */
export interface CallHandlingRouteTable {
  seq: Generated<number>;
  account_id: string;
  extension_id: string;
  /** business_hours | closed_hours | holiday_hours */
  period: string;
  /** The holiday of a holiday_hours row; '' otherwise (a unique index covers it). */
  holiday_id: string;
  /** business_hours only: 1 (24 hours, 7 days) | 2 (custom hours). */
  hours_type: number | null;
  /** business_hours only, JSON: the custom hours by weekday (rules.ts WeekdayHours[]). */
  custom_hours: string | null;
  allow_members_to_reset: number | null;
  ring_mode: string | null;
  max_wait_time: number | null;
  /** What an unanswered call does (call_not_answer_action): 1 voicemail, 2 a user, … 10 a phone number, 11 disconnect. */
  routing_action: number;
  /** The directory extension unanswered calls go to (actions 2–8), or whose voicemail takes them (1). */
  routing_extension_id: string | null;
  routing_phone_number: string | null;
  routing_description: string | null;
  /** Users only: what a call does while the user is busy on another call. */
  busy_action: number | null;
  busy_extension_id: string | null;
  busy_phone_number: string | null;
  busy_description: string | null;
  connect_to_operator: number;
  operator_extension_id: string | null;
  allow_callers_check_voicemail: number;
  /** The call_forwarding sub-setting's require_press_1_before_connecting. */
  require_press_1: number;
  /** JSON: the prompts, queue distribution and other options (rules.ts RouteOptions). */
  options: string;
  updated_at: number;
}

/** An extension's holidays: each has its own routing (a route row) and forwarding numbers. */
export interface CallHandlingHolidayTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  extension_id: string;
  name: string;
  /** ISO 8601 UTC, yyyy-MM-ddTHH:mm:ssZ. */
  starts_at: string;
  ends_at: string;
}

/** The external numbers an extension's calls of one period are forwarded to (call_forwarding sub-setting). */
export interface CallHandlingForwardingTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  extension_id: string;
  period: string;
  holiday_id: string;
  phone_number: string;
  description: string | null;
  enable: number;
  /** The external contact the item forwards to instead of its number (external-contacts; migration 4200_external_contacts_call_forwarding). */
  external_contact_id: string | null;
}

export interface CallHandlingTables {
  call_handling_routes: CallHandlingRouteTable;
  call_handling_holidays: CallHandlingHolidayTable;
  call_handling_forwardings: CallHandlingForwardingTable;
}

declare module '../../store/schema.ts' {
  interface Database extends CallHandlingTables {}
}

export const owner = owns('call-handling', ['call_handling_routes', 'call_handling_holidays', 'call_handling_forwardings']);
