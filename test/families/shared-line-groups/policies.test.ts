// A group's policy (check_voicemails_over_phone, in the documented shape) and its
// voicemail_access_members subsetting: users of the account sharing the group's
// voicemail, each once, leaving when their extension leaves the directory.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { releaseExtensions } from '../../../src/families/extensions/public.ts';
import { addUser, createGroup, DEMO, otherAccount } from './fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const ACCESS = 'voicemail_access_members';
const policy = (id: string, token?: string) => s.api('GET', `/phone/shared_line_groups/${id}/policies`, { token });
const patchPolicy = (id: string, body: unknown) => s.api('PATCH', `/phone/shared_line_groups/${id}/policies`, { body });
const addAccess = (id: string, members: unknown[], type = ACCESS) => s.api('POST', `/phone/shared_line_groups/${id}/policies/${type}`, { body: { voicemail_access_members: members } });
const shownAccess = async (id: string) => {
  const res = await s.api('GET', `/phone/shared_line_groups/${id}`);
  assertContract('getASharedLineGroup', res);
  return res.body.policy.voicemail_access_members;
};

test('a new group shows every documented setting at its default; a change shows modified, a reset goes back', async () => {
  const g = await createGroup(s);
  const fresh = await policy(g.id);
  assertContract('getASharedLineGroupPolicy', fresh);
  assert.deepEqual(fresh.body, { check_voicemails_over_phone: { enable: false, locked: false, locked_by: 'invalid', modified: false } });
  const res = await patchPolicy(g.id, { check_voicemails_over_phone: { enable: true } });
  assertContract('updateASharedLineGroupPolicy', res);
  assert.deepEqual((await policy(g.id)).body, { check_voicemails_over_phone: { enable: true, locked: false, locked_by: 'invalid', modified: true } });
  // A body without settings changes nothing.
  assertContract('updateASharedLineGroupPolicy', await patchPolicy(g.id, {}));
  assert.equal((await policy(g.id)).body.check_voicemails_over_phone.enable, true);
  assertContract('updateASharedLineGroupPolicy', await patchPolicy(g.id, { check_voicemails_over_phone: { reset: true } }));
  assert.deepEqual((await policy(g.id)).body, fresh.body);
});

test('the policy of a group the account does not have is refused; a bad value changes nothing', async () => {
  const g = await createGroup(s);
  const missing = await policy('no-such-group');
  assertDocumentedError('getASharedLineGroupPolicy', missing, 'sharedLineGroupDoesNotExist');
  assert.equal(missing.body.message, 'Shared line group does not exist:no-such-group.');
  const other = await otherAccount(s, 'slg-policy-other');
  assertDocumentedError('getASharedLineGroupPolicy', await policy(g.id, other.token), 'sharedLineGroupDoesNotExist');
  const patch = await patchPolicy('no-such-group', { check_voicemails_over_phone: { enable: true } });
  assertDocumentedError('updateASharedLineGroupPolicy', patch, 'error300');
  assert.equal(patch.body.message, 'Shared line group does not exist: no-such-group.');
  assertDocumentedError('updateASharedLineGroupPolicy', await patchPolicy(g.id, { check_voicemails_over_phone: { enable: 'yes' } }), 'error300');
  assert.equal((await policy(g.id)).body.check_voicemails_over_phone.enable, false);
});

