// How the stored records read in each page's words: the new edition's flat
// caller_*/callee_* fields, call elements and call paths, and the old edition's
// call logs with their numbers, owner and result words.
import { isoSeconds } from '../../clock.ts';
import type { ItemOf, ResponseOf } from '../../kit/context.ts';
import type { ElementData, HistoryData, LogData, PartySnap } from './record.ts';
import { forwarderType, money, numberSource, ownerType, type OwnerType } from './rules.ts';
import type { ElementRow, HistoryRow, LogRow } from './store.ts';

const iso = (at: number | undefined) => (at === undefined ? undefined : isoSeconds(at));
const parse = <T>(row: { data: string }): T => JSON.parse(row.data) as T;

export const logData = (row: LogRow): LogData => parse<LogData>(row);
export const elementData = (row: ElementRow): ElementData => parse<ElementData>(row);

/** A party's new-edition fields, under `caller_` or `callee_`. */
function caller(p: PartySnap) {
  return {
    caller_ext_id: p.ext_id,
    caller_ext_number: p.ext_number,
    caller_ext_type: p.ext_type,
    caller_name: p.name,
    caller_email: p.email,
    caller_did_number: p.number,
    caller_number_type: p.number_type,
    caller_device_type: p.device_type,
    caller_country_code: p.country_code,
    caller_country_iso_code: p.country_iso,
  };
}

function callee(p: PartySnap) {
  return {
    callee_ext_id: p.ext_id,
    callee_ext_number: p.ext_number,
    callee_ext_type: p.ext_type,
    callee_name: p.name,
    callee_email: p.email,
    callee_did_number: p.number,
    callee_number_type: p.number_type,
    callee_device_type: p.device_type,
    callee_country_code: p.country_code,
    callee_country_iso_code: p.country_iso,
  };
}

/** The user views name each end's site, department and cost center as well. */
const callerPlace = (p: PartySnap) => ({ caller_site_id: p.site_id, caller_department: p.department, caller_cost_center: p.cost_center });
const calleePlace = (p: PartySnap) => ({ callee_site_id: p.site_id, callee_department: p.department, callee_cost_center: p.cost_center });

const operator = (p: PartySnap | undefined) => ({
  operator_ext_id: p?.ext_id,
  operator_ext_number: p?.ext_number,
  operator_ext_type: p?.ext_type,
  operator_name: p?.name,
});

/** The fields every call element shows, whatever page shows it. */
function elementCommon(e: ElementData, clientCode: string | undefined, callId: string) {
  return {
    call_id: callId,
    call_type: e.call_type ?? ('general' as const),
    connect_type: e.connect_type,
    direction: e.direction,
    hide_caller_id: false,
    end_to_end: false,
    ...caller(e.caller),
    ...callee(e.callee),
    ...operator(e.operator),
    client_code: clientCode,
    site_id: e.site_id,
    site_name: e.site_name,
    department: e.department,
    cost_center: e.cost_center,
    start_time: iso(e.start_at),
    answer_time: iso(e.answer_at),
    end_time: iso(e.end_at),
    event: e.event,
    result: e.result,
    result_reason: e.result_reason,
    press_key: e.press_key,
    recording_id: e.recording_id,
    recording_type: e.recording_type,
    voicemail_id: e.voicemail_id,
    hold_time: e.hold,
    waiting_time: e.wait,
  };
}

/** The call element's own number in the call's path: its segment and node, and is_node 1 for an event within a segment. */
const position = (row: ElementRow) => ({ segment: row.segment, node: row.node, is_node: row.node > 0 ? 1 : 0 });

/** The client code an element shows: the one set on the log of its callee inside the account, else its caller's. */
export function clientCodeOf(row: ElementRow, codes: Map<string, string>): string | undefined {
  const key = (ext: string | null) => (ext ? codes.get(`${row.call_id}/${ext}`) : undefined);
  return key(row.callee_ext_id) ?? key(row.caller_ext_id);
}

/** The client codes of these logs by call and extension. */
export const clientCodes = (logs: LogRow[]): Map<string, string> =>
  new Map(logs.filter((l) => l.client_code).map((l) => [`${l.call_id}/${l.extension_id}`, l.client_code!]));

