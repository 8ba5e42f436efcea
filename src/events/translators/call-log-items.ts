// The call_logs[] item of phone.*_call_log_completed and phone.*_call_history_completed:
// the log each user of a call got, as GET /phone/users/{userId}/call_logs (the old
// edition) and GET /phone/users/{userId}/call_history (the new one) show it.
//
// The words (result, path, call type, number source) are the call-logs family's
// own rules, from its public.ts; which leg is a party's is followed here from the
// call 'calls.completed' carries, and test/events/call-events.test.ts holds every
// item against the API's own views of the same call, so the two cannot drift apart unseen.
import { isoSeconds } from '../../clock.ts';
import { ANSWERED_RESULTS, forwarderType, shownNumber, numberSource, oldCallType, oldResult, pathOf, type CallLeg, type CallParty, type CompletedCall, type ExtensionType } from '../../families/call-logs/public.ts';
import type { PhoneEventObject } from '../zoom-events.ts';
import type { KnownParty } from './call-parties.ts';

type CallerLogItem = PhoneEventObject<'phone.caller_call_log_completed'>['call_logs'][number];
type CalleeLogItem = PhoneEventObject<'phone.callee_call_log_completed'>['call_logs'][number];
type HistoryItem = PhoneEventObject<'phone.callee_call_history_completed'>['call_logs'][number];

/** One user's log of a call: which side the user was on, and the two items its events carry. */
/** The user placed the call (caller_* events), else the call reached the user (callee_*). */
export type UserLog = { userId: string; history: HistoryItem } & ({ placed: true; log: CallerLogItem } | { placed: false; log: CalleeLogItem });

const iso = (at: number | undefined) => (at === undefined ? undefined : isoSeconds(at));
const seconds = (ms: number) => Math.max(0, Math.round(ms / 1000));
const legOrder = (a: CallLeg, b: CallLeg) => a.segment - b.segment || a.node - b.node;

/** forwarded_by's and forwarded_to's extension type words: the events' lists have no word for common areas. */
function eventForwarderType(t: ExtensionType | undefined): 'user' | 'callQueue' | 'autoReceptionist' | 'sharedLineGroup' | undefined {
  const word = forwarderType(t);
  return word === 'commonAreaPhone' ? undefined : word;
}

/** A party as forwarded_by / forwarded_to show it. */
function reference(p: KnownParty) {
  return {
    extension_number: p.extensionNumber,
    name: p.name,
    number_type: p.phoneNumber ? 2 : 1,
    phone_number: p.phoneNumber,
    location: p.siteName,
  };
}

/** The old edition's fields of either end of a log. */
function oldEnds(caller: KnownParty, callee: KnownParty) {
  return {
    caller_name: caller.name,
    caller_number: shownNumber(caller),
    caller_number_type: (caller.phoneNumber ? 2 : 1) as 1 | 2,
    caller_number_source: numberSource(caller),
    caller_did_number: caller.phoneNumber,
    caller_country_code: caller.countryCode,
    caller_country_iso_code: caller.countryIso,
    callee_name: callee.name,
    callee_number: shownNumber(callee),
    callee_number_type: (callee.phoneNumber ? 2 : 1) as 1 | 2,
    callee_number_source: numberSource(callee),
    callee_did_number: callee.phoneNumber,
    callee_country_code: callee.countryCode,
    callee_country_iso_code: callee.countryIso,
  };
}

/** A party's new-edition fields, under caller_ or callee_. */
const newCaller = (p: KnownParty) => ({
  caller_ext_id: p.extensionId,
  caller_ext_number: p.extensionNumber,
  caller_ext_type: p.extensionType,
  caller_name: p.name,
  caller_email: p.email,
  caller_did_number: p.phoneNumber,
  caller_number_type: p.numberType,
  caller_device_type: p.deviceType,
  caller_country_code: p.countryCode,
  caller_country_iso_code: p.countryIso,
  caller_site_id: p.siteId,
  caller_department: p.department,
  caller_cost_center: p.costCenter,
});

const newCallee = (p: KnownParty) => ({
  callee_ext_id: p.extensionId,
  callee_ext_number: p.extensionNumber,
  callee_ext_type: p.extensionType,
  callee_name: p.name,
  callee_email: p.email,
  callee_did_number: p.phoneNumber,
  callee_number_type: p.numberType,
  callee_device_type: p.deviceType,
  callee_country_code: p.countryCode,
  callee_country_iso_code: p.countryIso,
  callee_site_id: p.siteId,
  callee_department: p.department,
  callee_cost_center: p.costCenter,
});

/**
 * The log of each user of the call (a party the call logs give a user id: queues,
 * receptionists and common areas have logs but no user to send them to), in the
 * order the call met them.
 */
