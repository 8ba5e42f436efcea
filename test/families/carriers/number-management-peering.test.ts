// Number Management peering: a provider exchange partner pushes numbers into a
// customer account ({accountId}), updates and removes them; the customer sees them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import {
  CARRIER_CODE, DEMO, SUB, TRUNK, allPages, assertValidationFailed, customerNumber, failuresOf, freshBlock, freshNumber, holderOf, otherAccount,
} from './fixtures.ts';

let s: TestServer;
let other: { token: string; accountId: string };

before(async () => {
  s = await startServer();
  other = await otherAccount(s, 'nm-peering-other');
});
after(() => s.close());

const PEERING = (account: string) => `/accounts/${account}/number_management/peering_numbers`;
const PROVIDER = `/accounts/me/number_management/carrier/peering_numbers`;

async function add(account: string, phone_numbers: Record<string, unknown>[], extra: Record<string, unknown> = {}) {
  return s.api('POST', PEERING(account), { body: { phone_numbers, ...extra } });
}

async function update(account: string, phone_numbers: Record<string, unknown>[], extra: Record<string, unknown> = {}) {
  return s.api('PATCH', PEERING(account), { body: { phone_numbers, ...extra } });
}

async function peeringList(account: string, query: Record<string, string | number> = {}) {
  const res = await s.api('GET', PEERING(account), { query });
  assertContract('listPeeringPhoneNumbersForNumberManagement', res);
  return res.body.numbers as any[];
}

const one = async (account: string, number: string) => (await peeringList(account, { phone_number: number }))[0];

/** The voice and messaging fields of a listed number. */
const voiceOf = (n: any) => ({
  message_capability: n.message_capability,
  voice_direction: n.voice_direction,
  voice_msg_capacity: n.voice_msg_capacity,
  outbound_cli_share_not_supported: n.outbound_cli_share_not_supported,
  outbound_dialer_not_supported: n.outbound_dialer_not_supported,
});

test('a partner adds numbers to a sub account: one number each, listed by the partner and the customer', async () => {
  const active = freshNumber();
  const inactive = freshNumber();
  const res = await add(SUB, [
    {
      phone_number: active, sip_trunk_name: TRUNK, status: true, billing_ref_id: 'B'.repeat(36), service_info: 'Local calling', number_type: 'Mobile',
      voice_direction: 'INBOUND_ONLY', message_capability: 'SUPPORTED', voice_msg_capacity: 'MULTI_USE',
    },
    { phone_number: inactive, sip_trunk_name: TRUNK, status: false },
  ], { allocated_product: 'ZOOM_PHONE' });
  assertContract('addPeeringPhoneNumbersForNumberManagement', res);

  const held = await holderOf(s, active);
  assert.equal(held?.account, SUB);
  assert.deepEqual(
    {
      source: held?.item.source, status: held?.item.status, product: held?.item.allocated_product, type: held?.item.number_type,
      capability: held?.item.capability, carrier: held?.item.carrier, site: held?.item.site,
    },
    { source: 'ThirdPartyNumber', status: 'Normal', product: 'ZOOM_PHONE', type: 'Mobile', capability: ['Incoming', 'Messaging'], carrier: { code: CARRIER_CODE, name: 'Demo Carrier' }, site: undefined },
  );
  // inactive: "provision phone numbers that are still in the process of being ported in"
  assert.equal((await customerNumber(s, SUB, inactive))?.status, 'Pending');

  assert.deepEqual(await one(SUB, active), {
    phone_number: active, status: true, assigned: false, sip_trunk_name: TRUNK, allocated_product: 'ZOOM_PHONE', billing_ref_id: 'B'.repeat(36), service_info: 'Local calling',
    voice_direction: 'INBOUND_ONLY', message_capability: 'SUPPORTED', voice_msg_capacity: 'MULTI_USE',
    // an inbound-only number cannot lend its caller ID or dial out
    outbound_cli_share_not_supported: true, outbound_dialer_not_supported: true,
  });
  // what the partner did not say takes the page's defaults
  assert.deepEqual(voiceOf(await one(SUB, inactive)), {
    message_capability: 'NOT_APPLICABLE', voice_direction: 'INBOUND_AND_OUTBOUND', voice_msg_capacity: 'MULTI_USE',
    outbound_cli_share_not_supported: false, outbound_dialer_not_supported: false,
  });
  assert.equal((await one(SUB, inactive)).status, false);
  // the master's own peering list does not hold the sub account's numbers
  assert.ok(!(await peeringList('me')).some((n) => n.phone_number === active));

  const provider = await s.api('GET', PROVIDER, { query: { phone_number: active } });
  assertContract('listPeeringPhoneNumbersForProvider', provider);
  assert.deepEqual(provider.body.numbers, [{ ...(await one(SUB, active)), customer_account_number: SUB, customer_account_name: 'Switchboard Demo Sub Account' }]);
  assert.equal(provider.body.total_records, 1);
});

