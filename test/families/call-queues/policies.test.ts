// A queue's policy (every documented setting, its site's where the queue changed
// none), its shared voicemail access list and the routing a call router runs
// (its analytics and recordings: analytics.test.ts).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { releaseExtensions } from '../../../src/families/extensions/public.ts';
import { callQueueRouting, ringOrder } from '../../../src/families/call-queues/public.ts';
import { addUser, createQueue, DEMO, otherAccount, siteRows } from './fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const policy = async (queueId: string) => {
  const res = await s.api('GET', `/phone/call_queues/${queueId}/policies`);
  assertContract('getCallQueuePolicy', res);
  return res.body;
};

test("a new queue's policy shows every documented setting, unchanged: its site's, which stand on the account's document", async () => {
  const q = await createQueue(s);
  const p = await policy(q.id);
  // The account's defaults (voicemail transcribed, SMS on), and off where neither the site nor the account document has a value.
  const expected: Record<string, boolean> = {
    auto_call_recording: false,
    call_screening: false,
    voicemail_transcription: true,
    sms: true,
    online_fax: false,
    block_calls_without_caller_id: false,
    call_queue_pickup_code: false,
  };
  for (const [key, enable] of Object.entries(expected)) {
    assert.ok(p[key], `${key} is shown`);
    assert.equal(p[key].enable, enable, `${key}.enable`);
    if ('modified' in p[key]) assert.equal(p[key].modified, false, `${key}.modified`);
  }
  assert.deepEqual(p.block_calls_without_caller_id, { enable: false, locked: false, locked_by: 'invalid', modified: false });
});

test('a policy update changes what it names, marked modified; reset gives the inherited value back', async () => {
  const q = await createQueue(s);
  const res = await s.api('PATCH', `/phone/call_queues/${q.id}/policies`, {
    body: { call_screening: { enable: true, exclude_user_company_contacts: true }, voicemail_notification_by_email: { enable: true, forward_email_list: ['ops@example.com'] } },
  });
  assertContract('updateCallQueuePolicy', res);
  let p = await policy(q.id);
  assert.deepEqual(p.call_screening, { enable: true, exclude_user_company_contacts: true, locked: false, locked_by: 'invalid', modified: true });
  assert.equal(p.voicemail_notification_by_email.enable, true);
  assert.deepEqual(p.voicemail_notification_by_email.forward_email_list, ['ops@example.com']);
  assert.equal(p.sms.modified, false);
  // Only what is named changes.
  await s.api('PATCH', `/phone/call_queues/${q.id}/policies`, { body: { call_screening: { exclude_user_company_contacts: false } } });
  p = await policy(q.id);
  assert.equal(p.call_screening.enable, true);
  assert.equal(p.call_screening.exclude_user_company_contacts, false);
  assertContract('updateCallQueuePolicy', await s.api('PATCH', `/phone/call_queues/${q.id}/policies`, { body: { call_screening: { reset: true } } }));
  p = await policy(q.id);
  assert.deepEqual(p.call_screening, { enable: false, exclude_user_company_contacts: false, locked: false, locked_by: 'invalid', modified: false });
  assert.equal(p.voicemail_notification_by_email.modified, true);
});

test("a setting the queue did not change shows its site's", async () => {
  const [main] = await siteRows(s);
  const q = await createQueue(s, { site_id: main.id });
  const site = await s.api('PATCH', `/phone/sites/${main.id}`, { body: { policy: { auto_call_recording: { enable: true, recording_calls: 'inbound' } } } });
  assert.equal(site.status, 204, JSON.stringify(site.body));
  const p = await policy(q.id);
  assert.equal(p.auto_call_recording.enable, true);
  assert.equal(p.auto_call_recording.recording_calls, 'inbound');
  assert.equal(p.auto_call_recording.modified, false);
});

test('an audio prompt or SMS template named must exist: none does in the sandbox, and nothing changes', async () => {
  const q = await createQueue(s);
  const before = await policy(q.id);
  const audio = await s.api('PATCH', `/phone/call_queues/${q.id}/policies`, {
    body: { call_screening: { enable: true }, auto_call_recording: { enable: true, inbound_audio_notification: { recording_start_prompt_audio_id: 'audio-1' } } },
  });
  assertDocumentedError('updateCallQueuePolicy', audio, 'audioDoesNotExist');
  assert.equal(audio.body.message, 'Audio does not exist: audio-1.');
  const sms = await s.api('PATCH', `/phone/call_queues/${q.id}/policies`, { body: { sms_template: { enable: true, sms_template_list: [{ sms_template_id: 'tpl-1', active: true }] } } });
  assertDocumentedError('updateCallQueuePolicy', sms, 'smsTemplateDoesNotExist');
  assert.deepEqual(await policy(q.id), before);
});

