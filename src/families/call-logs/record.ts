// How a simulated call becomes this family's records: the account's call
// history row, one call element per leg, one log per extension party, and the
// sandbox's AI summary for each user who talked on a recorded call. Names, sites
// and departments are read once here and kept as the call's day had them.
import { partyFacts } from './facts.ts';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { IdGenerator } from '../../ids.ts';
import { siteNames } from '../sites/public.ts';
import type { CallLeg, CallParty, SimulatedCall } from './call.ts';
import {
  ANSWERED_RESULTS, callTypeOf, chargeOf, extType, newNumberType, oldCallType, oldResult, pathOf, rateOf, shownNumber, summaryText,
} from './rules.ts';
import type { CallAiSummaryTable, CallElementTable, CallHistoryTable, CallLogTable } from './tables.ts';

/** A party as the records show it. */
export interface PartySnap {
  ext_id?: string;
  ext_number?: string;
  ext_type?: CallParty['extensionType'];
  user_id?: string;
  /** The id of what holds the extension (the user, the queue, …). */
  owner_id?: string;
  name: string;
  email?: string;
  number?: string;
  number_type?: CallParty['numberType'];
  country_code?: string;
  country_iso?: string;
  device_type?: string;
  site_id?: string;
  site_name?: string;
  department?: string;
  cost_center?: string;
}

/** A leg as its call element shows it. */
export interface ElementData {
  caller: PartySnap;
  callee: PartySnap;
  operator?: PartySnap;
  event: CallLeg['event'];
  result: CallLeg['result'];
  result_reason?: CallLeg['resultReason'];
  press_key?: string;
  start_at: number;
  answer_at?: number;
  end_at: number;
  hold: number;
  wait: number;
  recording_id?: string;
  recording_type?: 'automatic' | 'ad-hoc';
  voicemail_id?: string;
  direction: SimulatedCall['direction'];
  connect_type: SimulatedCall['connectType'];
  international: boolean;
  /** Set on the elements of an emergency call (absent: general). */
  call_type?: 'emergency';
  /** The element's own extension party (its callee inside the account, else its caller): where "the user belongs". */
  site_id?: string;
  site_name?: string;
  department?: string;
  cost_center?: string;
}

export interface HistoryData {
  caller: PartySnap;
  callee: PartySnap;
  answer_at?: number;
  international: boolean;
  site_name?: string;
}

/** One entry of an old-edition log's log_details: each leg of the party. */
export interface LogDetail {
  id: string;
  at: number;
  duration: number;
  hold: number;
  path: string;
  result: string;
  site?: { id: string; name: string };
  forward_to?: PartySnap;
}

export interface LogData {
  /** The ends as the party's log shows them. */
  caller: PartySnap;
  callee: PartySnap;
  owner: PartySnap;
  answer_at?: number;
  /** Seconds talked (answer to end). */
  duration: number;
  hold: number;
  wait: number;
  /** The old edition's result word. */
  result: string;
  old_call_type: ReturnType<typeof oldCallType>;
  international: boolean;
  recording_id?: string;
  recording_type?: 'automatic' | 'ad-hoc';
  voicemail_id?: string;
  rate: number;
  charge: number;
  accepted_by?: PartySnap;
  forwarded_by?: PartySnap;
  forwarded_to?: PartySnap;
  outgoing_by?: PartySnap;
  /** The party's leg as a call element (for the caller, carrying the call's result). */
  leg: ElementData & { id: string };
  details: LogDetail[];
}

const legOrder = (a: CallLeg, b: CallLeg) => a.segment - b.segment || a.node - b.node;
const seconds = (ms: number) => Math.max(0, Math.round(ms / 1000));

/** Each extension party's extra facts (its owner, department, cost center, site name), read once per call. */
async function enrich(db: Kysely<Database>, call: SimulatedCall): Promise<(p: CallParty | undefined) => PartySnap | undefined> {
  const parties = [call.caller, call.callee, ...call.legs.flatMap((l) => [l.caller, l.callee, l.operator])].filter((p): p is CallParty => !!p);
  const facts = new Map<string, { owner_id?: string; department?: string; cost_center?: string }>();
  for (const p of parties) {
    if (!p.extensionId || facts.has(p.extensionId)) continue;
    const f = await partyFacts(db, call.accountId, p);
    facts.set(p.extensionId, { owner_id: f.ownerId, department: f.department, cost_center: f.costCenter });
  }
  const missingSites = [...new Set(parties.filter((p) => p.siteId && !p.siteName).map((p) => p.siteId!))];
  const sites = await siteNames(db, call.accountId, missingSites);
  return (p) => {
    if (!p) return undefined;
    const f = p.extensionId ? facts.get(p.extensionId) : undefined;
    return {
      ext_id: p.extensionId,
      ext_number: p.extensionNumber,
      ext_type: p.extensionType,
      user_id: p.userId,
      owner_id: f?.owner_id,
      name: p.name,
      email: p.email,
      number: p.phoneNumber,
      number_type: p.numberType,
      country_code: p.countryCode,
      country_iso: p.countryIso,
      device_type: p.deviceType,
      site_id: p.siteId,
      site_name: p.siteName ?? (p.siteId ? sites.get(p.siteId)?.name : undefined),
      department: f?.department,
      cost_center: f?.cost_center,
    };
  };
}