test('message_capability is NOT_APPLICABLE for a number that is not mobile, whatever the partner asks', async () => {
  const [toll, mobile] = [freshNumber(), freshNumber()];
  assertContract('addPeeringPhoneNumbersForNumberManagement', await add('me', [
    { phone_number: toll, sip_trunk_name: TRUNK, status: true, message_capability: 'SUPPORTED' },
    { phone_number: mobile, sip_trunk_name: TRUNK, status: true, number_type: 'Mobile', message_capability: 'NOT_SUPPORTED' },
  ]));
  assert.equal((await one('me', toll)).message_capability, 'NOT_APPLICABLE');
  assert.deepEqual((await customerNumber(s, DEMO, toll))?.capability, ['Incoming', 'Outgoing']);
  assert.equal((await one('me', mobile)).message_capability, 'NOT_SUPPORTED');

  assertContract('updatePeeringPhoneNumbersForNumberManagement', await update('me', [
    { phone_number: toll, message_capability: 'SUPPORTED' },
    { phone_number: mobile, message_capability: 'SUPPORTED' },
  ]));
  assert.equal((await one('me', toll)).message_capability, 'NOT_APPLICABLE');
  assert.deepEqual((await customerNumber(s, DEMO, toll))?.capability, ['Incoming', 'Outgoing']);
  assert.equal((await one('me', mobile)).message_capability, 'SUPPORTED');
  assert.deepEqual((await customerNumber(s, DEMO, mobile))?.capability, ['Incoming', 'Outgoing', 'Messaging']);
});

test('a number held to one user, or that cannot call out, supports neither outbound caller ID sharing nor a dialer', async () => {
  const [single, inbound, shared] = [freshNumber(), freshNumber(), freshNumber()];
  const allowed = { outbound_cli_share_not_supported: false, outbound_dialer_not_supported: false };
  assertContract('addPeeringPhoneNumbersForNumberManagement', await add('me', [
    { phone_number: single, sip_trunk_name: TRUNK, status: true, voice_msg_capacity: 'ZOOM_PHONE_USER_ONLY', ...allowed },
    { phone_number: inbound, sip_trunk_name: TRUNK, status: true, voice_direction: 'INBOUND_ONLY', ...allowed },
    { phone_number: shared, sip_trunk_name: TRUNK, status: true, outbound_cli_share_not_supported: true },
  ]));
  const notSupported = (n: any) => [n.outbound_cli_share_not_supported, n.outbound_dialer_not_supported];
  assert.deepEqual(notSupported(await one('me', single)), [true, true]);
  assert.deepEqual(notSupported(await one('me', inbound)), [true, true]);
  assert.deepEqual(notSupported(await one('me', shared)), [true, false]);
  assert.deepEqual((await customerNumber(s, DEMO, inbound))?.capability, ['Incoming']);

  // once the number can call out again, what the partner asked for holds
  assertContract('updatePeeringPhoneNumbersForNumberManagement', await update('me', [{ phone_number: inbound, voice_direction: 'OUTBOUND_ONLY' }]));
  assert.deepEqual(voiceOf(await one('me', inbound)), {
    message_capability: 'NOT_APPLICABLE', voice_direction: 'OUTBOUND_ONLY', voice_msg_capacity: 'MULTI_USE', ...allowed,
  });
  assert.deepEqual((await customerNumber(s, DEMO, inbound))?.capability, ['Outgoing']);
});