test('the policy of an unknown queue, or of another account, is not found', async () => {
  assertDocumentedError('getCallQueuePolicy', await s.api('GET', '/phone/call_queues/nope/policies'), 'callQueueDoesNotExist');
  assertDocumentedError('updateCallQueuePolicy', await s.api('PATCH', '/phone/call_queues/nope/policies', { body: { sms: { enable: true } } }), 'callQueueDoesNotExist');
  const q = await createQueue(s);
  const other = await otherAccount(s, 'cq-policy-other');
  assertDocumentedError('getCallQueuePolicy', await s.api('GET', `/phone/call_queues/${q.id}/policies`, { token: other.token }), 'callQueueDoesNotExist');
  assertDocumentedError('updateCallQueuePolicy', await s.api('PATCH', `/phone/call_queues/${q.id}/policies`, { token: other.token, body: { sms: { enable: false } } }), 'callQueueDoesNotExist');
  assert.deepEqual([(await policy(q.id)).sms.enable, (await policy(q.id)).sms.modified], [true, false]);
});

const VM = 'voicemail_access_members';

test('shared voicemail access members are added, shown, updated and removed', async () => {
  const q = await createQueue(s);
  const [a, b] = [await addUser(s), await addUser(s)];
  const res = await s.api('POST', `/phone/call_queues/${q.id}/policies/${VM}`, {
    body: { voicemail_access_members: [{ access_user_id: a, allow_download: true }, { access_user_id: b, access_user_type: 'user', allow_delete: true, allow_sharing: true }] },
  });
  assertContract('addAPolicySubsettingToACallQueue', res);
  const [ea, eb] = res.body.voicemail_access_members;
  assert.deepEqual({ ...ea, shared_id: undefined }, { access_user_id: a, access_user_type: 'user', allow_delete: false, allow_download: true, allow_sharing: false, shared_id: undefined });
  assert.equal(eb.access_user_id, b);
  assert.ok(ea.shared_id && eb.shared_id && ea.shared_id !== eb.shared_id);
  let shown = await s.api('GET', `/phone/call_queues/${q.id}`);
  assert.deepEqual(shown.body.policy.voicemail_access_members, res.body.voicemail_access_members);

  const upd = await s.api('PATCH', `/phone/call_queues/${q.id}/policies/${VM}`, { body: { voicemail_access_members: [{ shared_id: ea.shared_id, allow_delete: true, allow_download: false }] } });
  assertContract('updateACallQueuesPolicySubsetting', upd);
  shown = await s.api('GET', `/phone/call_queues/${q.id}`);
  assert.deepEqual(shown.body.policy.voicemail_access_members[0], { ...ea, allow_delete: true, allow_download: false });

  const del = await s.api('DELETE', `/phone/call_queues/${q.id}/policies/${VM}`, { query: { shared_ids: ea.shared_id } });
  assertContract('deleteACqPolicySetting', del);
  shown = await s.api('GET', `/phone/call_queues/${q.id}`);
  assert.deepEqual(shown.body.policy.voicemail_access_members.map((m: { access_user_id: string }) => m.access_user_id), [b]);

  // A user whose extension leaves the directory leaves the list.
  await s.sandbox.db.transaction().execute((trx) => releaseExtensions(trx, DEMO, b, 'user'));
  shown = await s.api('GET', `/phone/call_queues/${q.id}`);
  assert.deepEqual(shown.body.policy.voicemail_access_members, []);
});

