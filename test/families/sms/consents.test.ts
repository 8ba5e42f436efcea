import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { DEMO, SUB, addNumber, addNumbers, otherAccount } from './fixtures.ts';

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
  assert.match(res.body.consent_id, /^C-/);
  assert.equal(res.body.account_id, DEMO);
  assert.equal(res.body.consent_name, 'Support consent');
  assert.equal(res.body.description, 'Reminders and support for our customers.');
  assert.deepEqual(res.body.in_out_bound, policy('x').in_out_bound);
  assert.equal(res.body.used_number, 0);
  assert.equal(res.body.status, true);
  assert.equal(res.body.capacity, 1000);
  assert.match(res.body.create_time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  assert.equal(res.body.modify_time, res.body.create_time);
  const id = res.body.consent_id;

  const got = await s.api('GET', `${BASE}/${id}`);
  assertContract('getAnSmsConsentPolicy', got);
  assert.deepEqual(got.body, res.body);
  const list = await s.api('GET', BASE);
  assertContract('listSmsConsentPolicies', list);
  assert.equal(list.body.total_records, 2); // the demo's own and this one
  assert.equal(list.body.page_size, 30);
  const { capacity: _capacity, ...listed } = res.body;
  // The list shows a policy as get does, without its capacity.
  assert.deepEqual(list.body.sms_consent.find((c: { consent_id: string }) => c.consent_id === id), listed);

  await s.admin('POST', '/clock', { advance_seconds: 5 });
  const upd = await s.api('PATCH', `${BASE}/${id}`, { body: { status: false, in_out_bound: { opt_out_message: { message: 'Bye.' } } } });
  assertContract('updateAnSmsConsentPolicy', upd);
  const after = await s.api('GET', `${BASE}/${id}`);
  assert.equal(after.body.status, false);
  assert.equal(after.body.consent_name, 'Support consent');
  assert.equal(after.body.in_out_bound.opt_out_message.message, 'Bye.');
  assert.deepEqual(after.body.in_out_bound.opt_out_message.keywords, ['STOP']);
  assert.deepEqual(after.body.in_out_bound.opt_in_message, policy('x').in_out_bound.opt_in_message);
  assert.equal(after.body.description, 'Reminders and support for our customers.');
  assert.equal(after.body.create_time, res.body.create_time);
  assert.ok(Date.parse(after.body.modify_time) >= Date.parse(res.body.create_time) + 5000, after.body.modify_time);
});

test("a body not of the documented shape is refused in each page's words", async () => {
  const { consent_name: _name, ...nameless } = policy('x');
  const { disclaimer: _disclaimer, ...noDisclaimer } = policy('x').in_out_bound;
  const shapes: [string, unknown][] = [
    ['no body', undefined],
    ['not an object', ['Support']],
    ['a required field left out', nameless],
    ['a nested required field left out', { ...policy('x'), in_out_bound: noDisclaimer }],
    ['a field of another type', { ...policy('x'), status: 'yes' }],
    ['a nested field of another type', { ...policy('x'), in_out_bound: { ...policy('x').in_out_bound, help_message: { message: 'help', keywords: { HELP: true } } } }],
  ];
  const count = async () => (await s.api('GET', BASE)).body.total_records;
  const before = await count();
  for (const [what, body] of shapes) {
    const res = body === undefined ? await s.api('POST', BASE, { raw: '' }) : await s.api('POST', BASE, { body });
    assert.equal(res.status, 400, what);
    assertDocumentedError('createAnSmsConsentPolicy', res, 'requestBodyFormatDoesNotMatch');
  }
  assert.equal(await count(), before);

  const id = await create('Shape');
  for (const body of [['x', 'y'], { status: 'off' }, { consent_name: { text: 'x' } }, { in_out_bound: { opt_in_message: { keywords: { START: true } } } }]) {
    assertDocumentedError('updateAnSmsConsentPolicy', await s.api('PATCH', `${BASE}/${id}`, { body }), 'invalidField');
  }
  const got = await s.api('GET', `${BASE}/${id}`);
  assert.equal(got.body.status, true);
  assert.equal(got.body.consent_name, 'Shape');
  assertContract('deleteSmsConsentPolicies', await s.api('DELETE', BASE, { body: { consent_ids: [id] } }));
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
  const silent = policy('Silent');
  silent.in_out_bound.opt_out_message.keywords = [];
  assertDocumentedError('createAnSmsConsentPolicy', await s.api('POST', BASE, { body: silent }), 999);
  const id = await create('Valid');
  const bad = await s.api('PATCH', `${BASE}/${id}`, { body: { in_out_bound: { help_message: { keywords: ['stop'] } } } });
  assertDocumentedError('updateAnSmsConsentPolicy', bad, 999);
  assertDocumentedError('updateAnSmsConsentPolicy', await s.api('PATCH', `${BASE}/${id}`, { body: { consent_name: ' ' } }), 999);
  const kept = await s.api('GET', `${BASE}/${id}`);
  assert.deepEqual(kept.body.in_out_bound.help_message.keywords, ['HELP']);
  assert.equal(kept.body.consent_name, 'Valid');
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
  // "Deletes one or more": none is no request.
  assertDocumentedError('deleteSmsConsentPolicies', await s.api('DELETE', BASE, { body: { consent_ids: [] } }), 'invalidField');
});

