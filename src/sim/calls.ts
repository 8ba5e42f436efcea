// `POST /_sandbox/calls`: places one call through the account's routing and
// stores what it leaves (src/sim/router.ts builds the call; the call-logs family
// records it and publishes it to the families that keep the rest).
import type { SimRoute } from './route.ts';
import { SeededIds } from '../ids.ts';
import { isoSeconds } from '../clock.ts';
import { ZoomError } from '../errors.ts';
import type { SimulatedCall } from '../families/call-logs/public.ts';
import { recordSimulated } from './record.ts';
import { routeCall } from './router.ts';
import { Directory } from './directory.ts';
import { scriptSchema, type CallScript } from './script.ts';

export interface CallRequest {
  from: string;
  to: string;
  at?: string;
  seed?: string;
  script?: CallScript;
}

const party = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    extension_number: { type: 'string' },
    extension_type: { type: 'string' },
    phone_number: { type: 'string' },
  },
};

const answer = {
  type: 'object',
  properties: {
    call_id: { type: 'string' },
    call_history_uuid: { type: 'string' },
    outcome: { type: 'string', enum: ['answered', 'voicemail', 'missed', 'blocked', 'abandoned', 'busy'] },
    result: { type: 'string' },
    direction: { type: 'string' },
    start_time: { type: 'string', format: 'date-time' },
    end_time: { type: 'string', format: 'date-time' },
    answered_by: party,
    recording_ids: { type: 'array', items: { type: 'string' } },
    voicemail_id: { type: 'string' },
    path: {
      type: 'array',
      description: 'Every leg the call took, in order: one call element each.',
      items: {
        type: 'object',
        properties: {
          call_element_id: { type: 'string' },
          event: { type: 'string' },
          callee: party,
          result: { type: 'string' },
          press_key: { type: 'string' },
          start_time: { type: 'string', format: 'date-time' },
          end_time: { type: 'string', format: 'date-time' },
        },
      },
    },
  },
};

const showParty = (p: SimulatedCall['caller']) => ({
  name: p.name,
  ...(p.extensionNumber && { extension_number: p.extensionNumber }),
  ...(p.extensionType && { extension_type: p.extensionType }),
  ...(p.phoneNumber && { phone_number: p.phoneNumber }),
});

const HANDS_ON = new Set(['call_queue', 'auto_receptionist', 'shared_line_group']);

/** The simulator's answer: the call's ids, its outcome and the path it took. */
export function presentCall(call: SimulatedCall) {
  // Who picked up: a person's phone (a queue or a receptionist 'answers' only by handing the call on).
  const answered = call.legs.find((l) => l.result === 'answered' && !HANDS_ON.has(l.callee.extensionType ?? ''));
  return {
    call_id: call.callId,
    call_history_uuid: call.historyUuid,
    outcome: call.outcome,
    result: call.result,
    direction: call.direction,
    start_time: isoSeconds(call.startAt),
    end_time: isoSeconds(call.endAt),
    ...(answered && { answered_by: showParty(answered.callee) }),
    recording_ids: call.recordings.map((r) => r.id),
    ...(call.voicemail && { voicemail_id: call.voicemail.id }),
    path: call.legs.map((l) => ({
      call_element_id: l.id,
      event: l.event,
      callee: showParty(l.callee),
      result: l.result,
      ...(l.pressKey && { press_key: l.pressKey }),
      start_time: isoSeconds(l.startAt),
      end_time: isoSeconds(l.endAt),
    })),
  };
}

export const callsRoutes: SimRoute[] = [
  {
    method: 'POST',
    url: '/calls',
    summary:
      "Place one call through the account's routing (blocked lists, hours, auto receptionist menus, queues, shared line groups, call handling, voicemail) and store the records it leaves",
    status: 201,
    body: {
      type: 'object',
      required: ['from', 'to'],
      properties: {
        from: { type: 'string', description: 'An outside E.164 number, or an extension number of the account (a call placed by that extension).' },
        to: { type: 'string', description: "A number of the account or an extension number; from an extension, an outside E.164 number too (an outbound call), or an emergency number (911, 933, 112: emergency services answer, under the caller's allow_emergency_calls policy)." },
        at: { type: 'string', format: 'date-time', description: 'When the call starts (default: the sandbox clock now).' },
        seed: { type: 'string', maxLength: 128, description: 'Draw the ids of this call from this seed: the same seed and script give the same records.' },
        script: scriptSchema,
      },
    },
    response: answer,
    run: async (ctx, body: CallRequest) => {
      const startAt = body.at ? Date.parse(body.at) : ctx.clock.now();
      if (!Number.isFinite(startAt)) throw new ZoomError(400, 300, `at is not a date-time: ${body.at}.`);
      const ids = body.seed ? new SeededIds(`call:${body.seed}`) : ctx.ids;
      const call = await routeCall(new Directory(ctx.db, ctx.accountId), ids, { from: body.from, to: body.to, startAt, script: body.script ?? {} });
      await recordSimulated(ctx.db, ids, [call]);
      return presentCall(call);
    },
  },
];
