// What the shared-line-groups tests stand on: users with their extension in the
// directory on a site of the demo account, numbers of the account, and a group made
// through the API.
import assert from 'node:assert/strict';
import type { TestServer } from '../../support/server.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';
import { addNumber as addSharedNumber, addUser as addSharedUser } from '../../support/fixtures.ts';
import { registerUserExtension } from '../../support/extensions.ts';
import { assertContract } from '../../support/contract.ts';

export const DEMO = DEMO_DEFAULTS.accountId;
export { otherAccount } from '../../support/fixtures.ts';
export { directory } from '../../support/extensions.ts';

export async function siteRows(s: TestServer, accountId = DEMO) {
  return s.sandbox.db.selectFrom('sites').select(['id', 'name', 'site_code']).where('account_id', '=', accountId).orderBy('seq').execute();
}

/** The demo's main site (the one a group without site_id goes to). */
export const mainSite = async (s: TestServer) => (await siteRows(s))[0];

/** A phone user with its extension in the directory, on the demo's main site by default. */
export async function addUser(s: TestServer, opts: { accountId?: string; siteId?: string | null; name?: string; extension?: number } = {}): Promise<string> {
  const siteId = opts.siteId !== undefined ? opts.siteId : opts.accountId ? null : (await mainSite(s)).id;
  const id = await addSharedUser(s, { tag: 'slg', ...opts, siteId });
  await registerUserExtension(s, id);
  return id;
}

/** A Zoom Phone number of the demo account (by default), in the shared-line-group tests' own range. */
export const addNumber = (s: TestServer, opts: { accountId?: string; siteId?: string | null } = {}) =>
  addSharedNumber(s, { accountId: opts.accountId, site_id: opts.siteId ?? null, prefix: '+1415777', data: { capability: ['Incoming', 'Outgoing'] } });

let serial = 0;

/** A group made through the API (on the main site unless the body names one); its id, name and extension number. */
export async function createGroup(s: TestServer, body: Record<string, unknown> = {}, token?: string): Promise<{ id: string; display_name: string; extension_number: number }> {
  const res = await s.api('POST', '/phone/shared_line_groups', { token, body: { display_name: `Line ${++serial}`, ...body } });
  assertContract('createASharedLineGroup', res);
  assert.ok(res.body.id);
  const shown = await s.api('GET', `/phone/shared_line_groups/${res.body.id}`, { token });
  assertContract('getASharedLineGroup', shown);
  return { ...res.body, extension_number: shown.body.extension_number };
}
