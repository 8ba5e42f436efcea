// What the dashboard keeps of a call that ended ('calls.completed'): one row as
// the dashboard shows it, its two ends as they were that day, and a key row for
// each site, number, extension number, department and cost center of those ends.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { partyFacts, type CallLeg, type CallParty, type SimulatedCall } from '../call-logs/public.ts';
import { callMos, deviceOf, GOOD_MOS, type Device, type VoiceSpan } from './qos.ts';
import { durationBucket, extensionTypeWord, pastDirection, type ExtensionTypeWord } from './rules.ts';

/** One end of a call as the dashboard shows it. */
export interface EndData {
  /** The extension's id, name, number and type; absent for a party outside the account. */
  id?: string;
  display_name?: string;
  extension_number?: string;
  extension_type?: ExtensionTypeWord;
  phone_number?: string;
  site_id?: string;
  /** OPUS on a Zoom client, PCMU (G.711) on the public network. */
  codec: string;
  /** The phone the end used: absent for the public network and for a queue or receptionist, which have none. */
  device?: Device;
}

export interface CallData {
  caller: EndData;
  callee: EndData;
  /** When voice flowed (the legs once answered, the voicemail left): what QoS samples. */
  spans: VoiceSpan[];
  mos?: string;
}

export interface DashboardRow {
  call_id: string;
  start_at: number;
  end_at: number;
  duration: number;
  direction: string;
  duration_bucket: number;
  quality: string;
  data: string;
}

export interface KeyRow {
  call_id: string;
  kind: string;
  value: string;
  start_at: number;
}

/** Extensions that answer only to hand the call on: never the end a dashboard shows as the callee. */
const HANDS_ON = new Set(['call_queue', 'auto_receptionist', 'shared_line_group']);
const APPLIANCES = new Set(['common_area', 'zoom_room', 'cisco_room']);

/**
 * The callee the dashboard shows: who took the call in the end (the last leg a
 * person answered, an outside phone included), else the party first dialled.
 */
export function shownCallee(call: SimulatedCall): CallParty {
  const answered = [...call.legs]
    .sort((a, b) => a.segment - b.segment || a.node - b.node)
    .filter((l) => l.result === 'answered' && !HANDS_ON.has(l.callee.extensionType ?? ''));
  return answered.length ? answered[answered.length - 1]!.callee : call.callee;
}

/** The spans of the call during which voice flowed, overlaps merged. */
export function voiceSpans(call: SimulatedCall): VoiceSpan[] {
  const spans: VoiceSpan[] = call.legs
    .filter((l: CallLeg) => l.answerAt !== undefined && l.endAt > l.answerAt)
    .map((l) => ({ from: l.answerAt!, to: l.endAt }));
  if (call.voicemail && call.voicemail.seconds > 0) spans.push({ from: call.voicemail.startAt, to: call.voicemail.startAt + call.voicemail.seconds * 1000 });
  spans.sort((a, b) => a.from - b.from);
  const merged: VoiceSpan[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.from <= last.to) last.to = Math.max(last.to, s.to);
    else merged.push({ ...s });
  }
  return merged;
}

function endOf(p: CallParty): EndData {
  const inside = Boolean(p.extensionId);
  const type = p.extensionType;
  return {
    ...(inside && { id: p.extensionId, display_name: p.name }),
    ...(p.extensionNumber && { extension_number: p.extensionNumber }),
    ...(extensionTypeWord(type) && { extension_type: extensionTypeWord(type) }),
    ...(p.phoneNumber && { phone_number: p.phoneNumber }),
    ...(p.siteId && { site_id: p.siteId }),
    codec: inside ? 'OPUS' : 'PCMU',
    ...(inside && type && !HANDS_ON.has(type) && { device: deviceOf(p.extensionId!, APPLIANCES.has(type)) }),
  };
}

/** The dashboard's row of a call, and the keys it is found by. */
export async function buildRow(db: Kysely<Database>, call: SimulatedCall): Promise<{ row: DashboardRow; keys: KeyRow[] }> {
  const caller = endOf(call.caller);
  const calleeParty = shownCallee(call);
  const callee = endOf(calleeParty);
  const spans = voiceSpans(call);
  const mos = callMos(call.callId, spans, { caller: caller.codec, callee: callee.codec });
  const duration = Math.max(0, Math.round((call.endAt - call.startAt) / 1000));
  const data: CallData = { caller, callee, spans, ...(mos !== undefined && { mos }) };

  const values = new Map<string, Set<string>>();
  const add = (kind: string, value: string | null | undefined) => {
    if (!value) return;
    if (!values.has(kind)) values.set(kind, new Set());
    values.get(kind)!.add(value);
  };
  for (const p of [call.caller, calleeParty]) {
    add('site', p.siteId);
    add('phone', p.phoneNumber);
    add('extension', p.extensionNumber);
    if (p.userId) {
      const f = await partyFacts(db, call.accountId, p);
      add('department', f.department);
      add('cost_center', f.costCenter);
    }
  }
  const keys: KeyRow[] = [...values].flatMap(([kind, set]) => [...set].map((value) => ({ call_id: call.callId, kind, value, start_at: call.startAt })));
  return {
    row: {
      call_id: call.callId,
      start_at: call.startAt,
      end_at: call.endAt,
      duration,
      direction: pastDirection(call),
      duration_bucket: durationBucket(duration),
      quality: mos === undefined ? 'none' : Number(mos) >= GOOD_MOS ? 'good' : 'bad',
      data: JSON.stringify(data),
    },
    keys,
  };
}
