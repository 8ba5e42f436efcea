// Records the numbers tests stand on, written straight into the database as the
// other rooms would (users by the users room, numbers by carriers), so each test
// starts from state it made itself rather than from the demo's.
import assert from 'node:assert/strict';
import type { TestServer } from '../../support/server.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';
import { insertNumbers, type NewNumber } from '../../../src/domain/numbers/store.ts';

export const DEMO = DEMO_DEFAULTS.accountId;
let serial = 0;

export async function addUser(s: TestServer, opts: { accountId?: string; siteId?: string | null; name?: string } = {}): Promise<string> {
  const id = `user-${++serial}-${Math.random().toString(36).slice(2, 8)}`;
  await s.sandbox.db
    .insertInto('phone_users')
    .values({
      id, account_id: opts.accountId ?? DEMO, email: `${id}@numbers.test`, name: opts.name ?? `User ${serial}`, site_id: opts.siteId ?? null,
      extension_id: `ext-${id}`, extension_number: 500 + serial, phone_user_id: `pu-${id}`, status: 'activate', department: null, cost_center: null,
      data: '{}', created_at: 0,
    })
    .execute();
  return id;
}

let nextNumber = 3000;
/** A fresh E.164 number nobody in the sandbox holds. */
export const freshNumber = (prefix = '+1650555'): string => `${prefix}${String(nextNumber++).padStart(4, '0')}`;

export async function addNumber(s: TestServer, opts: Partial<NewNumber> & { accountId?: string } = {}): Promise<{ id: string; number: string }> {
  const [row] = await insertNumbers(
    s.sandbox.db,
    opts.accountId ?? DEMO,
    [
      {
        number: opts.number ?? freshNumber(),
        source: opts.source ?? 'Zoom',
        number_type: opts.number_type ?? 'Toll',
        status: opts.status ?? 'Normal',
        allocated_product: opts.allocated_product ?? 'ZOOM_PHONE',
        site_id: opts.site_id ?? null,
        data: opts.data ?? { capability: ['Incoming', 'Outgoing'], location: { city: 'Palo Alto', state: 'CA', country: 'US' } },
      },
    ],
    () => `num-${++serial}-${Math.random().toString(36).slice(2, 10)}`,
    0,
  );
  return row;
}

export async function siteIds(s: TestServer, accountId = DEMO): Promise<string[]> {
  const rows = await s.sandbox.db.selectFrom('sites').select('id').where('account_id', '=', accountId).orderBy('seq').execute();
  return rows.map((r) => r.id);
}

/** A second master account with its own app, to prove ids of one account are unknown to another. */
export async function otherAccount(s: TestServer, id: string): Promise<{ token: string; accountId: string }> {
  const acct = await s.admin('POST', '/accounts', { name: `Other ${id}`, id });
  assert.equal(acct.status, 201);
  const app = await s.admin('POST', `/accounts/${id}/apps`, {});
  assert.equal(app.status, 201);
  return { token: await s.token(app.body.client_id, app.body.client_secret, id), accountId: id };
}

export async function row(s: TestServer, id: string) {
  return s.sandbox.db.selectFrom('phone_numbers').selectAll().where('id', '=', id).executeTakeFirst();
}
