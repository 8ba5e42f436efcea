// What the call-queues tests stand on: users with their extension in the
// directory (as the users family makes every user), numbers of the account, and
// a queue made through the API.
import assert from 'node:assert/strict';
import type { TestServer } from '../../support/server.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';
import { addNumber as addSharedNumber, addUser as addSharedUser } from '../../support/fixtures.ts';
import { registerUserExtension } from '../../support/extensions.ts';
import { assertContract } from '../../support/contract.ts';

export const DEMO = DEMO_DEFAULTS.accountId;
export { otherAccount } from '../../support/fixtures.ts';
export { directory } from '../../support/extensions.ts';

export async function addUser(s: TestServer, opts: { accountId?: string; siteId?: string | null; name?: string; extension?: number } = {}): Promise<string> {
  const id = await addSharedUser(s, { tag: 'cq', ...opts });
  await registerUserExtension(s, id);
  return id;
}

/** A Zoom Phone number of the demo account (by default), in the call-queue tests' own range. */
export const addNumber = (s: TestServer, opts: { accountId?: string; siteId?: string | null } = {}) =>
  addSharedNumber(s, { accountId: opts.accountId, site_id: opts.siteId ?? null, prefix: '+1312555', data: { capability: ['Incoming', 'Outgoing'] } });

export async function siteRows(s: TestServer, accountId = DEMO) {
  return s.sandbox.db.selectFrom('sites').select(['id', 'name', 'site_code']).where('account_id', '=', accountId).orderBy('seq').execute();
}

let serial = 0;

/** A queue made through the API on the demo's main site (by default); its id and extension number. */
export async function createQueue(
  s: TestServer,
  body: Record<string, unknown> = {},
  token?: string,
): Promise<{ id: string; extension_number: number; name: string }> {
  const sites = await siteRows(s);
  const res = await s.api('POST', '/phone/call_queues', { token, body: { name: `Queue ${++serial}`, site_id: sites[0].id, ...body } });
  assertContract('createACallQueue', res);
  assert.ok(res.body.id);
  return res.body;
}
