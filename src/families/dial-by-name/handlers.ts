// Handlers of the dial-by-name family, keyed by operationId: the users callers can
// find by name in the account's dial-by-name directory, and in a site's own
// (/phone/sites/{siteId}/…). Each directory has included sites and, of their users,
// those in the directory; a list shows the users of one site in, or not in, it. A
// member is shown as its extension is now (name, number, site: the extensions
// family; email: the users family).
import { defineHandlers, type ItemOf, type RequestContext } from '../../kit/context.ts';
import { worded } from '../../kit/errors.ts';
import type { AccountStore } from '../../kit/store.ts';
import { extensionsByIds, holdExtension } from '../extensions/public.ts';
import { findSite, holdSite, siteNames } from '../sites/public.ts';
import { usersOf } from '../users/public.ts';
import { named, WORDS } from './rules.ts';
import { addMembers, excludeSite, holdDirectorySite, includeSite, membersAfter, membersAmong, removeMembers } from './store.ts';
import { ACCOUNT_DIRECTORY } from './tables.ts';

type Item = ItemOf<'listUsersInDirectory', 'result'>;
type ListOp = 'listUsersInDirectory' | 'listUsersInADirectoryBySite';
type AddOp = 'addUsersToADirectory' | 'addUsersToADirectoryOfASite';
type DeleteOp = 'deleteUsersFromADirectory' | 'deleteUsersFromADirectoryOfASite';
type Op = ListOp | AddOp | DeleteOp;

/** A user as the lists show it, with the seq it pages by. */
interface Shown {
  seq: number;
  item: Item;
}

/** How many rows a list reads at a time while it keeps those of one site. */
const BATCH = 200;

/** The documented 400/300 (given without words), in words naming the rule broken. */
const refused = (ctx: RequestContext<Op>, message: string, field: string) => worded(ctx.fail('error300'), message, field);

/** A user extension of the account on the site, as the lists show it; undefined for anything else. */
type Ext = { id: string; kind: string; ownerId: string; name: string; number: number; siteId: string | null };

async function present(store: AccountStore, entries: { seq: number; ext: Ext }[]): Promise<Shown[]> {
  const { db, accountId } = store;
  const emails = new Map((await usersOf(db, accountId, entries.map((e) => e.ext.ownerId))).map((u) => [u.id, u.email]));
  const sites = await siteNames(db, accountId, [...new Set(entries.map((e) => e.ext.siteId).filter((s): s is string => s !== null))]);
  return entries.map(({ seq, ext }) => {
    const site = ext.siteId ? sites.get(ext.siteId) : undefined;
    return {
      seq,
      item: {
        extension_id: ext.id,
        display_name: ext.name,
        email: emails.get(ext.ownerId),
        extension_number: String(ext.number),
        site: site && { id: site.id, name: site.name },
      },
    };
  });
}

/** Up to `limit` users of the site in the directory, after `afterSeq` (the member rows' order). */
async function inDirectory(store: AccountStore, directory: string, siteId: string, afterSeq: number, limit: number): Promise<Shown[]> {
  const found: { seq: number; ext: Ext }[] = [];
  for (let after = afterSeq; found.length < limit; ) {
    const rows = await membersAfter(store, directory, after, BATCH);
    if (rows.length === 0) break;
    const exts = await extensionsByIds(store.db, store.accountId, rows.map((r) => r.extension_id));
    for (const row of rows) {
      const ext = exts.get(row.extension_id);
      if (ext && ext.kind === 'user' && ext.siteId === siteId && found.length < limit) found.push({ seq: Number(row.seq), ext });
    }
    after = Number(rows[rows.length - 1]!.seq);
  }
  return present(store, found);
}

/** Up to `limit` users of the site not in the directory, after `afterSeq` (the users' order). */
async function notInDirectory(store: AccountStore, directory: string, siteId: string, afterSeq: number, limit: number): Promise<Shown[]> {
  const users = (await usersOf(store.db, store.accountId)).filter((u) => u.site_id === siteId && u.seq > afterSeq);
  const exts = await extensionsByIds(store.db, store.accountId, users.map((u) => u.extension_id));
  const members = await membersAmong(store, directory, [...exts.keys()]);
  const found: { seq: number; ext: Ext }[] = [];
  for (const u of users) {
    const ext = exts.get(u.extension_id);
    if (!ext || ext.kind !== 'user' || ext.siteId !== siteId || members.has(ext.id)) continue;
    found.push({ seq: u.seq, ext });
    if (found.length === limit) break;
  }
  return present(store, found);
}

/** The sites a request names, in that order: each must be the account's (400/300). The path's site is the directory's. */
async function sitesExist(ctx: RequestContext<Op>, store: AccountStore, named: { id: string; field: string }[], hold: boolean): Promise<void> {
  const exists = new Map<string, boolean>();
  // Held in id order so that two writers wait for one another rather than deadlock; a delete of the site waits for the commit.
  for (const id of [...new Set(named.map((n) => n.id))].sort()) {
    exists.set(id, (hold ? await holdSite(store.db, store.accountId, id) : await findSite(store.db, store.accountId, id)) !== undefined);
  }
  const missing = named.find((n) => !exists.get(n.id));
  if (missing) throw refused(ctx, WORDS.siteMissing(missing.id), missing.field);
}

