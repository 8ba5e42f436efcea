// What the sms tests stand on: numbers written straight into the database as the
// numbers room would, and the seeded campaigns found through the API by name.
import assert from 'node:assert/strict';
import type { TestServer } from '../../support/server.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';
import { insertNumbers, type NewNumber } from '../../../src/domain/numbers/store.ts';

export const DEMO = DEMO_DEFAULTS.accountId;
export const SUB = `${DEMO}-sub`;
let serial = 0;
let nextNumber = 7000;

export const freshE164 = (): string => `+1719555${String(nextNumber++).padStart(4, '0')}`;

export async function addNumber(
  s: TestServer,
  opts: Partial<NewNumber> & { accountId?: string; assigneeId?: string } = {},
): Promise<{ id: string; number: string }> {
  const [row] = await insertNumbers(
    s.sandbox.db,
    opts.accountId ?? DEMO,
    [
      {
        number: opts.number ?? freshE164(),
        source: opts.source ?? 'Zoom',
        number_type: opts.number_type ?? 'Toll',
        status: opts.status ?? 'Normal',
        allocated_product: opts.allocated_product ?? 'ZOOM_PHONE',
        site_id: null,
        data: { capability: ['Incoming', 'Outgoing'] },
      },
    ],
    () => `sms-num-${++serial}-${Math.random().toString(36).slice(2, 10)}`,
    0,
  );
  if (opts.assigneeId) {
    await s.sandbox.db.updateTable('phone_numbers').set({ assignee_type: 'User', assignee_id: opts.assigneeId }).where('id', '=', row.id).execute();
  }
  return row;
}

/** The seeded campaigns of the demo account, by display name. */
export async function campaigns(s: TestServer): Promise<Record<string, string>> {
  const res = await s.api('GET', '/phone/sms_campaigns', { query: { page_size: 300 } });
  assert.equal(res.status, 200);
  return Object.fromEntries(res.body.sms_campaigns.map((c: { id: string; display_name: string }) => [c.display_name, c.id]));
}

export const CARE = 'Customer Care Notifications';
export const CONTACT = 'Contact Center Follow-ups';
export const SPRING = 'Spring Marketing';
export const HOLIDAY = 'Holiday Promotions 2023';

/** A second master account with its own app, whose ids the demo account must not see. */
export async function otherAccount(s: TestServer, id: string): Promise<{ token: string; accountId: string }> {
  const acct = await s.admin('POST', '/accounts', { name: `Other ${id}`, id });
  assert.equal(acct.status, 201);
  const app = await s.admin('POST', `/accounts/${id}/apps`, {});
  assert.equal(app.status, 201);
  return { token: await s.token(app.body.client_id, app.body.client_secret, id), accountId: id };
}

export const LOA = { loa_authorizing_person: 'Alex Carter', contact_number: '+12090000000', title: 'Engineer', contact_emails: 'alex@demo.test' };

export const numbersOf = (body: { phone_numbers?: { id?: string; phone_number_id?: string }[] }): string[] =>
  (body.phone_numbers ?? []).map((n) => n.id ?? n.phone_number_id!).sort();
