// Catches each 'calls.completed' a test server publishes and runs the call
// translator on it inside the transaction that published it (where the webhooks
// run it), so a test can hold a call's events against the API's views of the
// same call without a subscription or an endpoint.
import assert from 'node:assert/strict';
import { EventBus, installBus } from '../../src/kit/events.ts';
import { owns } from '../../src/kit/owner.ts';
import type { CompletedCall } from '../../src/families/call-logs/public.ts';
import { translateCalls } from '../../src/events/translators/calls.ts';
import type { ZoomEventDraft } from '../../src/events/zoom-events.ts';
import type { TestServer } from '../support/server.ts';

/** An event as an endpoint receives it (the compact JSON body, parsed). */
export interface Delivered {
  event: string;
  event_ts: number;
  payload: { account_id: string; object: any };
}

export interface CallCapture {
  /** The call as 'calls.completed' carried it, and its events as they would be delivered. */
  of(callId: string): { call: CompletedCall; events: Delivered[] };
}

const delivered = (accountId: string, d: ZoomEventDraft): Delivered =>
  JSON.parse(JSON.stringify({ event: d.event, event_ts: d.at, payload: { account_id: accountId, object: d.object } }));

/**
 * Replaces the process's event bus by one that runs the server's families'
 * listeners as before, then the call translator.
 */
export function captureCalls(s: TestServer): CallCapture {
  const seen = new Map<string, { call: CompletedCall; events: Delivered[] }>();
  const bus = new EventBus();
  for (const f of s.sandbox.families) if (f.listeners) bus.add(f.owner, f.listeners);
  bus.add(owns('test-call-capture', []), {
    'calls.completed': async (db, payload) => {
      const drafts = await translateCalls(payload, db);
      for (const call of payload.calls) seen.set(call.callId, { call, events: [] });
      for (const d of drafts) {
        const event = delivered(payload.accountId, d);
        seen.get(event.payload.object.call_id ?? event.payload.object.call_logs?.[0]?.call_id)!.events.push(event);
      }
    },
  });
  installBus(bus);
  return {
    of(callId) {
      const got = seen.get(callId);
      assert.ok(got, `no 'calls.completed' carried call ${callId}`);
      return got;
    },
  };
}