/** The extensions named, each a user's extension of the account on the site (400/300 otherwise). */
async function usersOnSite(ctx: RequestContext<AddOp | DeleteOp>, store: AccountStore, ids: string[], siteId: string, field: string, hold: boolean): Promise<void> {
  if (hold) {
    // Each held until the commit: a release of it waits, then its listener removes the member.
    for (const id of [...ids].sort()) if (!(await holdExtension(store.db, store.accountId, id))) throw refused(ctx, WORDS.extensionMissing(id), field);
  }
  const exts = await extensionsByIds(store.db, store.accountId, ids);
  for (const id of ids) {
    const ext = exts.get(id);
    if (!ext) throw refused(ctx, WORDS.extensionMissing(id), field);
    if (ext.kind !== 'user') throw refused(ctx, WORDS.notAUser(id), field);
    if (ext.siteId !== siteId) throw refused(ctx, WORDS.notOnSite(id, siteId), field);
  }
}

/** "If the value is not specified, only add value of site_id to included sites"; else the site is included and its users named put in the directory. */
async function add(ctx: RequestContext<AddOp>, directory: string, siteId: string, sites: { id: string; field: string }[], extensionIds: string[] | undefined): Promise<void> {
  const store = await ctx.store();
  const ids = named(extensionIds) ?? [];
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const dir = store.on(trx);
    await sitesExist(ctx, dir, sites, true);
    await usersOnSite(ctx, dir, ids, siteId, 'extension_ids', true);
    await holdDirectorySite(dir, directory, siteId);
    await includeSite(dir, directory, siteId, now);
    await addMembers(dir, directory, ids, now);
  });
}

/** The users named leave the directory; none named, the site leaves its included sites, with every user of it in the directory. */
async function remove(ctx: RequestContext<DeleteOp>, directory: string, siteId: string, sites: { id: string; field: string }[], extensionIds: string[] | undefined): Promise<void> {
  const store = await ctx.store();
  const ids = named(extensionIds);
  await ctx.db.transaction().execute(async (trx) => {
    const dir = store.on(trx);
    await sitesExist(ctx, dir, sites, false);
    if (ids) {
      await usersOnSite(ctx, dir, ids, siteId, 'extension_ids', false);
      await removeMembers(dir, directory, ids);
      return;
    }
    await holdDirectorySite(dir, directory, siteId);
    const onSite = await inDirectory(dir, directory, siteId, 0, Number.MAX_SAFE_INTEGER);
    await removeMembers(dir, directory, onSite.map((m) => m.item.extension_id!));
    await excludeSite(dir, directory, siteId);
  });
}

export const handlers = defineHandlers({
  async listUsersInDirectory(ctx) {
    const store = await ctx.store();
    const siteId = ctx.query.site_id;
    const wanted = ctx.query.in_directory ?? true;
    await sitesExist(ctx, store, [{ id: siteId, field: 'site_id' }], false);
    return ctx.list({
      items: 'result',
      filters: { site_id: siteId, in_directory: wanted },
      fetch: (after, limit) => (wanted ? inDirectory : notInDirectory)(store, ACCOUNT_DIRECTORY, siteId, after, limit),
      count: async () => (await (wanted ? inDirectory : notInDirectory)(store, ACCOUNT_DIRECTORY, siteId, 0, Number.MAX_SAFE_INTEGER)).length,
      present: (rows) => rows.map((r) => r.item),
    });
  },

  async addUsersToADirectory(ctx) {
    const { site_id: siteId, extension_ids: ids } = ctx.body;
    await add(ctx, ACCOUNT_DIRECTORY, siteId, [{ id: siteId, field: 'site_id' }], ids);
    return undefined;
  },

  async deleteUsersFromADirectory(ctx) {
    const { site_id: siteId, extension_ids: ids } = ctx.query;
    await remove(ctx, ACCOUNT_DIRECTORY, siteId, [{ id: siteId, field: 'site_id' }], ids);
    return undefined;
  },

  async listUsersInADirectoryBySite(ctx) {
    const store = await ctx.store();
    const directory = ctx.params.siteId;
    const siteId = ctx.query.site_id ?? directory;
    const wanted = ctx.query.in_directory ?? true;
    await sitesExist(ctx, store, [{ id: directory, field: 'siteId' }, { id: siteId, field: 'site_id' }], false);
    return ctx.list({
      items: 'result',
      filters: { directory, site_id: siteId, in_directory: wanted },
      fetch: (after, limit) => (wanted ? inDirectory : notInDirectory)(store, directory, siteId, after, limit),
      count: async () => (await (wanted ? inDirectory : notInDirectory)(store, directory, siteId, 0, Number.MAX_SAFE_INTEGER)).length,
      present: (rows) => rows.map((r) => r.item),
    });
  },

  async addUsersToADirectoryOfASite(ctx) {
    const directory = ctx.params.siteId;
    const siteId = ctx.body?.site_id ?? directory;
    await add(ctx, directory, siteId, [{ id: directory, field: 'siteId' }, { id: siteId, field: 'site_id' }], ctx.body?.extension_ids);
    return undefined;
  },

  async deleteUsersFromADirectoryOfASite(ctx) {
    const directory = ctx.params.siteId;
    const siteId = ctx.query.site_id ?? directory;
    await remove(ctx, directory, siteId, [{ id: directory, field: 'siteId' }, { id: siteId, field: 'site_id' }], ctx.query.extension_ids);
    return undefined;
  },
});
