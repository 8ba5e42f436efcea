// A receptionist's policy: every documented setting shown (its site's where it
// changed none), its own changes marked modified, `reset` going back to the site's,
// and its shared voicemail access list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError } from '../../support/contract.ts';
import { releaseExtensions } from '../../../src/families/extensions/public.ts';
import { addUser, createReceptionist, createSite, DEMO, otherAccount } from './fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const policy = (id: string, token?: string) => s.api('GET', `/phone/auto_receptionists/${id}/policies`, { token });
const patchPolicy = (id: string, body: Record<string, unknown>) => s.api('PATCH', `/phone/auto_receptionists/${id}/policies`, { body });
const add = (id: string, member: Record<string, unknown>, type = 'voicemail_access_members', token?: string) =>
  s.api('POST', `/phone/auto_receptionists/${id}/policies/${type}`, { token, body: { voicemail_access_member: member } });
const update = (id: string, member: Record<string, unknown>, type = 'voicemail_access_members') =>
  s.api('PATCH', `/phone/auto_receptionists/${id}/policies/${type}`, { body: { voicemail_access_member: member } });
const removeAccess = (id: string, sharedIds: string[], type = 'voicemail_access_members') =>
  s.api('DELETE', `/phone/auto_receptionists/${id}/policies/${type}`, { query: { shared_ids: sharedIds.join(',') } });

test("a new receptionist shows every documented setting, its site's (the account's document) and unlocked, and an empty access list", async () => {
  const r = await createReceptionist(s);
  const res = await policy(r.id);
  assertContract('getAnAutoReceptionistPolicy', res);
  assert.deepEqual(Object.keys(res.body).sort(), ['sms', 'voicemail_access_members', 'voicemail_notification_by_email', 'voicemail_transcription']);
  assert.deepEqual(res.body.voicemail_transcription, { enable: true, locked: false, locked_by: 'invalid', modified: false });
  assert.deepEqual(res.body.voicemail_access_members, []);
});

test('a change is kept and marked modified; reset goes back to what its site shows', async () => {
  const r = await createReceptionist(s);
  const res = await patchPolicy(r.id, {
    voicemail_transcription: { enable: false },
    sms: { enable: false, international_sms: true, international_sms_countries: ['US', 'CA'] },
    not_a_setting: { enable: true },
  });
  assertContract('updateAnAutoReceptionistPolicy', res);
  const got = (await policy(r.id)).body;
  assert.deepEqual(got.voicemail_transcription, { enable: false, locked: false, locked_by: 'invalid', modified: true });
  assert.deepEqual([got.sms.enable, got.sms.international_sms, got.sms.international_sms_countries, got.sms.modified], [false, true, ['US', 'CA'], true]);
  assert.equal('not_a_setting' in got, false);
  assertContract('updateAnAutoReceptionistPolicy', await patchPolicy(r.id, { voicemail_transcription: { reset: true } }));
  const reset = (await policy(r.id)).body;
  assert.deepEqual(reset.voicemail_transcription, { enable: true, locked: false, locked_by: 'invalid', modified: false });
  assert.equal(reset.sms.enable, false);
});

test('an unknown receptionist answers 400/300 for the policy operations', async () => {
  assertDocumentedError('getAnAutoReceptionistPolicy', await policy('nope'), 'error300');
  assertDocumentedError('updateAnAutoReceptionistPolicy', await patchPolicy('nope', { sms: { enable: true } }), 'error300');
  assertDocumentedError('addAPolicySubsetting', await add('nope', { access_user_id: 'x' }), 'error300');
  assertDocumentedError('updateAPolicySubsetting', await update('nope', { shared_id: 'x' }), 'error300');
  assertDocumentedError('deleteAPolicySubsetting', await removeAccess('nope', ['x']), 'error300');
  const r = await createReceptionist(s);
  const other = await otherAccount(s, 'ar-policy-other');
  assertDocumentedError('getAnAutoReceptionistPolicy', await policy(r.id, other.token), 'error300');
});

test('shared voicemail access: users added, changed and removed; each once', async () => {
  const site = await createSite(s);
  const r = site.main;
  const [u1, u2] = [await addUser(s), await addUser(s)];
  const added = await add(r.id, { access_user_id: u1, delete: true });
  assertContract('addAPolicySubsetting', added);
  const entry = added.body.voicemail_access_member;
  assert.deepEqual({ ...entry, shared_id: typeof entry.shared_id }, { shared_id: 'string', access_user_id: u1, access_user_type: 'user', delete: true, download: false });
  // A user already on the list is not added twice.
  assert.equal((await add(r.id, { access_user_id: u1 })).body.voicemail_access_member.shared_id, entry.shared_id);
  await add(r.id, { access_user_id: u2, access_user_type: 'user', download: true });
  assert.equal((await policy(r.id)).body.voicemail_access_members.length, 2);

  assertContract('updateAPolicySubsetting', await update(r.id, { shared_id: entry.shared_id, delete: false, download: true, share: true }));
  const changed = (await policy(r.id)).body.voicemail_access_members.find((m: { shared_id: string }) => m.shared_id === entry.shared_id);
  assert.deepEqual([changed.delete, changed.download], [false, true]);
  assertDocumentedError('updateAPolicySubsetting', await update(r.id, { shared_id: 'not-on-the-list' }), 'error300');

  assertDocumentedError('deleteAPolicySubsetting', await removeAccess(r.id, [entry.shared_id, 'not-on-the-list']), 'error300');
  assert.equal((await policy(r.id)).body.voicemail_access_members.length, 2);
  assertContract('deleteAPolicySubsetting', await removeAccess(r.id, [entry.shared_id]));
  assert.deepEqual((await policy(r.id)).body.voicemail_access_members.map((m: { access_user_id: string }) => m.access_user_id), [u2]);
});

test('access users must exist, at most ten; other policy types and common areas are refused', async () => {
  const r = await createReceptionist(s);
  const missing = await add(r.id, { access_user_id: 'no-such-user' });
  assertDocumentedError('addAPolicySubsetting', missing, 'userDoesNotExist');
  assert.equal(missing.body.message, 'User does not exist: no-such-user.');
  assertDocumentedError('addAPolicySubsetting', await add(r.id, { access_user_id: 'x' }, 'sms'), 'error300');
  assertDocumentedError('addAPolicySubsetting', await add(r.id, { access_user_id: 'area-1', access_user_type: 'commonArea' }), 'error300');
  for (let i = 0; i < 10; i++) assertContract('addAPolicySubsetting', await add(r.id, { access_user_id: await addUser(s) }));
  const eleventh = await add(r.id, { access_user_id: await addUser(s) });
  assertDocumentedError('addAPolicySubsetting', eleventh, 'youCanOnlyAddUpTo');
  assert.equal(eleventh.body.message, 'You can only add up to 10 members to access your voicemail.');
  assert.equal((await policy(r.id)).body.voicemail_access_members.length, 10);
});

test('a user who leaves the directory leaves the access list', async () => {
  const r = await createReceptionist(s);
  const user = await addUser(s);
  await add(r.id, { access_user_id: user });
  // As the users family does when a user goes: its extension leaves the directory.
  await s.sandbox.db.transaction().execute((trx) => releaseExtensions(trx, DEMO, user, 'user'));
  assert.deepEqual((await policy(r.id)).body.voicemail_access_members, []);
});