export function presentElement(row: ElementRow, codes: Map<string, string>): NonNullable<ResponseOf<'getCallElement'>> {
  const e = elementData(row);
  return { call_element_id: row.id, call_history_uuid: row.history_id, ...elementCommon(e, clientCodeOf(row, codes), row.call_id), ...position(row) };
}

export function presentCallHistory(row: HistoryRow, elements: ElementRow[], codes: Map<string, string>): NonNullable<ResponseOf<'getCallHistory'>> {
  const h = parse<HistoryData>(row);
  const path = elements.map((el) => {
    const e = elementData(el);
    return { id: el.id, ...elementCommon(e, clientCodeOf(el, codes), el.call_id), ...position(el) };
  });
  return {
    id: row.id,
    call_history_uuid: row.id,
    call_id: row.call_id,
    connect_type: row.connect_type as 'internal' | 'external',
    call_type: row.call_type as 'general' | 'emergency',
    direction: row.direction as 'inbound' | 'outbound',
    international: h.international,
    hide_caller_id: false,
    end_to_end: false,
    caller_ext_id: h.caller.ext_id,
    caller_name: h.caller.name,
    caller_did_number: h.caller.number,
    caller_ext_number: h.caller.ext_number,
    caller_email: h.caller.email,
    caller_ext_type: h.caller.ext_type,
    callee_ext_id: h.callee.ext_id,
    callee_name: h.callee.name,
    callee_did_number: h.callee.number,
    callee_ext_number: h.callee.ext_number,
    callee_email: h.callee.email,
    callee_ext_type: h.callee.ext_type,
    department: row.department ?? undefined,
    cost_center: row.cost_center ?? undefined,
    site_id: row.site_id ?? undefined,
    site_name: h.site_name,
    start_time: iso(row.start_at),
    answer_time: iso(h.answer_at),
    end_time: iso(row.end_at),
    call_path: path,
    call_elements: elements.map((el) => presentElement(el, codes)).map(({ call_history_uuid: _, ...rest }) => rest),
  };
}

export function presentHistoryItem(row: HistoryRow): ItemOf<'getAccountsCallHistory', 'call_history'> {
  const h = parse<HistoryData>(row);
  return {
    call_history_uuid: row.id,
    call_id: row.call_id,
    direction: row.direction as 'inbound' | 'outbound',
    international: h.international,
    start_time: iso(row.start_at),
    answer_time: iso(h.answer_at),
    end_time: iso(row.end_at),
    duration: h.answer_at !== undefined ? Math.max(0, Math.round((row.end_at - h.answer_at) / 1000)) : 0,
    connect_type: row.connect_type as 'internal' | 'external',
    call_type: row.call_type as 'general' | 'emergency',
    call_result: row.call_result as ItemOf<'getAccountsCallHistory', 'call_history'>['call_result'],
    hide_caller_id: false,
    end_to_end: false,
    ...caller(h.caller),
    ...callee(h.callee),
    department: row.department ?? undefined,
    cost_center: row.cost_center ?? undefined,
    site_id: row.site_id ?? undefined,
    site_name: h.site_name,
    recording_status: row.recording_status as 'recorded' | 'non_recorded',
  };
}

/** A user's call history entry: its log, read as the party's own call element. */
function userHistoryCommon(row: LogRow) {
  const d = logData(row);
  const e = d.leg;
  return {
    id: row.id,
    call_path_id: row.history_id,
    call_id: row.call_id,
    connect_type: e.connect_type,
    call_type: row.call_type as 'general' | 'emergency',
    direction: row.direction as 'inbound' | 'outbound',
    hide_caller_id: false,
    end_to_end: false,
    ...caller(e.caller),
    ...callerPlace(e.caller),
    ...callee(e.callee),
    ...calleePlace(e.callee),
    ...operator(e.operator),
    start_time: iso(row.start_at),
    answer_time: iso(e.answer_at),
    end_time: iso(row.end_at),
    event: e.event,
    result: e.result,
    result_reason: e.result_reason,
    recording_id: d.recording_id,
    recording_type: d.recording_type,
    voicemail_id: d.voicemail_id,
    talk_time: d.duration,
    hold_time: d.hold,
    wait_time: d.wait,
  };
}