test('voicemail access members are added, shown, changed and removed', async () => {
  const g = await createGroup(s);
  const [a, b] = [await addUser(s), await addUser(s)];
  const res = await addAccess(g.id, [{ access_user_id: a, allow_delete: true }, { access_user_id: `${b}@slg.test`, access_user_type: 'user', allow_download: true }]);
  assertContract('addAPolicySettingToASharedLineGroup', res);
  assert.equal(res.status, 201);
  const [ea, eb] = res.body.voicemail_access_members;
  assert.deepEqual(res.body.voicemail_access_members, [
    { access_user_id: a, access_user_type: 'user', allow_delete: true, allow_download: false, allow_sharing: false, shared_id: ea.shared_id },
    { access_user_id: b, access_user_type: 'user', allow_delete: false, allow_download: true, allow_sharing: false, shared_id: eb.shared_id },
  ]);
  assert.deepEqual(await shownAccess(g.id), res.body.voicemail_access_members);
  // Adding a user already on the list keeps one entry, as it was.
  assertContract('addAPolicySettingToASharedLineGroup', await addAccess(g.id, [{ access_user_id: a, allow_sharing: true }]));
  assert.equal((await shownAccess(g.id)).length, 2);

  const upd = await s.api('PATCH', `/phone/shared_line_groups/${g.id}/policies/${ACCESS}`, {
    body: { voicemail_access_members: [{ shared_id: ea.shared_id, allow_sharing: true }, { access_user_id: b, allow_download: false }] },
  });
  assertContract('updateAnSlgPolicySetting', upd);
  assert.deepEqual(
    (await shownAccess(g.id)).map((e: { allow_delete: boolean; allow_download: boolean; allow_sharing: boolean }) => [e.allow_delete, e.allow_download, e.allow_sharing]),
    [[true, false, true], [false, false, false]],
  );
  const del = await s.api('DELETE', `/phone/shared_line_groups/${g.id}/policies/${ACCESS}`, { query: { shared_ids: ea.shared_id } });
  assertContract('deleteAnSlgPolicySetting', del);
  assert.deepEqual((await shownAccess(g.id)).map((e: { access_user_id: string }) => e.access_user_id), [b]);
});

test('a bad subsetting request is refused and changes nothing', async () => {
  const g = await createGroup(s);
  const a = await addUser(s);
  const added = await addAccess(g.id, [{ access_user_id: a }]);
  const sharedId = added.body.voicemail_access_members[0].shared_id;
  const invalid = (res: Awaited<ReturnType<typeof addAccess>>, message: string) => assertUndocumentedError(res, 400, 300, `Validation Failed. ${message}`);
  invalid(await addAccess(g.id, [{ access_user_id: a }], 'something_else'), 'Invalid policyType: something_else.');
  invalid(await addAccess(g.id, []), 'voicemail_access_members must hold at least one member.');
  invalid(await addAccess(g.id, [{ access_user_id: a }, { access_user_id: 'no-such-user' }]), 'User does not exist: no-such-user.');
  invalid(await addAccess(g.id, [{ access_user_id: 'area-1', access_user_type: 'commonArea' }]), 'Common area does not exist: area-1.');
  invalid(
    await s.api('PATCH', `/phone/shared_line_groups/${g.id}/policies/${ACCESS}`, { body: { voicemail_access_members: [{ shared_id: 'nope', allow_delete: true }] } }),
    'No shared access entry nope in the shared line group.',
  );
  invalid(await s.api('DELETE', `/phone/shared_line_groups/${g.id}/policies/${ACCESS}`, { query: { shared_ids: `${sharedId},nope` } }), 'No shared access entry nope in the shared line group.');
  for (const res of [
    await addAccess('no-such-group', [{ access_user_id: a }]),
    await s.api('PATCH', `/phone/shared_line_groups/no-such-group/policies/${ACCESS}`, { body: { voicemail_access_members: [{ shared_id: sharedId }] } }),
    await s.api('DELETE', `/phone/shared_line_groups/no-such-group/policies/${ACCESS}`, { query: { shared_ids: sharedId } }),
  ]) {
    assertUndocumentedError(res, 400, 404, 'Shared line group does not exist:no-such-group.');
  }
  assert.deepEqual(await shownAccess(g.id), added.body.voicemail_access_members);
});

test('an access user whose extension leaves the directory leaves the list', async () => {
  const g = await createGroup(s);
  const [a, b] = [await addUser(s), await addUser(s)];
  await addAccess(g.id, [{ access_user_id: a }, { access_user_id: b }]);
  await s.sandbox.db.transaction().execute((trx) => releaseExtensions(trx, DEMO, a, 'user'));
  assert.deepEqual((await shownAccess(g.id)).map((e: { access_user_id: string }) => e.access_user_id), [b]);
});