test('shared voicemail access: at most 10 members, users of the account, each once; a bad request changes nothing', async () => {
  const q = await createQueue(s);
  const users = await Promise.all(Array.from({ length: 11 }, () => addUser(s)));
  const add = (ids: string[]) => s.api('POST', `/phone/call_queues/${q.id}/policies/${VM}`, { body: { voicemail_access_members: ids.map((access_user_id) => ({ access_user_id })) } });
  assertDocumentedError('addAPolicySubsettingToACallQueue', await add(users), 'validationFailed');
  assertDocumentedError('addAPolicySubsettingToACallQueue', await add(['ghost']), 'validationFailed');
  assertDocumentedError('addAPolicySubsettingToACallQueue', await add([users[0], users[0]]), 'validationFailed');
  assertDocumentedError('addAPolicySubsettingToACallQueue', await add([]), 'validationFailed');
  const area = await s.api('POST', `/phone/call_queues/${q.id}/policies/${VM}`, { body: { voicemail_access_members: [{ access_user_id: 'ca-9', access_user_type: 'commonArea' }] } });
  assertUndocumentedError(area, 400, 404, 'Common area does not exist: ca-9.');
  assert.deepEqual((await s.api('GET', `/phone/call_queues/${q.id}`)).body.policy.voicemail_access_members, []);
  assertContract('addAPolicySubsettingToACallQueue', await add(users.slice(0, 10)));
  // Already in the list: kept once, not past the limit.
  assertContract('addAPolicySubsettingToACallQueue', await add([users[0]]));
  assertDocumentedError('addAPolicySubsettingToACallQueue', await add([users[10]]), 'validationFailed');
  assert.equal((await s.api('GET', `/phone/call_queues/${q.id}`)).body.policy.voicemail_access_members.length, 10);

  assertDocumentedError('updateACallQueuesPolicySubsetting', await s.api('PATCH', `/phone/call_queues/${q.id}/policies/${VM}`, { body: { voicemail_access_members: [{ shared_id: 'nope', allow_delete: true }] } }), 'validationFailed');
  assertDocumentedError('deleteACqPolicySetting', await s.api('DELETE', `/phone/call_queues/${q.id}/policies/${VM}`, { query: { shared_ids: 'nope' } }), 'validationFailed');
  assertDocumentedError('deleteACqPolicySetting', await s.api('DELETE', `/phone/call_queues/${q.id}/policies/${VM}`), 'validationFailed');
  assert.equal((await s.api('GET', `/phone/call_queues/${q.id}`)).body.policy.voicemail_access_members.length, 10);
});

test('a policy subsetting of an unknown queue or an unknown policy type is not found', async () => {
  const q = await createQueue(s);
  const u = await addUser(s);
  const body = { voicemail_access_members: [{ access_user_id: u }] };
  assertDocumentedError('addAPolicySubsettingToACallQueue', await s.api('POST', `/phone/call_queues/nope/policies/${VM}`, { body }), 'callQueueDoesNotExistCallQueueId');
  assertDocumentedError('updateACallQueuesPolicySubsetting', await s.api('PATCH', `/phone/call_queues/nope/policies/${VM}`, { body }), 'callQueueDoesNotExistCallQueueId');
  assertDocumentedError('deleteACqPolicySetting', await s.api('DELETE', `/phone/call_queues/nope/policies/${VM}`, { query: { shared_ids: 'x' } }), 'callQueueDoesNotExistCallQueueId');
  const bad = await s.api('POST', `/phone/call_queues/${q.id}/policies/call_screening`, { body });
  assertDocumentedError('addAPolicySubsettingToACallQueue', bad, 'invalidValueForParameter');
  assert.equal(bad.body.message, 'Invalid value for parameter call_screening.');
  assertDocumentedError('updateACallQueuesPolicySubsetting', await s.api('PATCH', `/phone/call_queues/${q.id}/policies/other`, { body }), 'invalidValueForParameter');
  assertDocumentedError('deleteACqPolicySetting', await s.api('DELETE', `/phone/call_queues/${q.id}/policies/other`, { query: { shared_ids: 'x' } }), 'invalidValueForParameter');
});

test('a router reads the queue by its extension: who is rung, in what order, and how long a caller waits', async () => {
  const [a, b, c] = [await addUser(s), await addUser(s), await addUser(s)];
  const q = await createQueue(s, { members: { users: [{ id: a }, { id: b }, { id: c }] } });
  const shown = await s.api('GET', `/phone/call_queues/${q.id}`);
  const routing = await callQueueRouting(s.sandbox.db, DEMO, shown.body.extension_id);
  assert.ok(routing);
  assert.equal(routing.queueId, q.id);
  assert.equal(routing.active, true);
  assert.equal(routing.call_distribution.ring_mode, 'simultaneous');
  assert.equal(routing.max_wait_time, 300);
  assert.deepEqual(routing.members.map((m) => m.id), [a, b, c]);
  assert.equal(await callQueueRouting(s.sandbox.db, DEMO, 'not-an-extension'), undefined);
  await s.api('PATCH', `/phone/call_queues/${q.id}`, { body: { status: 'inactive' } });
  assert.equal((await callQueueRouting(s.sandbox.db, DEMO, shown.body.extension_id))?.active, false);

  const members = [
    { id: 'a', receiveCall: true, idleSince: 300 },
    { id: 'b', receiveCall: false, idleSince: 100 },
    { id: 'c', receiveCall: true, idleSince: 200 },
    { id: 'd', receiveCall: true },
  ];
  assert.deepEqual(ringOrder('simultaneous', members), [['a', 'c', 'd']]);
  assert.deepEqual(ringOrder('sequential', members), [['a'], ['c'], ['d']]);
  assert.deepEqual(ringOrder('rotating', members, 'a'), [['c'], ['d'], ['a']]);
  assert.deepEqual(ringOrder('longest_idle', members), [['d'], ['c'], ['a']]);
});