test('the provider view lists what the carrier pushed to each customer, page by page', async () => {
  const mine = freshNumber();
  const theirs = freshNumber();
  assertContract('addPeeringPhoneNumbersForNumberManagement', await add('me', [{ phone_number: mine, sip_trunk_name: TRUNK, status: true }]));
  assertContract('addPeeringPhoneNumbersForNumberManagement', await add(SUB, [{ phone_number: theirs, sip_trunk_name: TRUNK, status: true }]));
  const all = await allPages(s, PROVIDER, 'numbers');
  const customers = new Map(all.map((n) => [n.phone_number, n.customer_account_number]));
  assert.equal(customers.get(mine), DEMO);
  assert.equal(customers.get(theirs), SUB);
  // the seeded pushes are there too, and the reseller's numbers are not
  assert.equal(customers.get('+13125550102'), SUB);
  assert.equal(customers.get('+13125550100'), DEMO);
  assert.ok(!customers.has('+13125550200'));

  const first = await s.api('GET', PROVIDER, { query: { page_size: 1 } });
  assertContract('listPeeringPhoneNumbersForProvider', first);
  assert.equal(first.body.numbers.length, 1);
  assert.equal(first.body.total_records, all.length);
  assert.ok(first.body.next_page_token);
  const second = await s.api('GET', PROVIDER, { query: { page_size: 1, next_page_token: first.body.next_page_token } });
  assertContract('listPeeringPhoneNumbersForProvider', second);
  assert.notEqual(second.body.numbers[0].phone_number, first.body.numbers[0].phone_number);

  // the customer's list pages the same way
  const subAll = await peeringList(SUB, { page_size: 300 });
  const subFirst = await s.api('GET', PEERING(SUB), { query: { page_size: 1 } });
  assertContract('listPeeringPhoneNumbersForNumberManagement', subFirst);
  assert.deepEqual([subFirst.body.numbers.length, subFirst.body.total_records], [1, subAll.length]);
  const subSecond = await s.api('GET', PEERING(SUB), { query: { page_size: 1, next_page_token: subFirst.body.next_page_token } });
  assertContract('listPeeringPhoneNumbersForNumberManagement', subSecond);
  assert.notEqual(subSecond.body.numbers[0].phone_number, subFirst.body.numbers[0].phone_number);
  // carrier_code narrows to one carrier's numbers
  assert.deepEqual((await peeringList(SUB, { carrier_code: CARRIER_CODE, page_size: 300 })).length, subAll.length);
});

test('a number that exists anywhere fails the whole batch with 1000 and nothing is written', async () => {
  const fresh = freshNumber();
  const res = await add(SUB, [
    { phone_number: fresh, sip_trunk_name: TRUNK, status: true },
    { phone_number: '+14085551000', sip_trunk_name: TRUNK, status: true },
  ]);
  assertDocumentedError('addPeeringPhoneNumbersForNumberManagement', res, 'someDataFailedForExample');
  assert.deepEqual(failuresOf(res), [['+14085551000', 'Phone number already exists']]);
  assert.equal(await holderOf(s, fresh), undefined);
  assert.equal((await holderOf(s, '+14085551000'))?.account, DEMO);
});

test('an unknown SIP trunk, a number not in E.164 or one given twice is reported by number, and nothing is written', async () => {
  const [fresh, trunkless, twice] = [freshNumber(), freshNumber(), freshNumber()];
  const res = await add(SUB, [
    { phone_number: fresh, sip_trunk_name: TRUNK, status: true },
    { phone_number: trunkless, sip_trunk_name: 'No-Such-Trunk', status: true },
    { phone_number: '12345', sip_trunk_name: TRUNK, status: true },
    { phone_number: twice, sip_trunk_name: TRUNK, status: true },
    { phone_number: twice, sip_trunk_name: TRUNK, status: false },
  ]);
  assertDocumentedError('addPeeringPhoneNumbersForNumberManagement', res, 'someDataFailedForExample');
  assert.deepEqual(failuresOf(res), [
    [trunkless, 'Invalid Sip Trunk'],
    ['12345', 'Invalid number'],
    [twice, 'Duplicate number in the request'],
    [twice, 'Duplicate number in the request'],
  ]);
  for (const n of [fresh, trunkless, twice]) assert.equal(await holderOf(s, n), undefined);
});