export const presentUserHistory = (row: LogRow): ItemOf<'getUsersCallHistory', 'call_logs'> => userHistoryCommon(row);

export const presentUserHistorySync = (row: LogRow): ItemOf<'syncUsersCallHistory', 'call_logs'> => ({
  ...userHistoryCommon(row),
  ai_call_summary_id: row.ai_summary_id ?? undefined,
});

function userElementCommon(row: ElementRow) {
  const e = elementData(row);
  return {
    call_element_id: row.id,
    call_history_uuid: row.history_id,
    call_id: row.call_id,
    connect_type: e.connect_type,
    call_type: 'general' as const,
    direction: e.direction,
    hide_caller_id: false,
    end_to_end: false,
    ...caller(e.caller),
    ...callerPlace(e.caller),
    ...callee(e.callee),
    ...calleePlace(e.callee),
    ...operator(e.operator),
    start_time: iso(e.start_at),
    answer_time: iso(e.answer_at),
    end_time: iso(e.end_at),
    event: e.event,
    result: e.result,
    result_reason: e.result_reason,
    recording_id: e.recording_id,
    recording_type: e.recording_type,
    voicemail_id: e.voicemail_id,
    talk_time: e.answer_at !== undefined ? Math.max(0, Math.round((e.end_at - e.answer_at) / 1000)) : 0,
    hold_time: e.hold,
    wait_time: e.wait,
  };
}

export const presentUserElement = (row: ElementRow): ItemOf<'getUsersCallHistory', 'call_elements'> => userElementCommon(row);

export const presentUserElementSync = (row: ElementRow, summaries: Map<string, string>): ItemOf<'syncUsersCallHistory', 'call_elements'> => ({
  ...userElementCommon(row),
  ai_call_summary_id: summaries.get(row.call_id),
});

/** getCallHistoryDetail: the log as the party's call element, with its own id and the call's path id. */
export function presentHistoryDetail(row: LogRow): NonNullable<ResponseOf<'getCallHistoryDetail'>> {
  const d = logData(row);
  const e = d.leg;
  return {
    id: row.id,
    call_path_id: row.history_id,
    ...elementCommon(e, row.client_code ?? undefined, row.call_id),
    direction: row.direction as 'inbound' | 'outbound',
    start_time: iso(row.start_at),
    end_time: iso(row.end_at),
    segment: 0,
    node: 0,
    is_node: 0,
  };
}

// ---- the old edition --------------------------------------------------------------------

/** The old edition's fields of either end: number (E.164 or extension), its type 1/2, source, country. */
function oldEnds(d: LogData) {
  const num = (p: PartySnap) => p.number ?? p.ext_number;
  const type = (p: PartySnap) => (p.number ? 2 : 1) as 1 | 2;
  const src = (p: PartySnap) => numberSource({ name: p.name, phoneNumber: p.number, numberType: p.number_type });
  return {
    caller_name: d.caller.name,
    caller_number: num(d.caller),
    caller_number_type: type(d.caller),
    caller_number_source: src(d.caller),
    caller_did_number: d.caller.number,
    caller_country_code: d.caller.country_code,
    caller_country_iso_code: d.caller.country_iso,
    callee_name: d.callee.name,
    callee_number: num(d.callee),
    callee_number_type: type(d.callee),
    callee_number_source: src(d.callee),
    callee_did_number: d.callee.number,
    callee_country_code: d.callee.country_code,
    callee_country_iso_code: d.callee.country_iso,
  };
}

const site = (p: PartySnap) => (p.site_id ? { id: p.site_id, name: p.site_name ?? '' } : undefined);
const oldRecordingType = (t: LogData['recording_type']) => (t === 'automatic' ? ('Automatic' as const) : t === 'ad-hoc' ? ('OnDemand' as const) : undefined);

