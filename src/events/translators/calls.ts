// The caller's and callee's phone.* events of a simulated call, made from
// 'calls.completed' alone: one call carries every leg, step, recording and log
// id it needs, and a stream of traffic hands thousands over in one event.
//
// Who is who (the declarations name the sides; these are the sandbox's readings):
// - caller_* events (ringing, connected, hold/unhold, ended, call log and call
//   history completed) are the placing party's, and only when it is an extension of
//   the account: a call from outside has no caller the account could hear from.
// - callee_* events are each extension whose phone the call rings: a user, a
//   common area or a room, on any leg (dialled, forwarded to, a queue's or a shared
//   line group's member, transferred to). A queue, a receptionist or a group has no
//   phone: its own leg raises nothing, and the member it rings names it in
//   forwarded_by (the leg's operator, as the member's call log does). A leg the
//   routing passes without ringing (closed hours, a loop cut short, a blocked
//   caller, a mailbox's greeting) raises nothing either.
// - A rung phone ends its leg in callee_answered … callee_ended, callee_rejected
//   (a leg result of 'rejected'), callee_ended at once when another member took the
//   call (its log reads "Answered by Other Member", not "Missed"), else callee_missed.
// - caller_connected comes each time a person of either side picks up (after a
//   transfer too), naming that person as the callee.
// - Hold is the account's party's who took the call: callee_hold/unhold when the
//   answering phone is an extension, caller_hold/unhold when the placing extension
//   talks to someone outside.
// - blind_transfer_initiated: the answering party hands the call on (the script's
//   transfer_to, a direct transfer), owner that party, transfer_phone_number the
//   extension number it dialled. transfer_call_to_voicemail_initiated: an extension
//   sends the call into another extension's mailbox (a menu key or an unanswered-call
//   rule naming someone else's voicemail); a party's own voicemail after its phone
//   rang out is no transfer.
// - The call log and call history completed events, one per user of the call
//   (they carry a user_id: a queue's or receptionist's log has no user to go to),
//   come at the call's end: every user's call log first, then every call history.
// - recording_started and recording_stopped, when a user's recording of the call
//   starts (as the leg is answered) and stops (as it ends). The sandbox has no
//   media channel or SIP dialog: their channel_id and sip_id are drawn from the
//   recording's id, the same every time. A recording whose owner is no user (a
//   common area's) has no user_id to give, and raises neither.
// The recording's completion and the voicemail's events are made from their own internal events elsewhere.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { isoSeconds } from '../../clock.ts';
import { shownNumber, type CallLeg, type CallParty, type CompletedCall, type ExtensionType, type LegResult } from '../../families/call-logs/public.ts';
import { translator, type TranslatorEntry } from '../translate.ts';
import { draft, type PhoneEventName, type ZoomEventDraft } from '../zoom-events.ts';
import { eventExtensionType, eventParty, knownParties, OTHER, OWN, PLAIN, PLAIN_NAMED, sideOf, type KnownParty } from './call-parties.ts';
import { userLogs } from './call-log-items.ts';

const MAKES = [
  'phone.caller_ringing',
  'phone.callee_ringing',
  'phone.callee_answered',
  'phone.caller_connected',
  'phone.callee_missed',
  'phone.callee_rejected',
  'phone.caller_hold',
  'phone.caller_unhold',
  'phone.callee_hold',
  'phone.callee_unhold',
  'phone.blind_transfer_initiated',
  'phone.transfer_call_to_voicemail_initiated',
  'phone.caller_ended',
  'phone.callee_ended',
  'phone.caller_call_log_completed',
  'phone.callee_call_log_completed',
  'phone.caller_call_history_completed',
  'phone.callee_call_history_completed',
  'phone.recording_started',
  'phone.recording_stopped',
] as const satisfies readonly PhoneEventName[];

/** Extensions with a phone that rings. */
const RINGS: ReadonlySet<ExtensionType> = new Set(['user', 'common_area', 'zoom_room', 'cisco_room']);
/** Leg results of a phone that rang; a no_answer lasting no time is the routing passing it by (closed hours, a loop cut short). */
const RANG: ReadonlySet<LegResult> = new Set(['answered', 'no_answer', 'canceled', 'rejected', 'busy', 'ring_timeout']);

const rang = (leg: CallLeg): boolean =>
  Boolean(leg.callee.extensionId && leg.callee.extensionType && RINGS.has(leg.callee.extensionType)) &&
  RANG.has(leg.result) &&
  (leg.result !== 'no_answer' || leg.endAt > leg.startAt || leg.resultReason !== undefined);

/** What forwarded_by says of the extension that handed the call to this leg. */
const forwardedBy = (operator: CallParty | undefined) =>
  operator && { name: operator.name, extension_number: operator.extensionNumber, extension_type: eventExtensionType(operator) };

