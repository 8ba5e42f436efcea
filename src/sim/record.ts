// Stores a simulated call through the call-logs family, turning a seed that was
// used before in the account (its ids are taken: the unique indexes refuse them)
// into a clear 409 instead of a failed write.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import type { IdGenerator } from '../ids.ts';
import { ZoomError } from '../errors.ts';
import { isUniqueViolation } from '../kit/constraints.ts';
import { recordCalls, type SimulatedCall } from '../families/call-logs/public.ts';

export async function recordSimulated(db: Kysely<Database>, ids: IdGenerator, calls: SimulatedCall[]): Promise<void> {
  try {
    await recordCalls(db, ids, calls);
  } catch (error) {
    if (isUniqueViolation(error)) throw new ZoomError(409, 409, 'This seed was used before in this account, and its ids are taken: give another seed.');
    throw error;
  }
}