test('a number type the product does not allow is refused; left out, Zoom calculates it', async () => {
  const fresh = freshNumber();
  const res = await add(SUB, [{ phone_number: fresh, sip_trunk_name: TRUNK, status: true, number_type: 'Toll' }], { allocated_product: 'ZOOM_CONTACT_CENTER' });
  assertDocumentedError('addPeeringPhoneNumbersForNumberManagement', res, 'someDataFailedForExample');
  assert.deepEqual(failuresOf(res), [[fresh, 'Invalid number type']]);
  const virtual = await add(SUB, [{ phone_number: fresh, sip_trunk_name: TRUNK, status: true, number_type: 'VirtualService' }], { allocated_product: 'ZOOM_PHONE' });
  assert.deepEqual(failuresOf(virtual), [[fresh, 'Invalid number type']]);
  assert.equal(await holderOf(s, fresh), undefined);

  const ok = await add(SUB, [{ phone_number: fresh, sip_trunk_name: TRUNK, status: true }], { allocated_product: 'ZOOM_CONTACT_CENTER' });
  assertContract('addPeeringPhoneNumbersForNumberManagement', ok);
  assert.deepEqual([(await customerNumber(s, SUB, fresh))?.number_type, (await customerNumber(s, SUB, fresh))?.allocated_product], ['VirtualService', 'ZOOM_CONTACT_CENTER']);
  const [phone, tollFree] = [freshNumber(), '+18335557001'];
  assertContract('addPeeringPhoneNumbersForNumberManagement', await add(SUB, [
    { phone_number: phone, sip_trunk_name: TRUNK, status: true },
    { phone_number: tollFree, sip_trunk_name: TRUNK, status: true },
  ], { allocated_product: 'UNALLOCATED' }));
  assert.equal((await customerNumber(s, SUB, phone))?.number_type, 'Toll');
  assert.equal((await customerNumber(s, SUB, tollFree))?.number_type, 'TollFree');
  assert.equal((await one(SUB, phone)).allocated_product, 'UNALLOCATED');
});

test('billing_ref_id holds at most 36 characters and service_info at most 255, on add and update', async () => {
  const fresh = freshNumber();
  assertValidationFailed(await add(SUB, [{ phone_number: fresh, sip_trunk_name: TRUNK, status: true, billing_ref_id: 'x'.repeat(37) }]), 'phone_numbers[0].billing_ref_id');
  assertValidationFailed(await add(SUB, [{ phone_number: fresh, sip_trunk_name: TRUNK, status: true, service_info: 'x'.repeat(256) }]), 'phone_numbers[0].service_info');
  assert.equal(await holderOf(s, fresh), undefined);
  assertContract('addPeeringPhoneNumbersForNumberManagement', await add(SUB, [{ phone_number: fresh, sip_trunk_name: TRUNK, status: true, billing_ref_id: 'b'.repeat(36), service_info: 's'.repeat(255) }]));
  assertValidationFailed(await update(SUB, [{ phone_number: fresh, billing_ref_id: 'x'.repeat(37) }]), 'phone_numbers[0].billing_ref_id');
  assertValidationFailed(await update(SUB, [{ phone_number: fresh, service_info: 'x'.repeat(256) }]), 'phone_numbers[0].service_info');
  const n = await one(SUB, fresh);
  assert.deepEqual([n.billing_ref_id, n.service_info], ['b'.repeat(36), 's'.repeat(255)]);
});

