// What the queue analytics count: each call that reached a queue, as the call
// ended ('calls.completed'), and the figures of a page of queues over a window.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { insertRows, type AccountStore } from '../../kit/store.ts';
import type { CompletedCall } from '../call-logs/public.ts';

const SECOND = 1000;
const VISIT_RESULTS = new Set(['answered', 'abandoned', 'overflowed']);

/** The visits of calls to queues: one per leg that reached a queue, with what its members' legs made of it. */
export async function recordVisits(db: Kysely<Database>, calls: CompletedCall[]): Promise<void> {
  await insertRows(db, 'call_queue_visits', calls.flatMap(visitsOf));
}

function visitsOf(call: CompletedCall) {
  return call.legs
    // The queue's own leg (answered by a member, abandoned or overflowed); a leg into its mailbox is no visit.
    .filter((l) => l.callee.extensionType === 'call_queue' && l.callee.extensionId && VISIT_RESULTS.has(l.result))
    .map((queueLeg) => {
      const answered = call.legs.find((l) => l.operator?.extensionId === queueLeg.callee.extensionId && l.event === 'ring_to_member' && l.result === 'answered');
      const outcome = answered ? 'completed' : queueLeg.result === 'abandoned' ? 'abandoned' : 'overflowed';
      return {
        account_id: call.accountId,
        queue_extension_id: queueLeg.callee.extensionId!,
        call_id: call.callId,
        start_at: queueLeg.startAt,
        outcome,
        wait_seconds: Math.round(((answered?.answerAt ?? queueLeg.endAt) - queueLeg.startAt) / SECOND),
        handle_seconds: answered ? Math.round((answered.endAt - answered.answerAt!) / SECOND) : 0,
      };
    });
}

export interface QueueFigures {
  inbound: number;
  completed: number;
  abandoned: number;
  overflowed: number;
  avgWait: number;
  maxWait: number;
  avgHandle: number;
}

/** The figures of these queues (extension ids) over [start, end]: one grouped read for a page of queues. */
export async function figuresOf(store: AccountStore, extensionIds: string[], start: number, end: number): Promise<Map<string, QueueFigures>> {
  if (extensionIds.length === 0) return new Map();
  const rows = await store
    .scoped('call_queue_visits')
    .select((eb) => [
      'queue_extension_id',
      eb.fn.countAll<number>().as('inbound'),
      eb.fn.sum<number>(sql`case when outcome = 'completed' then 1 else 0 end`).as('completed'),
      eb.fn.sum<number>(sql`case when outcome = 'abandoned' then 1 else 0 end`).as('abandoned'),
      eb.fn.sum<number>(sql`case when outcome = 'overflowed' then 1 else 0 end`).as('overflowed'),
      eb.fn.sum<number>('wait_seconds').as('wait'),
      eb.fn.max<number>('wait_seconds').as('max_wait'),
      eb.fn.sum<number>('handle_seconds').as('handle'),
    ])
    .where('queue_extension_id', 'in', extensionIds)
    .where('start_at', '>=', start)
    .where('start_at', '<=', end)
    .groupBy('queue_extension_id')
    .execute();
  return new Map(
    rows.map((r) => {
      const inbound = Number(r.inbound);
      const completed = Number(r.completed);
      return [
        r.queue_extension_id,
        {
          inbound,
          completed,
          abandoned: Number(r.abandoned),
          overflowed: Number(r.overflowed),
          avgWait: inbound ? Math.round(Number(r.wait) / inbound) : 0,
          maxWait: Number(r.max_wait ?? 0),
          avgHandle: completed ? Math.round(Number(r.handle) / completed) : 0,
        },
      ];
    }),
  );
}
