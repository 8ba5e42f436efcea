// What other families and the control plane may use of policies: the account's Zoom
// groups (made and joined through Zoom's Groups API, outside this contract: the
// sandbox's control plane stands in for it). Writes run with this family's rights.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { owner } from './tables.ts';
import * as store from './store.ts';

export type { GroupListing } from './store.ts';

/** The account's groups, each with the users whose main group it is. */
export const groupsOf = (db: Kysely<Database>, accountId: string) => store.groupsOf(db, accountId);

/** Makes a group; its members leave their main group for it. Run inside a transaction. */
export const createGroup = (db: Kysely<Database>, accountId: string, group: { id: string; name: string; userIds: string[]; now: number }) =>
  store.createGroup(owner.bind(db), accountId, group);

declare module '../../kit/seed.ts' {
  interface DemoGraph {
    /** The demo account's Zoom groups, in the order the policies seed made them. */
    groupIds: string[];
  }
}
