// What other families (and the telephony simulator to come) may use of call
// queues: a queue's routing by its extension, as data a router runs — who is
// rung and in what order (ringOrder), how long a caller waits, how many wait, and
// where an unanswered call goes.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { queueByExtension, queueMembers, routingOf } from './store.ts';
import type { Routing } from './rules.ts';

export { ringOrder, RING_MODES, type RingMode, type Routing } from './rules.ts';

export interface QueueRouting extends Routing {
  queueId: string;
  /** "Inactive call queues cannot be called." */
  active: boolean;
  /** The members in the queue's order, with whether each takes queue calls. */
  members: { id: string; extensionId: string; receiveCall: boolean }[];
}

/** The queue holding this extension, as a router runs it; undefined when no queue holds it. */
export async function callQueueRouting(db: Kysely<Database>, accountId: string, extensionId: string): Promise<QueueRouting | undefined> {
  const queue = await queueByExtension(db, accountId, extensionId);
  if (!queue) return undefined;
  const members = await queueMembers(db, accountId, queue.id);
  return {
    queueId: queue.id,
    active: queue.status === 'active',
    ...routingOf(queue),
    members: members.map((m) => ({ id: m.member_id, extensionId: m.extension_id, receiveCall: m.receive_call === 1 })),
  };
}

/** The time zone a queue's hours are read in (null: none set). */
export async function callQueueTimezone(db: Kysely<Database>, accountId: string, extensionId: string): Promise<string | null> {
  return (await queueByExtension(db, accountId, extensionId))?.timezone ?? null;
}
