// What the auto-receptionists tests stand on: users with their extension in the
// directory (as the users family makes every user), numbers of the account, sites
// and receptionists made through the API.
import assert from 'node:assert/strict';
import type { TestServer } from '../../support/server.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';
import { addNumber as addSharedNumber, addUser as addSharedUser } from '../../support/fixtures.ts';
import { registerUserExtension } from '../../support/extensions.ts';
import { assertContract } from '../../support/contract.ts';
import { ADDRESS } from '../../support/org.ts';

export const DEMO = DEMO_DEFAULTS.accountId;
export { otherAccount } from '../../support/fixtures.ts';
export { directory } from '../../support/extensions.ts';

export async function addUser(s: TestServer, opts: { accountId?: string; siteId?: string | null; name?: string; extension?: number } = {}): Promise<string> {
  const id = await addSharedUser(s, { tag: 'ar', ...opts });
  await registerUserExtension(s, id);
  return id;
}

/** A Zoom Phone number of the demo account (by default), in the auto-receptionist tests' own range. */
export const addNumber = (s: TestServer, opts: { accountId?: string; siteId?: string | null } = {}) =>
  addSharedNumber(s, { accountId: opts.accountId, site_id: opts.siteId ?? null, prefix: '+1415666', data: { capability: ['Incoming', 'Outgoing'] } });

let serial = 0;

/** A site made through the API; its id and its main receptionist as the site's details show it. */
export async function createSite(
  s: TestServer,
  body: Record<string, unknown> = {},
): Promise<{ id: string; main: { id: string; extension_id: string; extension_number: number; name: string } }> {
  const n = ++serial;
  const created = await s.api('POST', '/phone/sites', { body: { name: `AR Site ${n}`, auto_receptionist_name: `AR Desk ${n}`, default_emergency_address: ADDRESS, ...body } });
  assertContract('createAPhoneSite', created);
  const got = await s.api('GET', `/phone/sites/${created.body.id}`);
  assertContract('getPhoneSiteDetails', got);
  return { id: created.body.id, main: got.body.main_auto_receptionist };
}

/** A receptionist made through the API (on the given site, else the account's main site). */
export async function createReceptionist(s: TestServer, body: Record<string, unknown> = {}, token?: string): Promise<{ id: string; name: string; extension_number: number }> {
  const res = await s.api('POST', '/phone/auto_receptionists', { token, body: { name: `Reception ${++serial}`, ...body } });
  assertContract('addAnAutoReceptionist', res);
  assert.ok(res.body.id);
  return res.body;
}

/** A call queue made through the API on a site; its id and extension (its id in the directory). */
export async function createQueue(s: TestServer, siteId: string): Promise<{ id: string; extension_id: string; extension_number: number }> {
  const res = await s.api('POST', '/phone/call_queues', { body: { name: `AR Queue ${++serial}`, site_id: siteId } });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  const got = await s.api('GET', `/phone/call_queues/${res.body.id}`);
  return { id: res.body.id, extension_id: got.body.extension_id, extension_number: got.body.extension_number };
}
