// What the sms tests stand on: numbers written straight into the database as the
// numbers room would, and the seeded campaigns found through the API by name.
import assert from 'node:assert/strict';
import type { TestServer } from '../../support/server.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';
import { addNumber as addShared, freshNumber } from '../../support/fixtures.ts';
export { otherAccount } from '../../support/fixtures.ts';

export const DEMO = DEMO_DEFAULTS.accountId;
export const SUB = `${DEMO}-sub`;

/** A fresh E.164 number of the sms tests' own range. */
export const freshE164 = (): string => freshNumber('+1719555');

/** A number of the demo account (by default), in the sms tests' own range. */
export const addNumber = (s: TestServer, opts: Parameters<typeof addShared>[1] = {}) => addShared(s, { prefix: '+1719555', ...opts });

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
