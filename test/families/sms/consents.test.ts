import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError } from '../../support/contract.ts';
import { SUB, addNumber, otherAccount } from './fixtures.ts';

let s: TestServer;

before(async () => {
  s = await startServer();
});
after(() => s.close());

const BASE = '/accounts/me/number_management/sms_consent';

const policy = (name: string) => ({
  consent_name: name,
  description: 'Reminders and support for our customers.',
  status: true,
  in_out_bound: {
    opt_in_message: { prompt: 'Text START to receive texts.', keywords: ['START', 'YES'], confirmation_message: "You're subscribed!" },
    opt_out_message: { message: 'You are unsubscribed.', keywords: ['STOP'] },
    help_message: { message: 'Reply STOP to stop.', keywords: ['HELP'] },
    disclaimer: { message: 'Rates may apply.', enable: true },
  },
});

async function create(name: string): Promise<string> {
  const res = await s.api('POST', BASE, { body: policy(name) });
  assertContract('createAnSmsConsentPolicy', res);
  return res.body.consent_id;
}

const numbersOf = async (id: string): Promise<string[]> => {
  const res = await s.api('GET', `${BASE}/${id}/phone_numbers`, { query: { page_size: 300 } });
  assertContract('listPhoneNumbersAssignedToSmsConsentPolicy', res);
  return res.body.sms_consent_number.map((n: { phone_number_id: string }) => n.phone_number_id).sort();
};

test('create, read back through get and list, then update only what was sent', async () => {
  const res = await s.api('POST', BASE, { body: policy('Support consent') });
  assertContract('createAnSmsConsentPolicy', res);
  assert.equal(res.body.consent_name, 'Support consent');
  assert.equal(res.body.used_number, 0);
  assert.equal(res.body.status, true);
  assert.ok(res.body.capacity > 0);
  const id = res.body.consent_id;

  const got = await s.api('GET', `${BASE}/${id}`);
  assertContract('getAnSmsConsentPolicy', got);
  assert.deepEqual(got.body.in_out_bound, policy('x').in_out_bound);
  const list = await s.api('GET', BASE);
  assertContract('listSmsConsentPolicies', list);
  assert.ok(list.body.sms_consent.some((c: { consent_id: string }) => c.consent_id === id));
  assert.equal(list.body.total_records, 2); // the demo's own and this one

  const upd = await s.api('PATCH', `${BASE}/${id}`, { body: { status: false, in_out_bound: { opt_out_message: { message: 'Bye.' } } } });
  assertContract('updateAnSmsConsentPolicy', upd);
  const after = await s.api('GET', `${BASE}/${id}`);
  assert.equal(after.body.status, false);
  assert.equal(after.body.consent_name, 'Support consent');
  assert.equal(after.body.in_out_bound.opt_out_message.message, 'Bye.');
  assert.deepEqual(after.body.in_out_bound.opt_out_message.keywords, ['STOP']);
  assert.equal(after.body.description, 'Reminders and support for our customers.');
});

test('policies are paged and scoped to their account', async () => {
  await create('Paged A');
  const first = await s.api('GET', BASE, { query: { page_size: 1 } });
  assertContract('listSmsConsentPolicies', first);
  assert.equal(first.body.sms_consent.length, 1);
  assert.ok(first.body.next_page_token);
  const second = await s.api('GET', BASE, { query: { page_size: 1, next_page_token: first.body.next_page_token } });
  assert.notEqual(second.body.sms_consent[0].consent_id, first.body.sms_consent[0].consent_id);
  const sub = await s.api('GET', `/accounts/${SUB}/number_management/sms_consent`);
  assertContract('listSmsConsentPolicies', sub);
  assert.equal(sub.body.total_records, 0);
  const id = first.body.sms_consent[0].consent_id;
  assertDocumentedError('getAnSmsConsentPolicy', await s.api('GET', `/accounts/${SUB}/number_management/sms_consent/${id}`), 1002013);
});

test('create and update refuse invalid fields (999); unknown policy is 1002013', async () => {
  const blank = await s.api('POST', BASE, { body: policy('   ') });
  assertDocumentedError('createAnSmsConsentPolicy', blank, 999);
  const clash = policy('Clash');
  clash.in_out_bound.opt_in_message.keywords = ['STOP'];
  assertDocumentedError('createAnSmsConsentPolicy', await s.api('POST', BASE, { body: clash }), 999);
  const id = await create('Valid');
  const bad = await s.api('PATCH', `${BASE}/${id}`, { body: { in_out_bound: { help_message: { keywords: ['stop'] } } } });
  assertDocumentedError('updateAnSmsConsentPolicy', bad, 999);
  assert.deepEqual((await s.api('GET', `${BASE}/${id}`)).body.in_out_bound.help_message.keywords, ['HELP']);
  assertDocumentedError('updateAnSmsConsentPolicy', await s.api('PATCH', `${BASE}/C-unknown`, { body: { status: true } }), 1002013);
  assertDocumentedError('getAnSmsConsentPolicy', await s.api('GET', `${BASE}/C-unknown`), 1002013);
});

test('deleting several policies is all or nothing', async () => {
  const a = await create('Delete A');
  const b = await create('Delete B');
  const mixed = await s.api('DELETE', BASE, { body: { consent_ids: [a, 'C-unknown'] } });
  assertDocumentedError('deleteSmsConsentPolicies', mixed, 999);
  assertContract('getAnSmsConsentPolicy', await s.api('GET', `${BASE}/${a}`));
  const ok = await s.api('DELETE', BASE, { body: { consent_ids: [a, b] } });
  assertContract('deleteSmsConsentPolicies', ok);
  assertDocumentedError('getAnSmsConsentPolicy', await s.api('GET', `${BASE}/${a}`), 1002013);
  assertDocumentedError('getAnSmsConsentPolicy', await s.api('GET', `${BASE}/${b}`), 1002013);
  assertDocumentedError('deleteSmsConsentPolicies', await s.api('DELETE', BASE, { body: { consent_ids: [a] } }), 999);
});