/** owner of a transfer event: the extension that made it (its holder's id, as the API names owners). */
function ownerOf(p: KnownParty) {
  const type = p.extensionType && OWNER_TYPES[p.extensionType];
  return { extension_number: p.extensionNumber !== undefined ? Number(p.extensionNumber) : undefined, id: p.ownerId, name: p.name, type };
}

const OWNER_TYPES: Partial<Record<ExtensionType, 'user' | 'callQueue' | 'autoReceptionist' | 'commonAreaPhone' | 'sharedLineGroup'>> = {
  user: 'user',
  call_queue: 'callQueue',
  auto_receptionist: 'autoReceptionist',
  common_area: 'commonAreaPhone',
  shared_line_group: 'sharedLineGroup',
};

/**
 * A call's events in the order they are delivered: by the moment they happened;
 * at one moment, in the order the call met them (a leg's ringing before its
 * answer, a leg handing over before the next one rings), except that a phone
 * another member answered stops ringing after that answer, and the caller's end
 * follows the callee's.
 */
export function callEvents(call: CompletedCall, known: (p: CallParty) => KnownParty): ZoomEventDraft[] {
  const told: ZoomEventDraft[] = [];
  const afterAnswers: ZoomEventDraft[] = [];
  const callId = call.callId;
  const iso = isoSeconds;
  const fromAccount = call.caller.extensionId !== undefined;
  const caller = eventParty(call.caller);
  const firstLeg = call.legs[0];
  const blocked = firstLeg?.result === 'system_blocked';

  // A call out the account refuses (a blocked number) never rings: the caller hears only its end.
  if (fromAccount && !blocked) {
    told.push(draft('phone.caller_ringing', call.startAt, { call_id: callId, caller: sideOf(caller, OWN), callee: sideOf(eventParty(call.callee), OTHER), ringing_start_time: iso(call.startAt) }));
  }

  const steps = (legId: string, kind: 'held' | 'resumed' | 'transferred') => call.steps.filter((s) => s.legId === legId && s.kind === kind);
  for (const [i, leg] of call.legs.entries()) {
    const callee = eventParty(leg.callee);
    const legCaller = eventParty(leg.caller);
    const by = forwardedBy(leg.operator);
    const mailboxOfAnother = leg.result === 'voicemail' && leg.operator?.extensionId !== undefined && leg.operator.extensionId !== leg.callee.extensionId;
    if (mailboxOfAnother) {
      told.push(
        draft('phone.transfer_call_to_voicemail_initiated', leg.startAt, {
          call_id: callId,
          transfer_phone_number: leg.callee.extensionNumber ?? leg.callee.phoneNumber ?? '',
          owner: ownerOf(known(leg.operator!)),
          date_time: iso(leg.startAt),
        }),
      );
    }
    const phone = rang(leg);
    if (phone) {
      told.push(draft('phone.callee_ringing', leg.startAt, { call_id: callId, callee: sideOf(callee, OWN), caller: sideOf(legCaller, OTHER), ringing_start_time: iso(leg.startAt), forwarded_by: by }));
    }
    if (leg.result === 'answered' && leg.answerAt !== undefined && (phone || !leg.callee.extensionId)) {
      const answerAt = leg.answerAt;
      if (phone) {
        told.push(
          draft('phone.callee_answered', answerAt, {
            call_id: callId,
            callee: sideOf(callee, OWN),
            caller: sideOf(legCaller, OTHER),
            ringing_start_time: iso(leg.startAt),
            answer_start_time: iso(answerAt),
            forwarded_by: by,
          }),
        );
      }
      if (fromAccount) {
        told.push(draft('phone.caller_connected', answerAt, { call_id: callId, caller: sideOf(caller, OWN), callee: sideOf(callee, OTHER), ringing_start_time: iso(call.startAt), connected_start_time: iso(answerAt) }));
      }
      for (const [held, resumed] of zip(steps(leg.id, 'held'), steps(leg.id, 'resumed'))) {
        if (phone) {
          told.push(draft('phone.callee_hold', held.at, { call_id: callId, callee: sideOf(callee, PLAIN), caller: sideOf(legCaller, PLAIN), date_time: iso(held.at) }));
          if (resumed) told.push(draft('phone.callee_unhold', resumed.at, { call_id: callId, callee: sideOf(callee, PLAIN), caller: sideOf(legCaller, PLAIN), date_time: iso(resumed.at) }));
        } else if (fromAccount) {
          told.push(draft('phone.caller_hold', held.at, { call_id: callId, caller: sideOf(caller, PLAIN), callee: sideOf(callee, PLAIN), date_time: iso(held.at) }));
          if (resumed) told.push(draft('phone.caller_unhold', resumed.at, { call_id: callId, caller: sideOf(caller, PLAIN), callee: sideOf(callee, PLAIN), date_time: iso(resumed.at) }));
        }
      }
      for (const transfer of steps(leg.id, 'transferred')) {
        // The leg the transfer made: the next direct transfer from this party.
        const target = call.legs.slice(i + 1).find((l) => l.event === 'direct_transfer' && l.operator !== undefined && sameParty(l.operator, leg.callee))?.callee;
        if (!target) continue;
        told.push(
          draft('phone.blind_transfer_initiated', transfer.at, {
            call_id: callId,
            transfer_phone_number: target.extensionNumber ?? target.phoneNumber ?? '',
            owner: ownerOf(known(leg.callee)),
            date_time: iso(transfer.at),
          }),
        );
      }
    }
    if (!phone) continue;
    const ended = { call_id: callId, callee: sideOf(callee, PLAIN_NAMED), caller: sideOf(legCaller, PLAIN), ringing_start_time: iso(leg.startAt), call_end_time: iso(leg.endAt), forwarded_by: by };
    if (leg.result === 'answered') {
      told.push(draft('phone.callee_ended', leg.endAt, { ...ended, answer_start_time: leg.answerAt !== undefined ? iso(leg.answerAt) : undefined }));
    } else if (leg.resultReason) {
      afterAnswers.push(draft('phone.callee_ended', leg.endAt, ended));
    } else if (leg.result === 'rejected') {
      told.push(draft('phone.callee_rejected', leg.endAt, { call_id: callId, callee: sideOf(callee, PLAIN), caller: sideOf(legCaller, PLAIN), ringing_start_time: iso(leg.startAt), call_end_time: iso(leg.endAt) }));
    } else {
      told.push(
        draft('phone.callee_missed', leg.endAt, { call_id: callId, callee: sideOf(callee, PLAIN), caller: sideOf(legCaller, PLAIN), ringing_start_time: iso(leg.startAt), call_end_time: iso(leg.endAt), forwarded_by: by }),
      );
    }
  }
  told.push(...afterAnswers);
  if (fromAccount) {
    // After the callee's side at the same moment: the phone that rang out, rejected or hung up ends the call for the caller.
    const lastAnswered = [...call.legs].reverse().find((l) => l.result === 'answered');
    told.push(
      draft('phone.caller_ended', call.endAt, {
        call_id: callId,
        caller: sideOf(caller, PLAIN),
        callee: sideOf(eventParty(lastAnswered?.callee ?? call.callee), PLAIN),
        ringing_start_time: iso(call.startAt),
        answer_start_time: call.answerAt !== undefined ? iso(call.answerAt) : undefined,
        call_end_time: iso(call.endAt),
      }),
    );
  }

  const logs = userLogs(call, known);
  for (const l of logs) {
    told.push(
      l.placed
        ? draft('phone.caller_call_log_completed', call.endAt, { user_id: l.userId, call_logs: [l.log] })
        : draft('phone.callee_call_log_completed', call.endAt, { user_id: l.userId, call_logs: [l.log] }),
    );
  }
  for (const l of logs) {
    told.push(draft(l.placed ? 'phone.caller_call_history_completed' : 'phone.callee_call_history_completed', call.endAt, { user_id: l.userId, call_logs: [l.history] }));
  }
  for (const r of call.recordings) {
    if (!r.owner.userId) continue;
    const object = {
      id: r.id,
      user_id: r.owner.userId,
      caller_number: shownNumber(call.caller),
      callee_number: shownNumber(call.callee),
      direction: call.direction,
      date_time: iso(r.startAt),
      recording_type: r.type === 'automatic' ? ('Automatic' as const) : ('OnDemand' as const),
      call_id: callId,
      channel_id: mediaId('channel', r.id),
      sip_id: mediaId('sip', r.id),
      owner: { type: r.owner.extensionType === 'common_area' ? ('commonArea' as const) : ('user' as const), id: r.owner.ownerId ?? r.owner.userId, name: r.owner.name, extension_number: r.owner.extensionNumber !== undefined ? Number(r.owner.extensionNumber) : undefined },
    };
    // Started after the answer that starts it (pushed last); stopped before the ends of the same moment (first).
    told.push(draft('phone.recording_started', r.startAt, object));
    told.unshift(draft('phone.recording_stopped', r.endAt, object));
  }
  // Stable: at one moment, the order above stands.
  return told.sort((a, b) => a.at - b.at);
}

/** A media identifier the sandbox has none of, drawn from the recording's id so it is the same every time. */
const mediaId = (kind: string, recordingId: string) => createHash('sha256').update(`${kind}:${recordingId}`).digest('hex').slice(0, 32);

const sameParty = (a: CallParty, b: CallParty) => (a.extensionId ?? a.phoneNumber) === (b.extensionId ?? b.phoneNumber);
const zip = <A, B>(a: A[], b: B[]): [A, B | undefined][] => a.map((x, i) => [x, b[i]]);

export async function translateCalls(payload: { accountId: string; calls: CompletedCall[] }, db: Kysely<Database>): Promise<ZoomEventDraft[]> {
  const known = await knownParties(db, payload.accountId, payload.calls);
  return payload.calls.flatMap((call) => callEvents(call, known));
}

export const callTranslators: TranslatorEntry[] = [translator('calls.completed', { makes: MAKES, translate: translateCalls })];