/** Everything a party's records are searched by, lower-cased. */
function keywordsOf(call: SimulatedCall): string {
  const words = new Set<string>([call.callId.toLowerCase()]);
  for (const p of [call.caller, call.callee, ...call.legs.flatMap((l) => [l.caller, l.callee])]) {
    for (const w of [p.name, p.extensionNumber, p.phoneNumber, p.email]) if (w) words.add(w.toLowerCase());
  }
  return [...words].join('\n');
}

export interface CallRecords {
  history: Insertable<CallHistoryTable>;
  elements: Insertable<CallElementTable>[];
  logs: Insertable<CallLogTable>[];
  summaries: Insertable<CallAiSummaryTable>[];
}

export async function buildRecords(db: Kysely<Database>, ids: IdGenerator, call: SimulatedCall, now: number): Promise<CallRecords> {
  const snap = await enrich(db, call);
  const legs = [...call.legs].sort(legOrder);
  const recordingType = (id?: string) => call.recordings.find((r) => r.id === id)?.type;
  const keywords = keywordsOf(call);
  // Who finally took the call: the last leg a person answered.
  const answeredLeg = [...legs].reverse().find((l) => ANSWERED_RESULTS.has(l.result));
  const answered = call.answerAt !== undefined || answeredLeg !== undefined;

  const elementOf = (leg: CallLeg): ElementData => {
    const own = snap(leg.callee.extensionId ? leg.callee : leg.caller.extensionId ? leg.caller : undefined);
    return {
      caller: snap(leg.caller)!,
      callee: snap(leg.callee)!,
      operator: snap(leg.operator),
      event: leg.event,
      result: leg.result,
      result_reason: leg.resultReason,
      press_key: leg.pressKey,
      start_at: leg.startAt,
      answer_at: leg.answerAt,
      end_at: leg.endAt,
      hold: leg.holdSeconds,
      wait: leg.waitSeconds,
      recording_id: leg.recordingId,
      recording_type: recordingType(leg.recordingId),
      voicemail_id: leg.voicemailId,
      direction: call.direction,
      connect_type: call.connectType,
      international: call.international,
      ...(call.emergency && { call_type: 'emergency' as const }),
      site_id: own?.site_id,
      site_name: own?.site_name,
      department: own?.department,
      cost_center: own?.cost_center,
    };
  };

  const elements = legs.map((leg) => ({
    account_id: call.accountId,
    id: leg.id,
    history_id: call.historyUuid,
    call_id: call.callId,
    segment: leg.segment,
    node: leg.node,
    start_at: leg.startAt,
    caller_ext_id: leg.caller.extensionId ?? null,
    callee_ext_id: leg.callee.extensionId ?? null,
    data: JSON.stringify(elementOf(leg)),
  }));

  // The account side of the call: who placed it from the account, else who was first dialled.
  const home = snap(call.caller.extensionId ? call.caller : call.callee.extensionId ? call.callee : undefined);
  const history: Insertable<CallHistoryTable> = {
    account_id: call.accountId,
    id: call.historyUuid,
    call_id: call.callId,
    start_at: call.startAt,
    end_at: call.endAt,
    direction: call.direction,
    connect_type: call.connectType,
    call_type: callTypeOf(call),
    call_result: call.result,
    recording_status: call.recordings.length ? 'recorded' : 'non_recorded',
    has_voicemail: call.voicemail ? 1 : 0,
    site_id: home?.site_id ?? null,
    department: home?.department ?? null,
    cost_center: home?.cost_center ?? null,
    caller_ext_type: extType(call.caller),
    callee_ext_type: extType(call.callee),
    caller_number_type: newNumberType(call.caller),
    callee_number_type: newNumberType(call.callee),
    keywords,
    data: JSON.stringify({ caller: snap(call.caller)!, callee: snap(call.callee)!, answer_at: call.answerAt, international: call.international, site_name: home?.site_name } satisfies HistoryData),
  };

  // Each extension at either end of a leg, once, in the order the call met it.
  const parties = new Map<string, CallParty>();
  for (const leg of legs) for (const p of [leg.caller, leg.callee]) if (p.extensionId && !parties.has(p.extensionId)) parties.set(p.extensionId, p);

  const logs: Insertable<CallLogTable>[] = [];
  const summaries: Insertable<CallAiSummaryTable>[] = [];
  for (const [extensionId, party] of parties) {
    const mine = legs.filter((l) => l.caller.extensionId === extensionId || l.callee.extensionId === extensionId);
    const placed = call.caller.extensionId === extensionId;
    const direction = placed ? 'outbound' : 'inbound';
    // The caller's log stands for the whole call; a callee's for the leg it answered, else its last.
    const legOfParty = mine.find((l) => ANSWERED_RESULTS.has(l.result) && l.callee.extensionId === extensionId) ?? mine[mine.length - 1];
    const first = mine[0];
    const base = elementOf(placed ? first : legOfParty);
    const leg = placed
      ? { ...base, id: first.id, result: call.result, result_reason: undefined, answer_at: call.answerAt, end_at: call.endAt }
      : { ...base, id: legOfParty.id };
    const startAt = placed ? call.startAt : legOfParty.startAt;
    const endAt = placed ? call.endAt : legOfParty.endAt;
    const answerAt = placed ? call.answerAt ?? answeredLeg?.answerAt : legOfParty.answerAt;
    const talked = answerAt !== undefined && (placed ? answered : ANSWERED_RESULTS.has(legOfParty.result));
    const duration = talked ? seconds(endAt - answerAt!) : 0;
    const recording = placed ? call.recordings[0] : call.recordings.find((r) => mine.some((l) => l.id === r.legId) || r.owner.extensionId === extensionId);
    const voicemail = call.voicemail && (placed || call.voicemail.owner.extensionId === extensionId || mine.some((l) => l.id === call.voicemail!.legId)) ? call.voicemail : undefined;
    const resultLeg = placed ? answeredLeg ?? legs[legs.length - 1] : legOfParty;
    const oldWord = placed ? oldResult(call.result, 'caller', undefined, legs[legs.length - 1]!.restricted) : oldResult(legOfParty.result, 'callee', legOfParty.resultReason, legOfParty.restricted);
    const missed = !placed && !answered && legOfParty.result !== 'system_blocked';
    const rate = rateOf(call, direction);
    const charge = chargeOf(rate, duration);
    const ownSnap = snap(party)!;
    const logCaller = placed ? snap(call.caller)! : snap(legOfParty.caller)!;
    const logCallee = placed ? snap(call.callee)! : snap(legOfParty.callee)!;
    const forwardedTo = legs.find((l) => l.operator?.extensionId === extensionId);
    const id = ids.next();
    const data: LogData = {
      caller: logCaller,
      callee: logCallee,
      owner: ownSnap,
      answer_at: answerAt,
      duration,
      hold: mine.reduce((n, l) => n + l.holdSeconds, 0),
      wait: placed ? 0 : legOfParty.waitSeconds,
      result: oldWord,
      old_call_type: oldCallType(call),
      international: call.international,
      recording_id: recording?.id,
      recording_type: recording?.type,
      voicemail_id: voicemail?.id,
      rate,
      charge,
      accepted_by: answeredLeg ? snap(answeredLeg.callee) : undefined,
      forwarded_by: placed ? undefined : snap(legOfParty.operator),
      forwarded_to: forwardedTo ? snap(forwardedTo.callee) : undefined,
      outgoing_by: placed ? ownSnap : undefined,
      leg,
      details: mine.map((l) => ({
        id: l.id,
        at: l.startAt,
        duration: l.answerAt !== undefined ? seconds(l.endAt - l.answerAt) : 0,
        hold: l.holdSeconds,
        path: pathOf(l, l.callee, call),
        result: oldResult(l.result, l.caller.extensionId === extensionId ? 'caller' : 'callee', l.resultReason, l.restricted),
        site: ownSnap.site_id ? { id: ownSnap.site_id, name: ownSnap.site_name ?? '' } : undefined,
        forward_to: l.operator?.extensionId === extensionId ? snap(l.callee) : undefined,
      })),
    };
    let aiSummaryId: string | null = null;
    if (party.userId && talked && call.recordings.length) {
      aiSummaryId = ids.next();
      const other = placed ? (answeredLeg?.callee ?? call.callee) : legOfParty.caller;
      summaries.push({
        account_id: call.accountId,
        id: aiSummaryId,
        call_id: call.callId,
        log_id: id,
        user_id: party.userId,
        transcript_language: 'en',
        ...summaryText(party, other, duration),
        created_at: now,
      });
    }
    logs.push({
      account_id: call.accountId,
      id,
      call_id: call.callId,
      history_id: call.historyUuid,
      extension_id: extensionId,
      user_id: party.userId ?? null,
      leg_id: leg.id,
      start_at: startAt,
      end_at: endAt,
      direction,
      connect_type: call.connectType,
      call_type: callTypeOf(call),
      call_result: leg.result,
      path: pathOf(resultLeg, placed ? resultLeg.callee : party, call),
      missed: missed ? 1 : 0,
      charged: charge > 0 ? 1 : 0,
      recording_status: recording ? 'recorded' : 'non_recorded',
      has_voicemail: voicemail ? 1 : 0,
      site_id: ownSnap.site_id ?? null,
      department: ownSnap.department ?? null,
      cost_center: ownSnap.cost_center ?? null,
      caller_ext_type: logCaller.ext_type ?? '',
      callee_ext_type: logCallee.ext_type ?? '',
      caller_number_type: logCaller.number_type ?? '',
      callee_number_type: logCallee.number_type ?? '',
      caller_number: shownNumber(placed ? call.caller : legOfParty.caller),
      callee_number: shownNumber(placed ? call.callee : legOfParty.callee),
      keywords,
      client_code: null,
      ai_summary_id: aiSummaryId,
      deleted_from_logs: 0,
      deleted_from_history: 0,
      data: JSON.stringify(data),
    });
  }
  return { history, elements, logs, summaries };
}

