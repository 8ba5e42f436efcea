// The account's one extension directory: users and sites' main auto receptionists
// draw their numbers from it, so no two of them hold the same one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertDocumentedError } from '../../support/contract.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';
import { addUser as addSharedUser } from '../../support/fixtures.ts';
import { directory, registerUserExtension } from '../../support/extensions.ts';

const DEMO = DEMO_DEFAULTS.accountId;
const ADDRESS = { address_line1: '1700 Lincoln St', city: 'Denver', state_code: 'CO', zip: '80202', country: 'US' };

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

async function addUser(opts: { siteId?: string; extension?: number } = {}): Promise<string> {
  const id = await addSharedUser(s, { tag: 'ext', ...opts });
  await registerUserExtension(s, id);
  return id;
}

async function createSite(siteCode: number): Promise<{ id: string; extension: number; receptionist: string }> {
  const created = await s.api('POST', '/phone/sites', {
    body: { name: `Code ${siteCode}`, site_code: siteCode, auto_receptionist_name: `Desk ${siteCode}`, default_emergency_address: ADDRESS },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const got = await s.api('GET', `/phone/sites/${created.body.id}`);
  return { id: created.body.id, extension: got.body.main_auto_receptionist.extension_number, receptionist: got.body.main_auto_receptionist.id };
}

const patchExtension = (user: string, extension: number) => s.api('PATCH', `/phone/users/${user}`, { body: { extension_number: String(extension) } });

test('the demo seed registers its receptionists and users, each on its site', async () => {
  const sites = await s.sandbox.db.selectFrom('sites').select(['id']).where('account_id', '=', DEMO).orderBy('seq').execute();
  // A site's main auto receptionist is the auto-receptionists family's, the owner of its extension.
  const receptionists = await Promise.all(sites.map(async (x) => (await s.api('GET', `/phone/sites/${x.id}`)).body.main_auto_receptionist));
  const users = await s.sandbox.db.selectFrom('phone_users').select(['id', 'extension_id', 'extension_number', 'site_id']).where('account_id', '=', DEMO).orderBy('seq').execute();
  const all = await directory(s, DEMO);
  // The demo's call queues hold extensions too, after the users (the call-queues family's seed).
  const queues = await s.sandbox.db.selectFrom('call_queues').select(['id', 'extension_id', 'site_id']).where('account_id', '=', DEMO).orderBy('seq').execute();
  assert.deepEqual(
    all.filter((e) => e.kind === 'callQueue').map((e) => [e.id, e.owner_id, e.site_id]),
    queues.map((q) => [q.extension_id, q.id, q.site_id]),
  );
  // Receptionists and users; the other kinds' seeds (queues, shared line groups) add theirs after.
  const entries = all.filter((e) => e.kind === 'autoReceptionist' || e.kind === 'user');
  assert.deepEqual(
    entries.map((e) => [e.kind, e.extension_number, e.owner_id, e.site_id]),
    [
      ...sites.map((x, i) => ['autoReceptionist', 1000 + i, receptionists[i].id, x.id]),
      ...users.map((u) => ['user', Number(u.extension_number), u.id, u.site_id]),
    ],
  );
  assert.deepEqual(entries.slice(0, 3).map((e) => e.id), receptionists.map((r) => r.extension_id));
  assert.deepEqual(entries.slice(3).map((e) => e.id), users.map((u) => u.extension_id));
  assert.deepEqual(await directory(s, `${DEMO}-sub`), []);
});

test("a user cannot take a site receptionist's extension, nor a receptionist a user's", async () => {
  const site = await createSite(71);
  assert.equal(site.extension, 71001);
  const user = await addUser();
  const taken = await patchExtension(user, site.extension);
  assert.equal(taken.status, 409, JSON.stringify(taken.body));
  assert.equal(taken.body.code, 409);
  const batch = await s.api('POST', '/phone/users/batch', {
    body: { users: [{ email: 'ar-clash@ext.test', extension_number: '001', site_code: '71', calling_plans: [] }] },
  });
  assertDocumentedError('batchAddUsers', batch, 300);

  // A user already on 72001: the new site's receptionist takes the next free number.
  assert.equal((await patchExtension(user, 72001)).status, 204);
  const next = await createSite(72);
  assert.equal(next.extension, 72002);
  const holders = (await directory(s, DEMO)).filter((e) => e.extension_number === 72001 || e.extension_number === 72002);
  assert.deepEqual(holders.map((e) => [e.kind, e.owner_id]), [['user', user], ['autoReceptionist', next.receptionist]]);
});

test("a user's new extension frees the old one", async () => {
  const user = await addUser({ extension: 73100 });
  const other = await addUser();
  assert.equal((await patchExtension(user, 73101)).status, 204);
  assert.equal((await patchExtension(other, 73100)).status, 204);
  const entries = (await directory(s, DEMO)).filter((e) => e.owner_id === user || e.owner_id === other);
  assert.deepEqual(entries.map((e) => [e.owner_id, e.extension_number]), [[user, 73101], [other, 73100]]);
});

test("deleting a site frees its receptionist's extension and moves its users' extensions", async () => {
  const doomed = await createSite(74);
  const target = await createSite(75);
  const resident = await addUser({ siteId: doomed.id });
  const user = await addUser();
  assert.equal((await patchExtension(user, doomed.extension)).status, 409);

  const deleted = await s.api('DELETE', `/phone/sites/${doomed.id}`, { query: { transfer_site_id: target.id } });
  assert.equal(deleted.status, 204, JSON.stringify(deleted.body));
  assert.equal((await patchExtension(user, doomed.extension)).status, 204);
  const entries = await directory(s, DEMO);
  assert.ok(!entries.some((e) => e.owner_id === doomed.id), 'the deleted site holds no extension');
  assert.equal(entries.find((e) => e.owner_id === resident)?.site_id, target.id);
  assert.equal(entries.find((e) => e.owner_id === user)?.extension_number, doomed.extension);
});

test("a user moved to another site takes its extension's site along", async () => {
  const denver = await createSite(76);
  const user = await addUser();
  assert.equal((await s.api('PATCH', `/phone/users/${user}`, { body: { site_id: denver.id } })).status, 204);
  assert.equal((await directory(s, DEMO)).find((e) => e.owner_id === user)?.site_id, denver.id);
});

test("one account's extension numbers are not another's", async () => {
  const sub = `${DEMO}-sub`;
  const app = await s.admin('POST', `/accounts/${sub}/apps`, {});
  const token = await s.token(app.body.client_id, app.body.client_secret, sub);
  const theirs = await addSharedUser(s, { tag: 'ext', accountId: sub, extension: 101 });
  await registerUserExtension(s, theirs);
  // 101 is Ada's in the demo account; the sub account's user may hold it too, and change to 102.
  const res = await s.api('PATCH', `/phone/users/${theirs}`, { token, body: { extension_number: '102' } });
  assert.equal(res.status, 204, JSON.stringify(res.body));
  assert.deepEqual((await directory(s, sub)).map((e) => e.extension_number), [102]);
});
