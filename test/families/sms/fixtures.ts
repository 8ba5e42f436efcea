// What the sms tests stand on: numbers written straight into the database as the
// numbers room would, campaigns as the carriers' registration would (no
// operation creates one), and the seeded campaigns found through the API by name.
import assert from 'node:assert/strict';
import type { TestServer } from '../../support/server.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';
import { insertNumbers } from '../../../src/families/numbers/store.ts';
import { addNumber as addShared, freshNumber } from '../../support/fixtures.ts';
export { otherAccount } from '../../support/fixtures.ts';

export const DEMO = DEMO_DEFAULTS.accountId;
export const SUB = `${DEMO}-sub`;

/** A fresh E.164 number of the sms tests' own range. */
export const freshE164 = (): string => freshNumber('+1719555');

/** A number of the demo account (by default), in the sms tests' own range. */
export const addNumber = (s: TestServer, opts: Parameters<typeof addShared>[1] = {}) => addShared(s, { prefix: '+1719555', ...opts });

let serial = 0;

/** `count` plain numbers of the demo account in one insert, for limits and capacities. */
export async function addNumbers(s: TestServer, count: number): Promise<{ id: string; number: string }[]> {
  const rows = Array.from({ length: count }, () => ({ number: freshE164(), source: 'Zoom', number_type: 'Toll', allocated_product: 'ZOOM_PHONE' }));
  return insertNumbers(s.sandbox.db, DEMO, rows, () => `sms-num-${++serial}-${Math.random().toString(36).slice(2, 8)}`, 0);
}

export interface NewCampaign {
  name?: string;
  /** as stored: draft | active | expired | pending | declined, or any other (an exception status) */
  status?: string;
  capacity?: number;
  auto_renew?: boolean;
  accountId?: string;
}

/** A registered campaign of the demo account (by default), created now by the sandbox's clock. */
export async function addCampaign(s: TestServer, c: NewCampaign = {}): Promise<string> {
  const id = `C-test-${++serial}`;
  const name = c.name ?? `Test campaign ${serial}`;
  await s.sandbox.db
    .insertInto('sms_campaigns')
    .values({
      id,
      account_id: c.accountId ?? DEMO,
      display_name: name,
      status: c.status ?? 'active',
      service_type: 'zoomPhone',
      brand_id: 'B-test',
      brand_name: 'Test brand',
      capacity: c.capacity ?? 10,
      used: 0,
      data: JSON.stringify({ auto_renew: c.auto_renew ?? true, use_case: 'lowVolumeMixed', sample_messages: [`${name}: sample`] }),
      created_at: s.sandbox.clock.now(),
    })
    .execute();
  return id;
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

export const LOA = { loa_authorizing_person: 'Alex Carter', contact_number: '+12090000000', title: 'Engineer', contact_emails: 'alex@demo.test' };

export const numbersOf = (body: { phone_numbers?: { id?: string; phone_number_id?: string }[] }): string[] =>
  (body.phone_numbers ?? []).map((n) => n.id ?? n.phone_number_id!).sort();
