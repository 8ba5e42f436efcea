// The extension directory, scoped by account on every query. Writes that take a
// number run inside the caller's transaction, so that the extension and the
// record holding it (a user, a site) are written together or not at all.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { wentIn } from '../../kit/constraints.ts';
import { locking } from '../../kit/locks.ts';
import { publish } from '../../kit/events.ts';
import type { ExtensionKind } from './tables.ts';

type Db = Kysely<Database>;

export interface ExtensionEntry {
  accountId: string;
  id: string;
  kind: ExtensionKind;
  number: number;
  name: string;
  siteId: string | null;
  ownerId: string;
}

export interface Holder {
  id: string;
  kind: ExtensionKind;
  ownerId: string;
  name: string;
}

export type Claim = { ok: true } | { ok: false; holder: Holder };

const OK: Claim = { ok: true };

/** Who holds the number in the account, if anyone. */
export async function holderOf(db: Db, accountId: string, number: number): Promise<Holder | undefined> {
  const row = await db
    .selectFrom('extensions')
    .select(['id', 'kind', 'owner_id', 'name'])
    .where('account_id', '=', accountId)
    .where('extension_number', '=', number)
    .executeTakeFirst();
  return row && { id: row.id, kind: row.kind, ownerId: row.owner_id, name: row.name };
}

/** The extension with this id (a user's extension_id, say), with its holder and number. */
export async function extensionById(db: Db, accountId: string, id: string, hold = false): Promise<(Holder & { number: number }) | undefined> {
  const query = db
    .selectFrom('extensions')
    .select(['id', 'kind', 'owner_id', 'name', 'extension_number'])
    .where('account_id', '=', accountId)
    .where('id', '=', id);
  const row = await (hold ? locking(db, query, 'keyShare') : query).executeTakeFirst();
  return row && { id: row.id, kind: row.kind, ownerId: row.owner_id, name: row.name, number: Number(row.extension_number) };
}

/** An extension as the directory lists it. */
export interface Listing {
  id: string;
  kind: ExtensionKind;
  name: string;
  number: number;
  siteId: string | null;
}

/** The extensions these owners hold (of one kind, when given), by owner id. */
export async function extensionsOfOwners(db: Db, accountId: string, ownerIds: string[], kind?: ExtensionKind): Promise<Map<string, Listing>> {
  if (ownerIds.length === 0) return new Map();
  let q = db
    .selectFrom('extensions')
    .select(['id', 'kind', 'name', 'extension_number', 'site_id', 'owner_id'])
    .where('account_id', '=', accountId)
    .where('owner_id', 'in', ownerIds);
  if (kind) q = q.where('kind', '=', kind);
  const rows = await q.execute();
  return new Map(rows.map((r) => [r.owner_id, { id: r.id, kind: r.kind, name: r.name, number: Number(r.extension_number), siteId: r.site_id }]));
}

/** The extensions of one kind in the account, in the order they were added. */
export async function extensionsOfKind(db: Db, accountId: string, kind: ExtensionKind): Promise<Listing[]> {
  const rows = await db
    .selectFrom('extensions')
    .select(['id', 'kind', 'name', 'extension_number', 'site_id'])
    .where('account_id', '=', accountId)
    .where('kind', '=', kind)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind, name: r.name, number: Number(r.extension_number), siteId: r.site_id }));
}

/** These extensions, by id: one query for a page's worth (the assistants of a page of delegations, say). */
export async function extensionsByIds(db: Db, accountId: string, ids: string[]): Promise<Map<string, Holder & { number: number; siteId: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('extensions')
    .select(['id', 'kind', 'owner_id', 'name', 'extension_number', 'site_id'])
    .where('account_id', '=', accountId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((row) => [row.id, { id: row.id, kind: row.kind, ownerId: row.owner_id, name: row.name, number: Number(row.extension_number), siteId: row.site_id }]));
}

/**
 * Gives the extension `e.id` the number `e.number`: adds it to the directory, or
 * renumbers it when it is there already. When another extension holds the number
 * (or takes it first, in a concurrent transaction) nothing changes and the holder
 * is returned. Run inside a transaction.
 */
