// What the org tests stand on: the demo account's sites, a sub account's own token,
// and fresh users written straight into the database as other rooms would.
import assert from 'node:assert/strict';
import type { TestServer } from './server.ts';
import { DEMO_DEFAULTS } from '../../src/sandbox.ts';
import { addNumber as addSharedNumber, addUser as addSharedUser } from './fixtures.ts';
import { registerUserExtension } from './extensions.ts';

export const DEMO = DEMO_DEFAULTS.accountId;
export const SUB = `${DEMO_DEFAULTS.accountId}-sub`;

export async function sites(s: TestServer, accountId = DEMO) {
  return s.sandbox.db.selectFrom('sites').select(['id', 'name', 'main_site', 'site_code']).where('account_id', '=', accountId).orderBy('seq').execute();
}

/** A user of the demo account (by default), tagged as the org tests', with its extension in the account's directory. */
export async function addUser(s: TestServer, opts: { accountId?: string; siteId?: string | null; extension?: number } = {}): Promise<string> {
  const id = await addSharedUser(s, { tag: 'org', ...opts });
  await registerUserExtension(s, id);
  return id;
}

/** A number of the demo account (by default) in the org tests' own range, optionally assigned to a user. */
export const addNumber = (s: TestServer, opts: { accountId?: string; siteId?: string | null; assignee?: string } = {}) =>
  addSharedNumber(s, { accountId: opts.accountId, site_id: opts.siteId ?? null, assigneeId: opts.assignee, prefix: '+1510555', data: {} });

/** A token of an account's own app: the demo sub account, or a new master account. */
export async function tokenFor(s: TestServer, accountId: string, create = false): Promise<string> {
  if (create) assert.equal((await s.admin('POST', '/accounts', { name: `Other ${accountId}`, id: accountId })).status, 201);
  const app = await s.admin('POST', `/accounts/${accountId}/apps`, {});
  assert.equal(app.status, 201, JSON.stringify(app.body));
  return s.token(app.body.client_id, app.body.client_secret, accountId);
}

export const ADDRESS = { address_line1: '55 Almaden Blvd', city: 'San Jose', state_code: 'CA', zip: '95113', country: 'US' };
