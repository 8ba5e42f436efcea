// What the group-call-pickup tests share: the calls of the eight operations, the
// demo account's sites and users' extensions, and another master account.
import type { TestServer } from '../../support/server.ts';
import { tokenFor } from '../../support/org.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';

export const DEMO = DEMO_DEFAULTS.accountId;
export const GROUPS = '/phone/group_call_pickup';

type Query = Record<string, string | number>;

export function calls(s: TestServer) {
  return {
    list: (query: Query = {}, token?: string) => s.api('GET', GROUPS, { query, token }),
    add: (body: unknown, token?: string) => s.api('POST', GROUPS, { body, token }),
    get: (id: string, token?: string) => s.api('GET', `${GROUPS}/${id}`, { token }),
    update: (id: string, body: unknown, token?: string) => s.api('PATCH', `${GROUPS}/${id}`, { body, token }),
    remove: (id: string, token?: string) => s.api('DELETE', `${GROUPS}/${id}`, { token }),
    members: (id: string, query: Query = {}, token?: string) => s.api('GET', `${GROUPS}/${id}/members`, { query, token }),
    addMembers: (id: string, body: unknown, token?: string) => s.api('POST', `${GROUPS}/${id}/members`, { body, token }),
    removeMember: (id: string, extensionId: string, token?: string) => s.api('DELETE', `${GROUPS}/${id}/members/${extensionId}`, { token }),
  };
}

/** The demo account's sites, main first, with the extension directory's users and receptionists. */
export async function demo(s: TestServer, accountId = DEMO) {
  const sites = await s.sandbox.db.selectFrom('sites').select(['id', 'name', 'main_site']).where('account_id', '=', accountId).orderBy('seq').execute();
  const extensions = await s.sandbox.db
    .selectFrom('extensions')
    .select(['id', 'kind', 'owner_id', 'name', 'extension_number', 'site_id'])
    .where('account_id', '=', accountId)
    .orderBy('seq')
    .execute();
  return {
    sites,
    main: sites.find((x) => x.main_site)!,
    users: extensions.filter((e) => e.kind === 'user').map((e) => ({ ...e, extension_number: Number(e.extension_number) })),
    receptionists: extensions.filter((e) => e.kind === 'autoReceptionist'),
  };
}

/** The user's extension id, as the directory has it. */
export async function extensionOf(s: TestServer, userId: string): Promise<string> {
  const row = await s.sandbox.db.selectFrom('phone_users').select('extension_id').where('id', '=', userId).executeTakeFirstOrThrow();
  return row.extension_id;
}

/** Another master account, with a token of its own app. */
export const otherMaster = (s: TestServer, id: string) => tokenFor(s, id, true);

/** Every row of the family's tables for the account: what a refused request must leave as it was. */
export async function state(s: TestServer, accountId = DEMO) {
  const groups = await s.sandbox.db.selectFrom('call_pickup_groups').selectAll().where('account_id', '=', accountId).orderBy('seq').execute();
  const members = await s.sandbox.db.selectFrom('call_pickup_group_members').selectAll().where('account_id', '=', accountId).orderBy('seq').execute();
  return { groups, members };
}
