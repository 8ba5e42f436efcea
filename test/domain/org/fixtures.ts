// What the org tests stand on: the demo account's sites, a sub account's own token,
// and fresh users written straight into the database as other rooms would.
import assert from 'node:assert/strict';
import type { TestServer } from '../../support/server.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';

export const DEMO = DEMO_DEFAULTS.accountId;
export const SUB = `${DEMO_DEFAULTS.accountId}-sub`;
let serial = 0;

export async function sites(s: TestServer, accountId = DEMO) {
  return s.sandbox.db.selectFrom('sites').select(['id', 'name', 'main_site', 'site_code']).where('account_id', '=', accountId).orderBy('seq').execute();
}

export async function addUser(s: TestServer, opts: { accountId?: string; siteId?: string | null; extension?: number } = {}): Promise<string> {
  const id = `org-user-${++serial}-${Math.random().toString(36).slice(2, 8)}`;
  await s.sandbox.db
    .insertInto('phone_users')
    .values({
      id, account_id: opts.accountId ?? DEMO, email: `${id}@org.test`, name: `Org User ${serial}`, site_id: opts.siteId ?? null,
      extension_id: `ext-${id}`, extension_number: opts.extension ?? 7000 + serial, phone_user_id: `pu-${id}`, status: 'activate',
      department: null, cost_center: null, data: '{}', created_at: 0,
    })
    .execute();
  return id;
}

let nextNumber = 6000;
export async function addNumber(s: TestServer, opts: { accountId?: string; siteId?: string | null; assignee?: string } = {}) {
  const id = `org-num-${++serial}`;
  const number = `+1510555${String(nextNumber++).padStart(4, '0')}`;
  await s.sandbox.db
    .insertInto('phone_numbers')
    .values({
      id, account_id: opts.accountId ?? DEMO, number, source: 'Zoom', number_type: 'Toll', status: 'Normal', allocated_product: 'ZOOM_PHONE',
      site_id: opts.siteId ?? null, assignee_type: opts.assignee ? 'User' : null, assignee_id: opts.assignee ?? null, data: '{}', created_at: 0,
    })
    .execute();
  return { id, number };
}

/** A token of an account's own app: the demo sub account, or a new master account. */
export async function tokenFor(s: TestServer, accountId: string, create = false): Promise<string> {
  if (create) assert.equal((await s.admin('POST', '/accounts', { name: `Other ${accountId}`, id: accountId })).status, 201);
  const app = await s.admin('POST', `/accounts/${accountId}/apps`, {});
  assert.equal(app.status, 201, JSON.stringify(app.body));
  return s.token(app.body.client_id, app.body.client_secret, accountId);
}

export const ADDRESS = { address_line1: '55 Almaden Blvd', city: 'San Jose', state_code: 'CA', zip: '95113', country: 'US' };
