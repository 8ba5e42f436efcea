// Records domain tests stand on, written straight into the database as another
// room would, so each test starts from state it made itself.
import assert from 'node:assert/strict';
import type { TestServer } from './server.ts';
import { DEMO_DEFAULTS } from '../../src/sandbox.ts';
import { insertNumbers, type NewNumber } from '../../src/domain/numbers/store.ts';

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

/** A second master account with its own app, to prove ids of one account are unknown to another. */
export async function otherAccount(s: TestServer, id: string): Promise<{ token: string; accountId: string }> {
  const acct = await s.admin('POST', '/accounts', { name: `Other ${id}`, id });
  assert.equal(acct.status, 201, JSON.stringify(acct.body));
  const app = await s.admin('POST', `/accounts/${id}/apps`, {});
  assert.equal(app.status, 201, JSON.stringify(app.body));
  return { token: await s.token(app.body.client_id, app.body.client_secret, id), accountId: id };
}