test('a request without numbers is 1002; 200 numbers is the most one request adds, updates or removes, 201 is 1003', async () => {
  assertDocumentedError('addPeeringPhoneNumbersForNumberManagement', await add(SUB, []), 'requestDataCannotBeEmpty');
  assertDocumentedError('addPeeringPhoneNumbersForNumberManagement', await s.api('POST', PEERING(SUB), { body: { allocated_product: 'ZOOM_PHONE' } }), 'requestDataCannotBeEmpty');
  assertDocumentedError('addPeeringPhoneNumbersForNumberManagement', await s.api('POST', PEERING(SUB), {}), 'requestDataCannotBeEmpty');
  assertDocumentedError('updatePeeringPhoneNumbersForNumberManagement', await update(SUB, []), 'requestDataCannotBeEmpty');
  assertDocumentedError('updatePeeringPhoneNumbersForNumberManagement', await s.api('PATCH', PEERING(SUB), { body: { allocated_product: 'ZOOM_PHONE' } }), 'requestDataCannotBeEmpty');
  assertDocumentedError('updatePeeringPhoneNumbersForNumberManagement', await s.api('PATCH', PEERING(SUB), {}), 'requestDataCannotBeEmpty');
  assertDocumentedError('removePeeringPhoneNumbersForNumberManagement', await s.api('DELETE', PEERING(SUB), { query: { phone_numbers: '' } }), 'requestDataCannotBeEmpty');
  assertDocumentedError('removePeeringPhoneNumbersForNumberManagement', await s.api('DELETE', PEERING(SUB)), 'requestDataCannotBeEmpty');

  const numbers = freshBlock(200);
  const items = numbers.map((phone_number) => ({ phone_number, sip_trunk_name: TRUNK, status: false }));
  const tooMany = [...items, { phone_number: freshNumber(), sip_trunk_name: TRUNK, status: false }];
  assertDocumentedError('addPeeringPhoneNumbersForNumberManagement', await add(SUB, tooMany), 'tooManyNumbersShouldLessThan');
  assert.equal(await holderOf(s, numbers[0]), undefined);
  assertContract('addPeeringPhoneNumbersForNumberManagement', await add(SUB, items));
  assert.equal((await one(SUB, numbers[199])).status, false);

  const activate = numbers.map((phone_number) => ({ phone_number, status: true }));
  assertDocumentedError('updatePeeringPhoneNumbersForNumberManagement', await update(SUB, [...activate, { phone_number: numbers[0] }]), 'tooManyNumbersShouldLessThan');
  assert.equal((await one(SUB, numbers[0])).status, false);
  assertContract('updatePeeringPhoneNumbersForNumberManagement', await update(SUB, activate));
  assert.equal((await one(SUB, numbers[199])).status, true);

  const remove201 = await s.api('DELETE', PEERING(SUB), { query: { phone_numbers: [...numbers, freshNumber()].join(',') } });
  assertDocumentedError('removePeeringPhoneNumbersForNumberManagement', remove201, 'tooManyNumbersShouldLessThan');
  assert.equal((await holderOf(s, numbers[0]))?.account, SUB);
  assertContract('removePeeringPhoneNumbersForNumberManagement', await s.api('DELETE', PEERING(SUB), { query: { phone_numbers: numbers.join(',') } }));
  assert.equal(await holderOf(s, numbers[0]), undefined);
  assert.equal(await holderOf(s, numbers[199]), undefined);
});

test('an unknown carrier is 1001; an account running no carrier gets 1001 too', async () => {
  const fresh = freshNumber();
  assertDocumentedError('addPeeringPhoneNumbersForNumberManagement', await add(SUB, [{ phone_number: fresh, sip_trunk_name: TRUNK, status: true }], { carrier_code: 4242 }), 'carrierNotFound');
  assert.equal(await holderOf(s, fresh), undefined);
  assertDocumentedError('updatePeeringPhoneNumbersForNumberManagement', await update(SUB, [{ phone_number: '+13125550102', status: false }], { carrier_code: 4242 }), 'carrierNotFound');
  assert.equal((await one(SUB, '+13125550102')).status, true);
  assertDocumentedError('listPeeringPhoneNumbersForNumberManagement', await s.api('GET', PEERING('me'), { query: { carrier_code: 4242 } }), 'carrierNotFound');
  assertDocumentedError('listPeeringPhoneNumbersForProvider', await s.api('GET', PROVIDER, { token: other.token }), 'carrierNotFound');
  const theirs = await s.api('POST', PEERING('me'), { token: other.token, body: { phone_numbers: [{ phone_number: fresh, sip_trunk_name: TRUNK, status: true }] } });
  assertDocumentedError('addPeeringPhoneNumbersForNumberManagement', theirs, 'carrierNotFound');
  assert.equal(await customerNumber(s, 'me', fresh, other.token), undefined);
  const theirUpdate = await s.api('PATCH', PEERING('me'), { token: other.token, body: { phone_numbers: [{ phone_number: '+13125550100', status: false }] } });
  assertDocumentedError('updatePeeringPhoneNumbersForNumberManagement', theirUpdate, 'carrierNotFound');
  assertDocumentedError('listPeeringPhoneNumbersForNumberManagement', await s.api('GET', PEERING('me'), { token: other.token }), 'carrierNotFound');
  assertDocumentedError(
    'removePeeringPhoneNumbersForNumberManagement',
    await s.api('DELETE', PEERING('me'), { token: other.token, query: { phone_numbers: '+13125550100' } }),
    'carrierNotFound',
  );
  assertDocumentedError('removePeeringPhoneNumbersForNumberManagement', await s.api('DELETE', PEERING('me'), { query: { carrier_code: 4242, phone_numbers: '+13125550100' } }), 'carrierNotFound');
  assert.equal((await holderOf(s, '+13125550100'))?.account, DEMO);
});

