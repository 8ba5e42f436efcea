// What other families and the simulator may use of call-logs: the call model the
// simulator hands over, `recordCall`, which stores every record a call leaves
// in this family's views and publishes the call to the families that keep the
// rest of it (recordings, voicemails) and to the webhooks, and `callLogOf`, the
// call and party a log id names (the recordings and voicemails pages take it).
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { IdGenerator } from '../../ids.ts';
import { publish } from '../../kit/events.ts';
import type { CallLeg, CallStep, SimulatedCall } from './call.ts';
import { buildRecords } from './record.ts';
import { owner } from './tables.ts';

export type * from './call.ts';
export { partyFacts } from './facts.ts';
// The sandbox's price list, which every view of a charge reads.
export { amount, billedMinutes, countryOf, CURRENCY, outboundRate, tollFreeRate } from './rates.ts';

/** A call as 'calls.completed' carries it: the call, and the log each extension party got (extension id -> log id). */
export interface CompletedCall extends SimulatedCall {
  logIds: Record<string, string>;
}

declare module '../../kit/events.ts' {
  interface Events {
    /** A call has run to its end; every record it leaves is written in this transaction. */
    'calls.completed': CompletedCall;
    /**
     * One moment of a call a phone signals (ringing, answered, held, resumed,
     * transferred, ended), in the order they happened, with the leg it happened on:
     * the webhooks make the caller's and callee's phone.* events of them.
     */
    'calls.step': { accountId: string; callId: string; step: CallStep; leg: CallLeg };
  }
}

/**
 * Stores a simulated call: its account call history and call elements, and one
 * log per extension party (the user's call logs and call history), then
 * publishes 'calls.completed' in the same transaction. `ids` draws the log ids
 * (one per extension party, in the order the legs meet them) and then the AI
 * summary ids; a summary's time is the call's end.
 */
export async function recordCall(db: Kysely<Database>, ids: IdGenerator, call: SimulatedCall): Promise<void> {
  const own = owner.bind(db);
  const records = await buildRecords(db, ids, call, call.endAt);
  await own.insertInto('call_histories').values(records.history).execute();
  if (records.elements.length) await own.insertInto('call_elements').values(records.elements).execute();
  if (records.logs.length) await own.insertInto('call_logs').values(records.logs).execute();
  if (records.summaries.length) await own.insertInto('call_ai_summaries').values(records.summaries).execute();
  const legs = new Map(call.legs.map((l) => [l.id, l]));
  for (const step of call.steps) await publish(db, 'calls.step', { accountId: call.accountId, callId: call.callId, step, leg: legs.get(step.legId)! });
  await publish(db, 'calls.completed', { ...call, logIds: Object.fromEntries(records.logs.map((l) => [l.extension_id, l.id])) });
}

/** The call and party a log id names in the account; undefined for another account's or none. */
export async function callLogOf(
  db: Kysely<Database>,
  accountId: string,
  logId: string,
): Promise<{ callId: string; extensionId: string; userId?: string } | undefined> {
  const row = await db
    .selectFrom('call_logs')
    .select(['call_id', 'extension_id', 'user_id'])
    .where('account_id', '=', accountId)
    .where('id', '=', logId)
    .executeTakeFirst();
  return row && { callId: row.call_id, extensionId: row.extension_id, userId: row.user_id ?? undefined };
}