export function userLogs(call: CompletedCall, known: (p: CallParty) => KnownParty): UserLog[] {
  const legs = [...call.legs].sort(legOrder);
  // Who finally took the call: the last leg a person answered.
  const answeredLeg = [...legs].reverse().find((l) => ANSWERED_RESULTS.has(l.result));
  const answered = call.answerAt !== undefined || answeredLeg !== undefined;
  const parties = new Map<string, CallParty>();
  for (const leg of legs) for (const p of [leg.caller, leg.callee]) if (p.extensionId && !parties.has(p.extensionId)) parties.set(p.extensionId, p);

  const out: UserLog[] = [];
  for (const [extensionId, party] of parties) {
    const logId = call.logIds[extensionId];
    if (!party.userId || !logId) continue;
    const own = known(party);
    const mine = legs.filter((l) => l.caller.extensionId === extensionId || l.callee.extensionId === extensionId);
    const placed = call.caller.extensionId === extensionId;
    // The caller's log stands for the whole call; a callee's for the leg it answered, else its last.
    const legOfParty = mine.find((l) => ANSWERED_RESULTS.has(l.result) && l.callee.extensionId === extensionId) ?? mine[mine.length - 1]!;
    const leg = placed ? mine[0]! : legOfParty;
    const startAt = placed ? call.startAt : legOfParty.startAt;
    const endAt = placed ? call.endAt : legOfParty.endAt;
    const answerAt = placed ? (call.answerAt ?? answeredLeg?.answerAt) : legOfParty.answerAt;
    const talked = answerAt !== undefined && (placed ? answered : ANSWERED_RESULTS.has(legOfParty.result));
    const duration = talked ? seconds(endAt - answerAt) : 0;
    const recording = placed ? call.recordings[0] : call.recordings.find((r) => mine.some((l) => l.id === r.legId) || r.owner.extensionId === extensionId);
    const vm = call.voicemail;
    const voicemail = vm && (placed || vm.owner.extensionId === extensionId || mine.some((l) => l.id === vm.legId)) ? vm : undefined;
    const resultLeg = placed ? (answeredLeg ?? legs[legs.length - 1]!) : legOfParty;
    const forwardedTo = legs.find((l) => l.operator?.extensionId === extensionId)?.callee;
    const forwardedBy = placed ? undefined : legOfParty.operator;
    const hold = mine.reduce((n, l) => n + l.holdSeconds, 0);
    const direction = placed ? ('outbound' as const) : ('inbound' as const);

    const common = {
      id: logId,
      call_id: call.callId,
      direction,
      date_time: isoSeconds(startAt),
      call_end_time: iso(endAt),
      duration,
      hold_time: hold,
      ...oldEnds(known(placed ? call.caller : legOfParty.caller), known(placed ? call.callee : legOfParty.callee)),
      path: pathOf(resultLeg, placed ? resultLeg.callee : party, call),
      result: placed ? oldResult(call.result, 'caller') : oldResult(legOfParty.result, 'callee', legOfParty.resultReason),
      call_type: oldCallType(call),
      has_recording: Boolean(recording),
      recording_id: recording?.id,
      recording_type: recording && (recording.type === 'automatic' ? 'Automatic' : 'OnDemand'),
      has_voicemail: Boolean(voicemail),
      site: own.siteId ? { id: own.siteId } : undefined,
      department: own.department,
      cost_center: own.costCenter,
    };
    const to = forwardedTo && known(forwardedTo);
    const by = forwardedBy && known(forwardedBy);
    const forwarded_by = by && { ...reference(by), extension_type: eventForwarderType(by.extensionType) };
    const callerLog = (): CallerLogItem => ({
      ...common,
      forwarded_to: to && { ...reference(to), extension_type: to.extensionId ? eventForwarderType(to.extensionType) : 'pstn' },
      forwarded_by,
    });
    const calleeLog = (): CalleeLogItem => ({
      ...common,
      caller_user_id: legOfParty.caller.userId,
      callee_user_id: legOfParty.callee.userId,
      // "The API only displays this response if the direction value is inbound."
      answer_start_time: iso(answerAt),
      waiting_time: legOfParty.waitSeconds,
      forwarded_to: to && { ...reference(to), extension_type: eventForwarderType(to.extensionType) },
      forwarded_by,
    });

    const operator = leg.operator && known(leg.operator);
    const history: HistoryItem = {
      id: logId,
      call_path_id: call.historyUuid,
      call_id: call.callId,
      connect_type: call.connectType,
      call_type: 'general',
      direction,
      hide_caller_id: false,
      end_to_end: false,
      ...newCaller(known(leg.caller)),
      ...newCallee(known(leg.callee)),
      operator_ext_id: operator?.extensionId,
      operator_ext_number: operator?.extensionNumber,
      operator_ext_type: operator?.extensionType,
      operator_name: operator?.name,
      start_time: isoSeconds(startAt),
      answer_time: iso(placed ? call.answerAt : leg.answerAt),
      end_time: iso(endAt),
      event: leg.event,
      result: placed ? call.result : leg.result,
      result_reason: placed ? undefined : leg.resultReason,
      recording_id: recording?.id,
      recording_type: recording?.type,
      voicemail_id: voicemail?.id,
      talk_time: duration,
      hold_time: hold,
      wait_time: placed ? 0 : legOfParty.waitSeconds,
    };
    out.push(placed ? { userId: party.userId, history, placed, log: callerLog() } : { userId: party.userId, history, placed, log: calleeLog() });
  }
  return out;
}