test("an {accountId} that is not the caller's or its sub account's does not exist", async () => {
  const fresh = freshNumber();
  assertUndocumentedError(await add(other.accountId, [{ phone_number: fresh, sip_trunk_name: TRUNK, status: true }]), 404, 2001, 'Account does not exist.');
  assert.equal(await customerNumber(s, 'me', fresh, other.token), undefined);
  assertUndocumentedError(await s.api('GET', PEERING(DEMO), { token: other.token }), 404, 2001, 'Account does not exist.');
});

test('an inactive number stays inactive until updated; the update reaches the customer', async () => {
  const n = freshNumber();
  assertContract('addPeeringPhoneNumbersForNumberManagement', await add(SUB, [{ phone_number: n, sip_trunk_name: TRUNK, status: false }], { allocated_product: 'UNALLOCATED' }));
  assert.equal((await one(SUB, n)).status, false);
  assert.equal((await customerNumber(s, SUB, n))?.status, 'Pending');

  const upd = await update(SUB, [{ phone_number: n, status: true, service_info: 'Ported in', sip_trunk_name: 'Demo-Trunk-EU', voice_direction: 'OUTBOUND_ONLY', billing_ref_id: 'BILL-9' }], {
    allocated_product: 'ZOOM_CONTACT_CENTER',
  });
  assertContract('updatePeeringPhoneNumbersForNumberManagement', upd);
  const listed = await one(SUB, n);
  assert.deepEqual(
    [listed.status, listed.service_info, listed.sip_trunk_name, listed.allocated_product, listed.voice_direction, listed.billing_ref_id],
    [true, 'Ported in', 'Demo-Trunk-EU', 'ZOOM_CONTACT_CENTER', 'OUTBOUND_ONLY', 'BILL-9'],
  );
  const seen = await customerNumber(s, SUB, n);
  assert.deepEqual(
    { status: seen?.status, product: seen?.allocated_product, type: seen?.number_type, capability: seen?.capability },
    { status: 'Normal', product: 'ZOOM_CONTACT_CENTER', type: 'VirtualService', capability: ['Outgoing'] },
  );
});

test('allocated_product changes only for numbers that were UNALLOCATED; unknown numbers fail with 1000', async () => {
  const n = freshNumber();
  assertContract('addPeeringPhoneNumbersForNumberManagement', await add(SUB, [{ phone_number: n, sip_trunk_name: TRUNK, status: true }], { allocated_product: 'ZOOM_PHONE' }));
  const res = await update(SUB, [{ phone_number: n, service_info: 'changed' }], { allocated_product: 'ZOOM_CONTACT_CENTER' });
  assertDocumentedError('updatePeeringPhoneNumbersForNumberManagement', res, 'someDataFailedForExample');
  assert.deepEqual(failuresOf(res), [[n, 'allocated_product can only be updated for numbers previously set to UNALLOCATED']]);
  const listed = await one(SUB, n);
  assert.equal(listed.allocated_product, 'ZOOM_PHONE');
  assert.equal(listed.service_info, undefined);

  // the first number would change, the second does not exist: nothing changes
  const missing = freshNumber();
  const partly = await update(SUB, [{ phone_number: n, status: false }, { phone_number: missing, status: true }, { phone_number: 'not-e164', status: true }, { phone_number: n, sip_trunk_name: 'No-Such-Trunk' }]);
  assertDocumentedError('updatePeeringPhoneNumbersForNumberManagement', partly, 'someDataFailedForExample');
  assert.deepEqual(failuresOf(partly), [
    [n, 'Duplicate number in the request'],
    [missing, 'Phone number does not exist'],
    ['not-e164', 'Invalid number'],
    [n, 'Duplicate number in the request'],
  ]);
  assert.equal((await one(SUB, n)).status, true);
  const trunk = await update(SUB, [{ phone_number: n, status: false }, { phone_number: '+13125550102', sip_trunk_name: 'No-Such-Trunk' }]);
  assert.deepEqual(failuresOf(trunk), [['+13125550102', 'Invalid Sip Trunk']]);
  assert.equal((await one(SUB, n)).status, true);
  // a number of another customer is not this customer's to update
  const elsewhere = await update('me', [{ phone_number: n, status: false }]);
  assertDocumentedError('updatePeeringPhoneNumbersForNumberManagement', elsewhere, 'someDataFailedForExample');
  assert.deepEqual(failuresOf(elsewhere), [[n, 'Phone number does not exist']]);
});

