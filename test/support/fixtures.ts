// Records domain tests stand on, written straight into the database as another
// room would, so each test starts from state it made itself.
import assert from 'node:assert/strict';
import type { TestServer } from './server.ts';
import { DEMO_DEFAULTS } from '../../src/sandbox.ts';
import { insertNumbers, type NewNumber } from '../../src/families/numbers/store.ts';

let serial = 0;
let nextNumber = 3000;

/** A fresh E.164 number nobody in this test's sandbox holds. */
export const freshNumber = (prefix = '+1650555'): string => `${prefix}${String(nextNumber++).padStart(4, '0')}`;

/** One phone number of an account (the demo's by default), optionally assigned to a user. */
export async function addNumber(
  s: TestServer,
  opts: Partial<NewNumber> & { accountId?: string; assigneeId?: string; prefix?: string } = {},
): Promise<{ id: string; number: string }> {
  const [row] = await insertNumbers(
    s.sandbox.db,
    opts.accountId ?? DEMO_DEFAULTS.accountId,
    [
      {
        number: opts.number ?? freshNumber(opts.prefix),
        source: opts.source ?? 'Zoom',
        number_type: opts.number_type ?? 'Toll',
        status: opts.status ?? 'Normal',
        allocated_product: opts.allocated_product ?? 'ZOOM_PHONE',
        site_id: opts.site_id ?? null,
        data: opts.data ?? { capability: ['Incoming', 'Outgoing'] },
      },
    ],
    () => `num-${++serial}-${Math.random().toString(36).slice(2, 10)}`,
    0,
  );
  if (opts.assigneeId) {
    await s.sandbox.db.updateTable('phone_numbers').set({ assignee_type: 'User', assignee_id: opts.assigneeId }).where('id', '=', row.id).execute();
  }
  return row;
}

/** A phone user of an account (the demo's by default); `tag` keeps each room's users apart by email. */
export async function addUser(
  s: TestServer,
  opts: { accountId?: string; siteId?: string | null; name?: string; extension?: number; tag?: string } = {},
): Promise<string> {
  const tag = opts.tag ?? 'test';
  const id = `${tag}-user-${++serial}-${Math.random().toString(36).slice(2, 8)}`;
  await s.sandbox.db
    .insertInto('phone_users')
    .values({
      id, account_id: opts.accountId ?? DEMO_DEFAULTS.accountId, email: `${id}@${tag}.test`, name: opts.name ?? `User ${serial}`,
      site_id: opts.siteId ?? null, extension_id: `ext-${id}`, extension_number: opts.extension ?? 20000 + serial, phone_user_id: `pu-${id}`,
      status: 'activate', department: null, cost_center: null, data: '{}', created_at: 0,
    })
    .execute();
  return id;
}

/** A second master account with its own app, to prove ids of one account are unknown to another. */
export async function otherAccount(s: TestServer, id: string): Promise<{ token: string; accountId: string }> {
  const acct = await s.admin('POST', '/accounts', { name: `Other ${id}`, id });
  assert.equal(acct.status, 201, JSON.stringify(acct.body));
  const app = await s.admin('POST', `/accounts/${id}/apps`, {});
  assert.equal(app.status, 201, JSON.stringify(app.body));
  return { token: await s.token(app.body.client_id, app.body.client_secret, id), accountId: id };
}