/** A party as accepted_by / forwarded_to / outgoing_by show it. */
function reference(p: PartySnap | undefined) {
  if (!p) return undefined;
  return { extension_number: p.ext_number, name: p.name, number_type: p.number ? 2 : 1, phone_number: p.number, location: p.site_name };
}

function oldCommon(row: LogRow) {
  const d = logData(row);
  return {
    id: row.id,
    call_id: row.call_id,
    direction: row.direction,
    date_time: iso(row.start_at),
    answer_start_time: iso(d.answer_at),
    call_end_time: iso(row.end_at),
    duration: d.duration,
    hold_time: d.hold,
    waiting_time: d.wait,
    ...oldEnds(d),
    path: row.path,
    result: d.result,
    client_code: row.client_code ?? undefined,
    rate: money(d.rate),
    charge: money(d.charge),
    recording_type: oldRecordingType(d.recording_type),
    site: site(d.owner),
    user_id: row.user_id ?? undefined,
  };
}

export function presentAccountLog(row: LogRow): ItemOf<'getAccountsCallLogs', 'call_logs'> {
  const d = logData(row);
  return {
    ...oldCommon(row),
    answer_start_time: iso(d.answer_at),
    call_type: d.old_call_type,
    recording_id: d.recording_id,
    department: row.department ?? undefined,
    cost_center: row.cost_center ?? undefined,
    owner: {
      id: d.owner.owner_id,
      name: d.owner.name,
      type: ownerType(d.owner.ext_type) as OwnerType | undefined,
      extension_number: d.owner.ext_number !== undefined ? Number(d.owner.ext_number) : undefined,
    },
  };
}

function userLogCommon(row: LogRow) {
  const d = logData(row);
  return {
    ...oldCommon(row),
    // "The API only displays this response if the `direction` value is `inbound`."
    answer_start_time: row.direction === 'inbound' ? iso(d.answer_at) : undefined,
    has_recording: Boolean(d.recording_id),
    has_voicemail: Boolean(d.voicemail_id),
    accepted_by: reference(d.accepted_by),
    forwarded_to: reference(d.forwarded_to),
    outgoing_by: reference(d.outgoing_by),
    forwarded_by: d.forwarded_by ? { ...reference(d.forwarded_by)!, extension_type: forwarderType(d.forwarded_by.ext_type) } : undefined,
  };
}

export const presentUserLog = (row: LogRow): ItemOf<'getUsersCallLogs', 'call_logs'> => ({
  ...userLogCommon(row),
  department: row.department ?? undefined,
  cost_center: row.cost_center ?? undefined,
});

export function presentUserLogSync(row: LogRow): ItemOf<'syncUsersCallLogs', 'call_logs'> {
  const d = logData(row);
  return { ...userLogCommon(row), caller_user_id: d.caller.user_id, callee_user_id: d.callee.user_id };
}

export function presentLogDetails(row: LogRow): NonNullable<ResponseOf<'getCallLogDetails'>> {
  const d = logData(row);
  const { answer_start_time: _a, call_end_time: _e, hold_time: _h, waiting_time: _w, client_code: _c, rate: _r, charge: _ch, recording_type: _t, site: _s, user_id: _u, ...common } =
    oldCommon(row);
  return {
    ...common,
    direction: row.direction as 'inbound' | 'outbound',
    call_type: d.old_call_type,
    department: row.department ?? undefined,
    cost_center: row.cost_center ?? undefined,
    has_recording: Boolean(d.recording_id),
    has_voicemail: Boolean(d.voicemail_id),
    log_details: d.details.map((x) => ({
      id: x.id,
      date_time: iso(x.at),
      duration: x.duration,
      hold_time: x.hold,
      path: x.path,
      result: x.result,
      site: x.site,
      forward_to: x.forward_to
        ? {
            id: x.forward_to.owner_id,
            name: x.forward_to.name,
            extension_number: x.forward_to.ext_number,
            type: forwarderType(x.forward_to.ext_type) === 'commonAreaPhone' ? undefined : (forwarderType(x.forward_to.ext_type) as 'user' | 'callQueue' | 'autoReceptionist' | 'sharedLineGroup' | undefined),
          }
        : undefined,
    })),
  };
}