test('numbers join a policy, show in its list and count, and leave it', async () => {
  const id = await create('Numbers');
  const [x, y] = [await addNumber(s), await addNumber(s)];
  const res = await s.api('POST', `${BASE}/${id}/phone_numbers`, { body: { phone_number_ids: [x.id, y.id] } });
  assertContract('assignPhoneNumbersToSmsConsentPolicy', res);
  assert.deepEqual(await numbersOf(id), [x.id, y.id].sort());
  const page = await s.api('GET', `${BASE}/${id}/phone_numbers`, { query: { page_size: 1 } });
  assertContract('listPhoneNumbersAssignedToSmsConsentPolicy', page);
  assert.equal(page.body.total_records, 2);
  assert.equal(page.body.page_size, 1);
  assert.equal(page.body.sms_consent_number.length, 1);
  const rest = await s.api('GET', `${BASE}/${id}/phone_numbers`, { query: { page_size: 1, next_page_token: page.body.next_page_token } });
  assert.deepEqual(rest.body.sms_consent_number, [{ phone_number_id: y.id, phone_number: y.number, account_id: DEMO }]);
  assert.equal(rest.body.next_page_token, '');
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
  const listed = (await s.api('GET', BASE, { query: { page_size: 300 } })).body.sms_consent.find((c: { consent_id: string }) => c.consent_id === id);
  assert.equal(listed.used_number, 1);
});

test('a policy takes 200 numbers a request and holds at most its capacity', async () => {
  const id = await create('Capacity');
  const numbers = await addNumbers(s, 1002);
  const ids = numbers.map((n) => n.id);
  const assign = (phone_number_ids: string[]) => s.api('POST', `${BASE}/${id}/phone_numbers`, { body: { phone_number_ids } });
  assertDocumentedError('assignPhoneNumbersToSmsConsentPolicy', await assign(ids.slice(0, 201)), 'tooManyNumbersShouldLessThan');
  assert.equal((await s.api('GET', `${BASE}/${id}`)).body.used_number, 0);
  for (let i = 0; i < 1000; i += 200) assertContract('assignPhoneNumbersToSmsConsentPolicy', await assign(ids.slice(i, i + 200)));
  const full = await s.api('GET', `${BASE}/${id}`);
  assert.deepEqual([full.body.used_number, full.body.capacity], [1000, 1000]);
  assertUndocumentedError(await assign([ids[1000]]), 400, 1003004, 'Insufficient consent capacity.');

  // A number deleted through the Phone API gives its seat back; two more than the seat: neither joins.
  assert.equal((await s.api('DELETE', '/phone/numbers', { query: { phone_numbers: ids[0] } })).status, 204);
  assert.equal((await s.api('GET', `${BASE}/${id}`)).body.used_number, 999);
  assertUndocumentedError(await assign([ids[1000], ids[1001]]), 400, 1003004, 'Insufficient consent capacity.');
  assert.equal((await s.api('GET', `${BASE}/${id}`)).body.used_number, 999);
  assertContract('assignPhoneNumbersToSmsConsentPolicy', await assign([ids[1000]]));

  const unassign = (phone_number_ids: string[]) => s.api('DELETE', `${BASE}/${id}/phone_numbers`, { body: { phone_number_ids } });
  assertDocumentedError('unassignPhoneNumbersFromSmsConsentPolicy', await unassign(ids.slice(1, 202)), 'tooManyNumbersShouldLessThan');
  assertContract('unassignPhoneNumbersFromSmsConsentPolicy', await unassign(ids.slice(1, 201)));
  const after = await s.api('GET', `${BASE}/${id}/phone_numbers`, { query: { page_size: 1 } });
  assert.equal(after.body.total_records, 800);
  assert.equal((await s.api('GET', `${BASE}/${id}`)).body.used_number, 800);
});

test('a number follows one policy; deleting the policy releases it', async () => {
  const first = await create('Holder');
  const second = await create('Taker');
  const n = await addNumber(s);
  assertContract('assignPhoneNumbersToSmsConsentPolicy', await s.api('POST', `${BASE}/${first}/phone_numbers`, { body: { phone_number_ids: [n.id] } }));
  const fresh = await addNumber(s);
  const taken = await s.api('POST', `${BASE}/${second}/phone_numbers`, { body: { phone_number_ids: [fresh.id, n.id] } });
  assertUndocumentedError(taken, 400, 999, `Invalid field. Phone number ${n.id} is assigned to another consent policy.`);
  assert.deepEqual(await numbersOf(second), []);
  assert.deepEqual(await numbersOf(first), [n.id]);
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
  const subNumber = await addNumber(s, { accountId: SUB });
  for (const stranger of [foreign.id, subNumber.id, 'no-such-number']) {
    const res = await s.api('POST', `${BASE}/${id}/phone_numbers`, { body: { phone_number_ids: [n.id, stranger] } });
    assertUndocumentedError(res, 400, 999, `Invalid field. Phone number ${stranger} does not exist.`);
    assert.deepEqual(await numbersOf(id), []);
  }
  const notHeld = await s.api('DELETE', `${BASE}/${id}/phone_numbers`, { body: { phone_number_ids: [n.id] } });
  assertUndocumentedError(notHeld, 400, 999, `Invalid field. Phone number ${n.id} is not assigned to this consent policy.`);
  // One the policy holds, then one it does not: the first stays.
  assertContract('assignPhoneNumbersToSmsConsentPolicy', await s.api('POST', `${BASE}/${id}/phone_numbers`, { body: { phone_number_ids: [n.id] } }));
  const other2 = await addNumber(s);
  const mixed = await s.api('DELETE', `${BASE}/${id}/phone_numbers`, { body: { phone_number_ids: [n.id, other2.id] } });
  assertUndocumentedError(mixed, 400, 999, `Invalid field. Phone number ${other2.id} is not assigned to this consent policy.`);
  assert.deepEqual(await numbersOf(id), [n.id]);
});
