// What other families may use of the extension directory: who holds which
// extension, claiming a number for an extension (refused, with the holder, when
// another extension has it), finding a free one, and releasing an owner's
// extensions. Every write runs with the extensions family's own rights, in the
// caller's transaction; moves to another site follow the users.moved and
// sites.deleting events.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { owner } from './tables.ts';
import * as store from './store.ts';
import { assertTransaction } from '../../kit/locks.ts';

export type { ExtensionKind } from './tables.ts';
export type { Claim, ExtensionEntry, Holder, Listing } from './store.ts';

type Db = Kysely<Database>;

/** The name and number the directory gives each of these owners (users, say): one query for a page of them. */
export const extensionsOfOwners = (db: Db, accountId: string, ownerIds: string[], kind?: store.ExtensionEntry['kind']) =>
  store.extensionsOfOwners(db, accountId, ownerIds, kind);

/** The extensions of one kind (the demo's call queues, for the receptionists' IVR seed), in the order they were added. */
export const extensionsOfKind = (db: Db, accountId: string, kind: store.ExtensionEntry['kind']) => store.extensionsOfKind(db, accountId, kind);

/** The extension with this id, its holder (`ownerId`: the user, the auto receptionist, the call queue) and number. */
export const extensionById = (db: Db, accountId: string, id: string) => store.extensionById(db, accountId, id);

/** Who holds this extension number in the account (a call dialled by extension reaches it). */
export const extensionByNumber = (db: Db, accountId: string, number: number) => store.holderOf(db, accountId, number);

/** These extensions (their holder, number and site), by id: one query for a page of them. */
export const extensionsByIds = (db: Db, accountId: string, ids: string[]) => store.extensionsByIds(db, accountId, ids);

/**
 * The extension, held until the caller's transaction ends: a release of it waits
 * for that commit, so the release's listeners see whatever was made to point at
 * it (and mend it). For a write that routes to an extension. Run inside a transaction.
 */
export const holdExtension = (db: Db, accountId: string, id: string) => {
  assertTransaction(db, 'holdExtension');
  return store.extensionById(db, accountId, id, true);
};

/** Gives extension `entry.id` the number (adding or renumbering it); `{ ok: false, holder }` when another extension has it. */
export const claimExtension = (db: Db, entry: store.ExtensionEntry) => store.claim(owner.bind(db), entry);

/** Claims the lowest free number from `start` up for a new extension, and returns it. */
export const claimFirstFreeExtension = (db: Db, entry: Omit<store.ExtensionEntry, 'number'>, start: number) =>
  store.claimFirstFree(owner.bind(db), entry, start);

/** Renames an extension or moves it to another site (its holder was renamed or moved); false when it is not in the directory. */
export const describeExtension = (db: Db, accountId: string, id: string, changes: { name?: string; siteId?: string | null }) =>
  store.describe(owner.bind(db), accountId, id, changes);

/** Frees the numbers of an owner's extensions of one kind (a deleted auto receptionist, say). */
export const releaseExtensions = (db: Db, accountId: string, ownerId: string, kind: store.ExtensionEntry['kind']) =>
  store.releaseOwnedBy(owner.bind(db), accountId, ownerId, kind);

declare module '../../kit/events.ts' {
  interface Events {
    /** Extensions taken out of the directory (their holder is gone): whatever hangs on them goes too. */
    'extensions.released': { accountId: string; extensionIds: string[] };
  }
}
