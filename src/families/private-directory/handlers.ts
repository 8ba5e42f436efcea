// Handlers of the private-directory family, keyed by operationId: the account's
// private directory, extensions of the account's directory and who may find each
// one on the web portal (searchable_on_web_portal). A member is shown as its
// extension is now (name, number, kind, site: the extensions family; a user's email:
// the users family). On multiple sites each site has its private directory: the
// members whose extension is on that site.
import { defineHandlers, type ItemOf, type RequestContext } from '../../kit/context.ts';
import { isUniqueViolation } from '../../kit/constraints.ts';
import type { AccountStore } from '../../kit/store.ts';
import { extensionsByIds, holdExtension } from '../extensions/public.ts';
import { findSite, holdSite, siteNames } from '../sites/public.ts';
import { multipleSitesEnabled } from '../account-settings/public.ts';
import { usersOf } from '../users/public.ts';
import { alreadyMember, extensionNotFound, noMembers, notOnSite, siteRequired } from './errors.ts';
import { EXTENSION_TYPES, matchesKeyword, repeated } from './rules.ts';
import { membersAmong, type MemberRow } from './store.ts';

type Item = ItemOf<'listPrivateDirectoryMembers', 'private_directory_members'>;

/** A member as the list shows it, with the seq it pages by. */
interface Shown {
  seq: number;
  item: Item;
  siteId: string | null;
}

/** How many member rows a list reads at a time while it filters by site or keyword. */
const BATCH = 200;

/** These member rows as the list shows them (a row whose extension is gone is left out: the release's listener removes it). */
async function shown(store: AccountStore, rows: MemberRow[]): Promise<Shown[]> {
  const { db, accountId } = store;
  const exts = await extensionsByIds(db, accountId, rows.map((r) => r.extension_id));
  const userIds = [...exts.values()].filter((e) => e.kind === 'user').map((e) => e.ownerId);
  const emails = new Map((await usersOf(db, accountId, userIds)).map((u) => [u.id, u.email]));
  const sites = await siteNames(db, accountId, [...new Set([...exts.values()].map((e) => e.siteId).filter((s): s is string => s !== null))]);
  const out: Shown[] = [];
  for (const row of rows) {
    const ext = exts.get(row.extension_id);
    if (!ext) continue;
    const site = ext.siteId ? sites.get(ext.siteId) : undefined;
    out.push({
      seq: Number(row.seq),
      siteId: ext.siteId,
      item: {
        extension_id: ext.id,
        extension_display_name: ext.name,
        extension_number: ext.number,
        extension_type: EXTENSION_TYPES[ext.kind],
        searchable_on_web_portal: row.searchable_on_web_portal,
        extension_email: ext.kind === 'user' ? emails.get(ext.ownerId) : undefined,
        site_id: site?.id,
        site_name: site?.name,
      },
    });
  }
  return out;
}

/** Up to `limit` members after `afterSeq` that `keep` lets through, read a batch at a time. */
async function membersAfter(store: AccountStore, afterSeq: number, limit: number, keep: (m: Shown) => boolean): Promise<Shown[]> {
  const found: Shown[] = [];
  for (let after = afterSeq; found.length < limit; ) {
    const rows = await store.page('private_directory_members', {}, after, BATCH);
    if (rows.length === 0) break;
    for (const m of await shown(store, rows)) if (keep(m) && found.length < limit) found.push(m);
    after = rows[rows.length - 1]!.seq;
  }
  return found;
}

/** The site a write names: it must exist (8001), and it must be named when the account has multiple sites. */
async function siteOf(ctx: RequestContext<'addMembersToAPrivateDirectory' | 'updateAPrivateDirectoryMember' | 'removeAMemberFromAPrivateDirectory'>, store: AccountStore, siteId: string | undefined, required: boolean) {
  if (siteId !== undefined) {
    // Held until the commit: a delete of the site waits, then the members move with their extensions.
    const site = await holdSite(store.db, store.accountId, siteId);
    if (!site) throw ctx.fail('siteDoesNotExist', { siteId });
    return site;
  }
  if (required && await multipleSitesEnabled(store.db, store.accountId)) throw siteRequired();
  return undefined;
}

/**
 * The member `extensionId` of the private directory (of `siteId`'s, when named), its row
 * locked to be changed or deleted: 404 when the account has no such extension, or it is
 * no member (of that site's directory).
 */
