// What other families may use of billing: the calling-plan catalogue, and taking
// or giving back a plan of the account's inventory (users do, as they gain or
// lose plans), with billing's own rights in the caller's transaction.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { owner } from './tables.ts';
import * as store from './store.ts';

export { planName, planTypeByName } from './rules.ts';

type Db = Kysely<Database>;

export const consumePlan = (db: Db, accountId: string, type: number) => store.consumePlan(owner.bind(db), accountId, type);
export const releasePlan = (db: Db, accountId: string, type: number) => store.releasePlan(owner.bind(db), accountId, type);