test('remove takes the numbers out of the customer account, assigned or not; unknown ones fail with 1000 and nothing goes', async () => {
  const a = freshNumber();
  const b = freshNumber();
  assertContract('addPeeringPhoneNumbersForNumberManagement', await add('me', [{ phone_number: a, sip_trunk_name: TRUNK, status: true }, { phone_number: b, sip_trunk_name: TRUNK, status: true }]));
  // the customer has given one to a user and, by its own room, the other to a call queue
  const user = (await s.api('GET', '/phone/users', { query: { page_size: 1 } })).body.users[0].id;
  assertContract('assignAPhoneNumberToAUser', await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [{ number: a }] } }));
  await s.sandbox.db.updateTable('phone_numbers').set({ assignee_type: 'CallQueue', assignee_id: 'queue-1' }).where('number', '=', b).execute();
  assert.equal((await one('me', a)).assigned, true);
  assert.equal((await one('me', b)).assigned, true);

  const unknown = freshNumber();
  const bad = await s.api('DELETE', PEERING('me'), { query: { phone_numbers: `${a},${b},${unknown},12345` } });
  assertDocumentedError('removePeeringPhoneNumbersForNumberManagement', bad, 'someDataFailedForExample');
  assert.deepEqual(failuresOf(bad), [[unknown, 'Phone number does not exist'], ['12345', 'Invalid number']]);
  assert.equal((await holderOf(s, a))?.account, DEMO);
  assert.equal((await holderOf(s, b))?.account, DEMO);
  // the seeded numbers of another customer cannot be removed through this one
  const foreign = await s.api('DELETE', PEERING(SUB), { query: { phone_numbers: '+13125550100' } });
  assertDocumentedError('removePeeringPhoneNumbersForNumberManagement', foreign, 'someDataFailedForExample');
  assert.equal((await holderOf(s, '+13125550100'))?.account, DEMO);
  // "Partners can remove only the phone numbers they have previously added": a Zoom number is not the partner's
  assert.deepEqual(failuresOf(await s.api('DELETE', PEERING('me'), { query: { phone_numbers: '+14085551000' } })), [['+14085551000', 'Phone number does not exist']]);

  const ok = await s.api('DELETE', PEERING('me'), { query: { phone_numbers: `${a},${b}` } });
  assertContract('removePeeringPhoneNumbersForNumberManagement', ok);
  assert.equal(await holderOf(s, a), undefined);
  assert.equal(await holderOf(s, b), undefined);
  assert.equal((await peeringList('me', { phone_number: a })).length, 0);
  const provider = await s.api('GET', PROVIDER, { query: { phone_number: b } });
  assertContract('listPeeringPhoneNumbersForProvider', provider);
  assert.deepEqual(provider.body.numbers, []);
  const profile = await s.api('GET', `/phone/users/${user}`);
  assertContract('getAUsersProfile', profile);
  assert.ok(!profile.body.phone_numbers.some((p: any) => p.number === a));
});

test('two partners racing for one number: one adds it, the other gets 1000, never a server error', async () => {
  const n = freshNumber();
  const results = await Promise.all([0, 1, 2].map(() => add(SUB, [{ phone_number: n, sip_trunk_name: TRUNK, status: true }])));
  assert.deepEqual(results.map((r) => r.status).sort(), [201, 400, 400]);
  for (const r of results.filter((x) => x.status === 400)) {
    assertDocumentedError('addPeeringPhoneNumbersForNumberManagement', r, 'someDataFailedForExample');
    assert.deepEqual(failuresOf(r), [[n, 'Phone number already exists']]);
  }
  const provider = await s.api('GET', PROVIDER, { query: { phone_number: n } });
  assertContract('listPeeringPhoneNumbersForProvider', provider);
  assert.equal(provider.body.total_records, 1);
});