export async function claim(db: Db, e: ExtensionEntry): Promise<Claim> {
  // Each pass either writes, or finds the holder; a holder that let go meanwhile is looked for again.
  for (let tries = 0; tries < 3; tries++) {
    const mine = await locking(
      db,
      db.selectFrom('extensions').select('extension_number').where('account_id', '=', e.accountId).where('id', '=', e.id),
      'noKeyUpdate',
    ).executeTakeFirst();
    if (mine && Number(mine.extension_number) === e.number) return OK;
    const written = await wentIn(db, async () => {
      if (mine) await db.updateTable('extensions').set({ extension_number: e.number }).where('account_id', '=', e.accountId).where('id', '=', e.id).execute();
      else
        await db
          .insertInto('extensions')
          .values({ account_id: e.accountId, id: e.id, kind: e.kind, extension_number: e.number, name: e.name, site_id: e.siteId, owner_id: e.ownerId })
          .execute();
    });
    if (written) return OK;
    const holder = await holderOf(db, e.accountId, e.number);
    if (holder && holder.id !== e.id) return { ok: false, holder };
  }
  throw new Error(`extension ${e.id} of ${e.accountId} could not settle on ${e.number}`);
}

/**
 * The lowest number from `start` up that no extension of the account holds. It is
 * free now, not reserved: claim it, and on losing it to a concurrent writer ask again.
 */
export async function firstFree(db: Db, accountId: string, start: number): Promise<number> {
  const BATCH = 500;
  let next = start;
  for (;;) {
    const held = await db
      .selectFrom('extensions')
      .select('extension_number')
      .where('account_id', '=', accountId)
      .where('extension_number', '>=', next)
      .orderBy('extension_number')
      .limit(BATCH)
      .execute();
    for (const { extension_number } of held) {
      if (Number(extension_number) !== next) return next;
      next++;
    }
    if (held.length < BATCH) return next;
  }
}

/** Claims the first free number from `start` up; returns it. Run inside a transaction. */
export async function claimFirstFree(db: Db, e: Omit<ExtensionEntry, 'number'>, start: number): Promise<number> {
  for (let from = start; ; ) {
    const number = await firstFree(db, e.accountId, from);
    if ((await claim(db, { ...e, number })).ok) return number;
    from = number + 1;
  }
}

/**
 * Takes every extension of an owner (a user, a site's auto receptionist) out of the
 * directory; its numbers are free again, and the families that hang something on
 * an extension hear which ones went (extensions.released).
 */
export async function releaseOwnedBy(db: Db, accountId: string, ownerId: string, kind: ExtensionKind): Promise<void> {
  const gone = await db.deleteFrom('extensions').where('account_id', '=', accountId).where('owner_id', '=', ownerId).where('kind', '=', kind).returning('id').execute();
  if (gone.length) await publish(db, 'extensions.released', { accountId, extensionIds: gone.map((r) => r.id) });
}

/**
 * Changes what the directory shows of an extension its holder renamed or moved
 * to another site (a call queue's name, say); false when the extension is not there.
 */
export async function describe(db: Db, accountId: string, id: string, changes: { name?: string; siteId?: string | null }): Promise<boolean> {
  const set: { name?: string; site_id?: string | null } = {};
  if (changes.name !== undefined) set.name = changes.name;
  if (changes.siteId !== undefined) set.site_id = changes.siteId;
  if (Object.keys(set).length === 0) return (await extensionById(db, accountId, id)) !== undefined;
  const res = await db.updateTable('extensions').set(set).where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Users' extensions follow their users to another site. */
export async function followUsers(db: Db, accountId: string, userIds: string[], siteId: string): Promise<void> {
  if (userIds.length === 0) return;
  await db.updateTable('extensions').set({ site_id: siteId }).where('account_id', '=', accountId).where('kind', '=', 'user').where('owner_id', 'in', userIds).execute();
}

/** What is left on a site being deleted moves to the transfer site (the site's own receptionist has been released). */
export async function moveSiteExtensions(db: Db, accountId: string, siteId: string, transferSiteId: string): Promise<void> {
  await db.updateTable('extensions').set({ site_id: transferSiteId }).where('account_id', '=', accountId).where('site_id', '=', siteId).execute();
}
