// What the monitoring-groups tests share: the calls of the nine operations, the
// demo account's sites and extensions, fresh users (and directory entries of
// kinds no family makes yet), and what a refused request must leave as it was.
import type { TestServer } from '../../support/server.ts';
import { addUser, sites } from '../../support/org.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';
import { claimFirstFreeExtension, type ExtensionKind } from '../../../src/families/extensions/public.ts';

export const DEMO = DEMO_DEFAULTS.accountId;
export const GROUPS = '/phone/monitoring_groups';
export const groupPath = (id: string) => `${GROUPS}/${id}`;
export const membersPath = (id: string) => `${GROUPS}/${id}/monitor_members`;

type Query = Record<string, string | number>;
export type Role = 'monitor' | 'monitored';

export function calls(s: TestServer) {
  return {
    list: (query: Query = {}, token?: string) => s.api('GET', GROUPS, { query, token }),
    create: (body: unknown, token?: string) => s.api('POST', GROUPS, { body, token }),
    get: (id: string, token?: string) => s.api('GET', groupPath(id), { token }),
    update: (id: string, body: unknown, token?: string) => s.api('PATCH', groupPath(id), { body, token }),
    remove: (id: string, token?: string) => s.api('DELETE', groupPath(id), { token }),
    members: (id: string, query: Query, token?: string) => s.api('GET', membersPath(id), { query, token }),
    add: (id: string, role: Role | undefined, extensionIds: unknown, token?: string) =>
      s.api('POST', membersPath(id), { query: role ? { member_type: role } : {}, body: extensionIds, token }),
    removeAll: (id: string, role: Role | undefined, token?: string) => s.api('DELETE', membersPath(id), { query: role ? { member_type: role } : {}, token }),
    removeOne: (id: string, extensionId: string, role?: Role, token?: string) =>
      s.api('DELETE', `${membersPath(id)}/${extensionId}`, { query: role ? { member_type: role } : {}, token }),
  };
}

/** The demo account's main site. */
export const mainSite = async (s: TestServer, accountId = DEMO) => (await sites(s, accountId)).find((x) => x.main_site)!;

/** The account's directory entries of a kind, in the order they were added. */
export async function extensionsOf(s: TestServer, kind: ExtensionKind, accountId = DEMO) {
  return s.sandbox.db.selectFrom('extensions').select(['id', 'owner_id', 'name', 'extension_number']).where('account_id', '=', accountId).where('kind', '=', kind).orderBy('seq').execute();
}

/** A new user of the account with its extension in the directory; its extension id. */
export async function newUserExtension(s: TestServer, accountId = DEMO): Promise<string> {
  const id = await addUser(s, { accountId });
  return (await s.sandbox.db.selectFrom('phone_users').select('extension_id').where('id', '=', id).executeTakeFirstOrThrow()).extension_id;
}

let serial = 0;
/**
 * A directory entry of a kind whose family does not exist yet (a call queue, a
 * common area), put there as that family will: the extension id.
 */
export async function directoryEntry(s: TestServer, kind: ExtensionKind, accountId = DEMO): Promise<string> {
  const id = `mg-${kind}-${++serial}-${Math.random().toString(36).slice(2, 8)}`;
  await s.sandbox.db.transaction().execute((trx) =>
    claimFirstFreeExtension(trx, { accountId, id, kind, name: `${kind} ${serial}`, siteId: null, ownerId: `owner-${id}` }, 7000),
  );
  return id;
}

/** Every row of one of the family's tables for an account, in insertion order. */
export const rowsOf = (s: TestServer, table: 'monitoring_groups' | 'monitoring_group_members', accountId = DEMO) =>
  s.sandbox.db.selectFrom(table).selectAll().where('account_id', '=', accountId).orderBy('seq').execute();
