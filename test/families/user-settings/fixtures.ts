// What the user-settings tests share: the calls of the six operations, fresh users
// with their extensions in the directory, and directory entries of kinds no family
// makes yet.
import type { TestServer } from '../../support/server.ts';
import { addUser } from '../../support/org.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';
import { claimFirstFreeExtension, type ExtensionKind } from '../../../src/families/extensions/public.ts';

export const DEMO = DEMO_DEFAULTS.accountId;
type Query = Record<string, string | number>;

export function calls(s: TestServer) {
  return {
    get: (user: string) => s.api('GET', `/phone/users/${encodeURIComponent(user)}/settings`),
    patch: (user: string, body: unknown) => s.api('PATCH', `/phone/users/${encodeURIComponent(user)}/settings`, { body }),
    add: (user: string, type: string, body: unknown) => s.api('POST', `/phone/users/${encodeURIComponent(user)}/settings/${type}`, { body }),
    update: (user: string, type: string, body: unknown) => s.api('PATCH', `/phone/users/${encodeURIComponent(user)}/settings/${type}`, { body }),
    remove: (user: string, type: string, query: Query = {}) => s.api('DELETE', `/phone/users/${encodeURIComponent(user)}/settings/${type}`, { query }),
    appearances: (query: Query = {}) => s.api('GET', '/phone/shared_line_appearances', { query }),
  };
}

export interface TestUser {
  id: string;
  email: string;
  name: string;
  extensionId: string;
  extensionNumber: number;
}

/** A new user of the demo account with its extension in the directory. */
export async function newUser(s: TestServer): Promise<TestUser> {
  const id = await addUser(s);
  const row = await s.sandbox.db.selectFrom('phone_users').select(['email', 'name', 'extension_id', 'extension_number']).where('id', '=', id).executeTakeFirstOrThrow();
  return { id, email: row.email, name: row.name, extensionId: row.extension_id, extensionNumber: Number(row.extension_number) };
}

let serial = 0;
/** A directory entry of a kind whose family may not exist yet, put there as that family will: its id. */
export async function directoryEntry(s: TestServer, kind: ExtensionKind): Promise<string> {
  const id = `us-${kind}-${++serial}-${Math.random().toString(36).slice(2, 8)}`;
  await s.sandbox.db.transaction().execute((trx) =>
    claimFirstFreeExtension(trx, { accountId: DEMO, id, kind, name: `${kind} ${serial}`, siteId: null, ownerId: `owner-${id}` }, 7000),
  );
  return id;
}