test('numbers join a policy, show in its list and count, and leave it', async () => {
  const id = await create('Numbers');
  const [x, y] = [await addNumber(s), await addNumber(s)];
  const res = await s.api('POST', `${BASE}/${id}/phone_numbers`, { body: { phone_number_ids: [x.id, y.id] } });
  assertContract('assignPhoneNumbersToSmsConsentPolicy', res);
  assert.deepEqual(await numbersOf(id), [x.id, y.id].sort());
  const page = await s.api('GET', `${BASE}/${id}/phone_numbers`, { query: { page_size: 1 } });
  assert.equal(page.body.total_records, 2);
  assert.equal(page.body.sms_consent_number[0].phone_number, x.number);
  assert.equal(page.body.sms_consent_number[0].account_id, 'demo-account');
  assert.equal((await s.api('GET', `${BASE}/${id}`)).body.used_number, 2);
  const listed = (await s.api('GET', BASE, { query: { page_size: 300 } })).body.sms_consent.find((c: { consent_id: string }) => c.consent_id === id);
  assert.equal(listed.used_number, 2);

  const del = await s.api('DELETE', `${BASE}/${id}/phone_numbers`, { body: { phone_number_ids: [x.id] } });
  assertContract('unassignPhoneNumbersFromSmsConsentPolicy', del);
  assert.deepEqual(await numbersOf(id), [y.id]);
  assert.equal((await s.api('GET', `${BASE}/${id}`)).body.used_number, 1);
});

test('a number deleted through the Phone API leaves its policy and its count', async () => {
  const id = await create('Deleted elsewhere');
  const [x, y] = [await addNumber(s), await addNumber(s)];
  assertContract('assignPhoneNumbersToSmsConsentPolicy', await s.api('POST', `${BASE}/${id}/phone_numbers`, { body: { phone_number_ids: [x.id, y.id] } }));
  const gone = await s.api('DELETE', '/phone/numbers', { query: { phone_numbers: x.id } });
  assert.equal(gone.status, 204);
  assert.deepEqual(await numbersOf(id), [y.id]);
  assert.equal((await s.api('GET', `${BASE}/${id}`)).body.used_number, 1);
  // The stored seat count, which capacity checks read, is given back too.
  const row = await s.sandbox.db.selectFrom('sms_consents').select('used').where('id', '=', id).executeTakeFirstOrThrow();
  assert.equal(Number(row.used), 1);
});

test('a number follows one policy; deleting the policy releases it', async () => {
  const first = await create('Holder');
  const second = await create('Taker');
  const n = await addNumber(s);
  assertContract('assignPhoneNumbersToSmsConsentPolicy', await s.api('POST', `${BASE}/${first}/phone_numbers`, { body: { phone_number_ids: [n.id] } }));
  const taken = await s.api('POST', `${BASE}/${second}/phone_numbers`, { body: { phone_number_ids: [n.id] } });
  assert.equal(taken.status, 400);
  assert.deepEqual(await numbersOf(second), []);
  assertContract('deleteSmsConsentPolicies', await s.api('DELETE', BASE, { body: { consent_ids: [first] } }));
  assertContract('assignPhoneNumbersToSmsConsentPolicy', await s.api('POST', `${BASE}/${second}/phone_numbers`, { body: { phone_number_ids: [n.id] } }));
  assert.deepEqual(await numbersOf(second), [n.id]);
});

test('assign/unassign numbers: documented errors, and a bad number changes nothing', async () => {
  const id = await create('Errors');
  const n = await addNumber(s);
  const many = Array.from({ length: 201 }, (_, i) => `id-${i}`);
  assertDocumentedError('assignPhoneNumbersToSmsConsentPolicy', await s.api('POST', `${BASE}/${id}/phone_numbers`, { body: { phone_number_ids: many } }), 1003);
  assertDocumentedError('unassignPhoneNumbersFromSmsConsentPolicy', await s.api('DELETE', `${BASE}/${id}/phone_numbers`, { body: { phone_number_ids: many } }), 1003);
  assertDocumentedError('assignPhoneNumbersToSmsConsentPolicy', await s.api('POST', `${BASE}/C-unknown/phone_numbers`, { body: { phone_number_ids: [n.id] } }), 1002013);
  assertDocumentedError('unassignPhoneNumbersFromSmsConsentPolicy', await s.api('DELETE', `${BASE}/C-unknown/phone_numbers`, { body: { phone_number_ids: [n.id] } }), 1002013);
  assertDocumentedError('listPhoneNumbersAssignedToSmsConsentPolicy', await s.api('GET', `${BASE}/C-unknown/phone_numbers`), 1002013);

  const other = await otherAccount(s, 'sms-consent-other');
  const foreign = await addNumber(s, { accountId: other.accountId });
  for (const bad of [[n.id, foreign.id], [n.id, 'no-such-number']]) {
    const res = await s.api('POST', `${BASE}/${id}/phone_numbers`, { body: { phone_number_ids: bad } });
    assert.equal(res.status, 400);
    assert.deepEqual(await numbersOf(id), []);
  }
  const notHeld = await s.api('DELETE', `${BASE}/${id}/phone_numbers`, { body: { phone_number_ids: [n.id] } });
  assert.equal(notHeld.status, 400);
});
