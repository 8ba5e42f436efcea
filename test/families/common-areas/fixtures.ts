// What the common-areas tests stand on: the demo's sites, numbers of the account,
// and a common area made through the API.
import assert from 'node:assert/strict';
import type { TestServer } from '../../support/server.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';
import { addNumber as addSharedNumber } from '../../support/fixtures.ts';
import { assertContract } from '../../support/contract.ts';

export const DEMO = DEMO_DEFAULTS.accountId;
export { otherAccount } from '../../support/fixtures.ts';
export { directory } from '../../support/extensions.ts';

export async function siteRows(s: TestServer, accountId = DEMO) {
  return s.sandbox.db.selectFrom('sites').select(['id', 'name', 'site_code']).where('account_id', '=', accountId).orderBy('seq').execute();
}

export const mainSite = async (s: TestServer) => (await siteRows(s))[0];

/** A Zoom Phone number of the demo account (by default), in the common-area tests' own range. */
export const addNumber = (s: TestServer, opts: { accountId?: string; siteId?: string | null } = {}) =>
  addSharedNumber(s, { accountId: opts.accountId, site_id: opts.siteId ?? null, prefix: '+1415888', data: { capability: ['Incoming', 'Outgoing'] } });

let serial = 0;

/** A common area made through the API (on the main site unless the body names one): its id, name, extension number and extension id. */
export async function createArea(
  s: TestServer,
  body: Record<string, unknown> = {},
  token?: string,
): Promise<{ id: string; display_name: string; extension_number: number }> {
  const res = await s.api('POST', '/phone/common_areas', { token, body: { display_name: `Area ${++serial}`, ...body } });
  assertContract('addACommonArea', res);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  const shown = await s.api('GET', `/phone/common_areas/${res.body.id}`, { token });
  assertContract('getCommonAreaDetails', shown);
  return { ...res.body, extension_number: shown.body.extension_number };
}

/** The account's common areas as the list shows them (one page of 300). */
export async function listed(s: TestServer, token?: string) {
  const res = await s.api('GET', '/phone/common_areas', { token, query: { page_size: 300 } });
  assertContract('listCommonAreas', res);
  return res.body.common_areas as { id: string; display_name: string; extension_number: number; status: string; site?: { id: string; name: string }; phone_numbers: { id: string; number: string }[]; calling_plans: { type: number }[]; desk_phones: { id: string; display_name: string; device_type: string; status: string }[] }[];
}

/** A calling plan type as listCallingPlans counts it. */
export async function plan(s: TestServer, type: number, token?: string) {
  const res = await s.api('GET', '/phone/calling_plans', { token });
  assertContract('listCallingPlans', res);
  return res.body.calling_plans.find((p: { type: number }) => p.type === type) as { assigned: number; available: number; subscribed: number };
}
