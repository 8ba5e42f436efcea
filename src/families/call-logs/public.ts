// What other families and the simulator may use of call-logs: the call model the
// simulator hands over, `recordCall`, which stores every record a call leaves
// in this family's views and publishes the call to the families that keep the
// rest of it (recordings, voicemails) and to the webhooks, and `callLogOf`, the
// call and party a log id names (the recordings and voicemails pages take it).
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { IdGenerator } from '../../ids.ts';
import { publish } from '../../kit/events.ts';
import { insertRows } from '../../kit/store.ts';
import type { CallLeg, CallStep, SimulatedCall } from './call.ts';
import { buildRecords, type CallRecords } from './record.ts';
import { owner } from './tables.ts';

export type * from './call.ts';
export { partyFacts } from './facts.ts';
// The sandbox's price list, which every view of a charge reads.
export { amount, billedMinutes, countryOf, CURRENCY, outboundRate, tollFreeRate } from './rates.ts';

/**
 * The rules by which a call becomes a user's log (its result words, path, call
 * type, number words): the webhooks' call log events show the same log.
 */
export { ANSWERED_RESULTS, forwarderType, numberSource, oldCallType, oldResult, pathOf, shownNumber } from './rules.ts';

/** A call as 'calls.completed' carries it: the call, and the log each extension party got (extension id -> log id). */
export interface CompletedCall extends SimulatedCall {
  logIds: Record<string, string>;
}

declare module '../../kit/events.ts' {
  interface Events {
    /**
     * Calls have run to their end (one, or a stream of traffic's batch), in the
     * order they were placed; every record they leave is written in this transaction.
     */
    'calls.completed': { accountId: string; calls: CompletedCall[] };
    /**
     * One moment of a call a phone signals (ringing, answered, held, resumed,
     * transferred, ended), in the order they happened, with the leg it happened on:
     * the webhooks make the caller's and callee's phone.* events of them.
     */
    'calls.step': { accountId: string; callId: string; step: CallStep; leg: CallLeg };
    /** The sandbox's AI call summaries a batch of calls left (one per user who talked on a recorded call), published after 'calls.completed'. */
    'calls.summarized': { accountId: string; summaries: SummaryMade[] };
    /**
     * A user deleted one of its logs from a view through the API: its call logs
     * (old edition, view 'logs') or its call history (new edition, view 'history').
     */
    'callLogs.deleted': { accountId: string; userId: string; view: 'logs' | 'history'; logs: { id: string; callId: string }[]; at: number };
  }
}

/** An AI call summary as 'calls.summarized' carries it: the user's, of one call, and the user's log of that call. */
export interface SummaryMade {
  id: string;
  callId: string;
  userId: string;
  logId: string;
  /** Its creation (the call's end), epoch ms. */
  createdAt: number;
}

/**
 * Stores a simulated call: its account call history and call elements, and one
 * log per extension party (the user's call logs and call history), then
 * publishes 'calls.completed' in the same transaction. `ids` draws the log ids
 * (one per extension party, in the order the legs meet them) and then the AI
 * summary ids; a summary's time is the call's end.
 */
export async function recordCall(db: Kysely<Database>, ids: IdGenerator, call: SimulatedCall): Promise<void> {
  await recordCalls(db, ids, [call]);
}

/**
 * recordCall for many calls at once (a stream of traffic): each table's rows in
 * multi-row inserts, then each call published in the order given.
 */
export async function recordCalls(db: Kysely<Database>, ids: IdGenerator, calls: SimulatedCall[]): Promise<void> {
  const own = owner.bind(db);
  const records: CallRecords[] = [];
  for (const call of calls) records.push(await buildRecords(db, ids, call, call.endAt));
  await insertRows(own, 'call_histories', records.map((r) => r.history));
  await insertRows(own, 'call_elements', records.flatMap((r) => r.elements));
  await insertRows(own, 'call_logs', records.flatMap((r) => r.logs));
  await insertRows(own, 'call_ai_summaries', records.flatMap((r) => r.summaries));
  for (const call of calls) {
    const legs = new Map(call.legs.map((l) => [l.id, l]));
    for (const step of call.steps) await publish(db, 'calls.step', { accountId: call.accountId, callId: call.callId, step, leg: legs.get(step.legId)! });
  }
  const completed = calls.map((call, i) => ({ ...call, logIds: Object.fromEntries(records[i]!.logs.map((l) => [l.extension_id, l.id])) }));
  // Every call of one simulation is the same account's.
  if (calls.length) await publish(db, 'calls.completed', { accountId: calls[0]!.accountId, calls: completed });
  const summaries = records.flatMap((r) => r.summaries);
  if (summaries.length) {
    await publish(db, 'calls.summarized', {
      accountId: calls[0]!.accountId,
      summaries: summaries.map((m) => ({ id: m.id, callId: m.call_id, userId: m.user_id, logId: m.log_id, createdAt: Number(m.created_at) })),
    });
  }
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
