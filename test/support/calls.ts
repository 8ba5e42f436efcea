// Calls written straight into a test server's database, for the tests of the
// views a call leaves (call logs, recordings, voicemails): each view can then be
// held against a call whose every leg the test chose. Scenario tests place calls
// through the simulator (`POST /_sandbox/calls`) instead.
import { SeededIds } from '../../src/ids.ts';
import { recordCall, type CallParty, type SimulatedCall, type CallLeg } from '../../src/families/call-logs/public.ts';
import { findUser } from '../../src/families/users/public.ts';
import type { TestServer } from './server.ts';
import { DEMO_DEFAULTS } from '../../src/sandbox.ts';

let seq = 0;

/** A demo user as a call party (by email: ada@, grace@, … @demo.switchboard.test). */
export async function userParty(s: TestServer, email: string, accountId = DEMO_DEFAULTS.accountId): Promise<CallParty> {
  const u = await findUser(s.sandbox.db, accountId, email);
  if (!u) throw new Error(`no user ${email}`);
  return {
    extensionId: u.extension_id ?? undefined,
    extensionType: 'user',
    extensionNumber: String(u.extension_number),
    userId: u.id,
    email: u.email,
    name: u.name,
    siteId: u.site_id ?? undefined,
    deviceType: 'Mac_Client',
  };
}

/** A caller or callee outside the account. */
export const externalParty = (phoneNumber = '+14155550123', name = 'Outside Caller'): CallParty => ({
  name,
  phoneNumber,
  numberType: 'external_pstn',
  countryCode: '1',
  countryIso: 'US',
  deviceType: 'PSTN',
});

/**
 * A one-leg call from `caller` to `callee` starting at `startAt`: answered after
 * `ringSeconds` and talked `talkSeconds`, or (answered false) missed after the ring.
 */
export function oneLegCall(
  caller: CallParty,
  callee: CallParty,
  opts: { startAt: number; ringSeconds?: number; talkSeconds?: number; answered?: boolean; recorded?: boolean; voicemailSeconds?: number; accountId?: string },
): SimulatedCall {
  const ids = new SeededIds(`test-call-${++seq}`);
  const ring = opts.ringSeconds ?? 5;
  const answered = opts.answered ?? true;
  const start = opts.startAt;
  const answerAt = answered ? start + ring * 1000 : undefined;
  const voicemail = !answered && opts.voicemailSeconds ? opts.voicemailSeconds : 0;
  const end = answered ? answerAt! + (opts.talkSeconds ?? 60) * 1000 : start + (ring + voicemail) * 1000;
  const leg: CallLeg = {
    id: ids.next(),
    segment: 0,
    node: 0,
    event: caller.extensionId ? 'outgoing' : 'incoming',
    caller,
    callee,
    startAt: start,
    answerAt,
    endAt: end,
    result: answered ? 'answered' : voicemail ? 'voicemail' : 'no_answer',
    holdSeconds: 0,
    waitSeconds: ring,
  };
  const internal = Boolean(caller.extensionId && callee.extensionId);
  const call: SimulatedCall = {
    accountId: opts.accountId ?? DEMO_DEFAULTS.accountId,
    callId: ids.next(),
    historyUuid: ids.next(),
    direction: caller.extensionId && !callee.extensionId ? 'outbound' : 'inbound',
    connectType: internal ? 'internal' : 'external',
    international: false,
    caller,
    callee,
    startAt: start,
    answerAt,
    endAt: end,
    result: leg.result,
    outcome: answered ? 'answered' : voicemail ? 'voicemail' : 'missed',
    legs: [leg],
    recordings: [],
    steps: [
      { at: start, kind: 'ringing', legId: leg.id },
      ...(answerAt ? [{ at: answerAt, kind: 'answered' as const, legId: leg.id }] : []),
      { at: end, kind: 'ended', legId: leg.id },
    ],
  };
  if (answered && opts.recorded) {
    const rec = { id: ids.next(), fileId: ids.next(), owner: callee.extensionId ? callee : caller, legId: leg.id, startAt: answerAt!, endAt: end, type: 'automatic' as const };
    call.recordings.push(rec);
    leg.recordingId = rec.id;
  }
  if (voicemail) {
    call.voicemail = { id: ids.next(), fileId: ids.next(), owner: callee, legId: leg.id, startAt: start + ring * 1000, seconds: voicemail };
    leg.voicemailId = call.voicemail.id;
  }
  return call;
}

/** Stores calls as the simulator would, each in its own transaction. */
export async function recordCalls(s: TestServer, calls: SimulatedCall[]): Promise<void> {
  const ids = new SeededIds(`test-logs-${++seq}`);
  for (const call of calls) await s.sandbox.db.transaction().execute((trx) => recordCall(trx, ids, call));
}

/**
 * A call to a queue: an incoming leg from `caller` to `queue`, then a
 * ring_to_member leg to each member at once; the member at `answeredBy` takes
 * it (the others end answered_by_other), or none does when it is undefined.
 */
export function queueCall(
  caller: CallParty,
  queue: CallParty,
  members: CallParty[],
  opts: { startAt: number; answeredBy?: number; talkSeconds?: number; recorded?: boolean; accountId?: string },
): SimulatedCall {
  const ids = new SeededIds(`test-queue-call-${++seq}`);
  const start = opts.startAt;
  const ringAt = start + 2000;
  const answerAt = opts.answeredBy !== undefined ? ringAt + 8000 : undefined;
  const end = answerAt !== undefined ? answerAt + (opts.talkSeconds ?? 90) * 1000 : ringAt + 30_000;
  const incoming: CallLeg = {
    id: ids.next(), segment: 0, node: 0, event: 'incoming', caller, callee: queue, startAt: start, answerAt: ringAt, endAt: end,
    result: answerAt !== undefined ? 'connected' : 'no_answer', holdSeconds: 0, waitSeconds: 2,
  };
  const ringing: CallLeg[] = members.map((m, i) => ({
    id: ids.next(), segment: 0, node: i + 1, event: 'ring_to_member', caller, callee: m, operator: queue, startAt: ringAt,
    answerAt: i === opts.answeredBy ? answerAt : undefined,
    endAt: i === opts.answeredBy ? end : (answerAt ?? end),
    result: i === opts.answeredBy ? 'answered' : 'no_answer',
    resultReason: opts.answeredBy !== undefined && i !== opts.answeredBy ? 'answered_by_other' : undefined,
    holdSeconds: 0, waitSeconds: 8,
  }));
  const call: SimulatedCall = {
    accountId: opts.accountId ?? DEMO_DEFAULTS.accountId,
    callId: ids.next(),
    historyUuid: ids.next(),
    direction: 'inbound',
    connectType: caller.extensionId ? 'internal' : 'external',
    international: false,
    caller,
    callee: queue,
    startAt: start,
    answerAt,
    endAt: end,
    result: answerAt !== undefined ? 'answered' : 'no_answer',
    outcome: answerAt !== undefined ? 'answered' : 'missed',
    legs: [incoming, ...ringing],
    recordings: [],
    steps: [{ at: start, kind: 'ringing', legId: incoming.id }, { at: end, kind: 'ended', legId: incoming.id }],
  };
  if (answerAt !== undefined && opts.recorded) {
    const leg = ringing[opts.answeredBy!];
    const rec = { id: ids.next(), fileId: ids.next(), owner: leg.callee, legId: leg.id, startAt: answerAt, endAt: end, type: 'automatic' as const };
    call.recordings.push(rec);
    leg.recordingId = rec.id;
  }
  return call;
}