async function memberOf(
  ctx: RequestContext<'updateAPrivateDirectoryMember' | 'removeAMemberFromAPrivateDirectory'>,
  store: AccountStore,
  extensionId: string,
  siteId: string | undefined,
): Promise<MemberRow> {
  const ext = (await extensionsByIds(store.db, store.accountId, [extensionId])).get(extensionId);
  if (!ext) throw ctx.fail('extensionDoesNotExist', { extensionId });
  const row = await store.lock('private_directory_members', { extension_id: extensionId }, 'update');
  if (!row || (siteId !== undefined && ext.siteId !== siteId)) throw ctx.fail('extensionDoesNotExistInThe', { extensionId });
  return row;
}

export const handlers = defineHandlers({
  async listPrivateDirectoryMembers(ctx) {
    const store = await ctx.store();
    const { keyword, site_id: siteId } = ctx.query;
    if (siteId !== undefined && !(await findSite(store.db, store.accountId, siteId))) throw ctx.fail('siteDoesNotExist', { siteId });
    const keep = (m: Shown) =>
      (siteId === undefined || m.siteId === siteId) &&
      matchesKeyword(keyword, { name: m.item.extension_display_name, number: m.item.extension_number, email: m.item.extension_email });
    return ctx.list({
      items: 'private_directory_members',
      filters: { keyword: keyword ?? null, site_id: siteId ?? null },
      fetch: (after, limit) => membersAfter(store, after, limit, keep),
      count: async () => (await membersAfter(store, 0, Number.MAX_SAFE_INTEGER, keep)).length,
      present: (members) => members.map((m) => m.item),
    });
  },

  async addMembersToAPrivateDirectory(ctx) {
    const store = await ctx.store();
    const { members, site_id: siteId } = ctx.body;
    if (members.length === 0) throw noMembers();
    const twice = repeated(members.map((m) => m.extension_id));
    if (twice.length) throw alreadyMember({ extensionId: twice[0]! });
    const now = ctx.clock.now();
    try {
      await ctx.db.transaction().execute(async (trx) => {
        const directory = store.on(trx);
        await siteOf(ctx, directory, siteId, true);
        // Each extension held until the commit: a release of it waits, then its listener removes the member.
        for (const id of members.map((m) => m.extension_id).sort()) {
          if (!(await holdExtension(trx, store.accountId, id))) throw extensionNotFound({ extensionId: id });
        }
        const exts = await extensionsByIds(trx, store.accountId, members.map((m) => m.extension_id));
        for (const m of members) {
          if (siteId !== undefined && exts.get(m.extension_id)?.siteId !== siteId) throw notOnSite({ extensionId: m.extension_id, siteId });
        }
        const already = await membersAmong(directory, members.map((m) => m.extension_id));
        const first = members.find((m) => already.has(m.extension_id));
        if (first) throw alreadyMember({ extensionId: first.extension_id });
        await directory.insert(
          'private_directory_members',
          members.map((m) => ({ extension_id: m.extension_id, searchable_on_web_portal: m.searchable_on_web_portal, created_at: now, updated_at: now })),
        );
      });
    } catch (err) {
      // A concurrent add of one of them won: the unique index refused this one.
      if (isUniqueViolation(err)) {
        const won = await membersAmong(store, members.map((m) => m.extension_id));
        throw alreadyMember({ extensionId: members.find((m) => won.has(m.extension_id))?.extension_id ?? members[0]!.extension_id });
      }
      throw err;
    }
    return undefined;
  },

  async updateAPrivateDirectoryMember(ctx) {
    const store = await ctx.store();
    const { searchable_on_web_portal: scope, site_id: siteId } = ctx.body;
    await ctx.db.transaction().execute(async (trx) => {
      const directory = store.on(trx);
      await siteOf(ctx, directory, siteId, true);
      await memberOf(ctx, directory, ctx.params.extensionId, siteId);
      await directory.patch('private_directory_members', { extension_id: ctx.params.extensionId }, { searchable_on_web_portal: scope, updated_at: ctx.clock.now() });
    });
    return undefined;
  },

  async removeAMemberFromAPrivateDirectory(ctx) {
    const store = await ctx.store();
    const siteId = ctx.query.site_id;
    await ctx.db.transaction().execute(async (trx) => {
      const directory = store.on(trx);
      await siteOf(ctx, directory, siteId, false);
      await memberOf(ctx, directory, ctx.params.extensionId, siteId);
      await directory.remove('private_directory_members', { extension_id: ctx.params.extensionId });
    });
    return undefined;
  },
});
