// Zoom Phone peering: the carrier adds numbers to the caller's account through the
// Provider Exchange; per-number failures come back as unprocessed_numbers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError } from '../../support/contract.ts';
import { insertCarrier } from '../../../src/families/carriers/store.ts';
import { DEMO, SUB, TRUNK, assertValidationFailed, customerNumber, freshBlock, freshNumber, holderOf, otherAccount } from './fixtures.ts';

let s: TestServer;
let other: { token: string; accountId: string };

before(async () => {
  s = await startServer();
  other = await otherAccount(s, 'phone-peering-other');
});
after(() => s.close());

const PATH = '/phone/peering/numbers';

async function listed(number: string, token?: string) {
  const res = await s.api('GET', PATH, { token, query: { phone_number: number } });
  assertContract('listPeeringPhoneNumbers', res);
  return res.body.numbers as any[];
}

async function add(phone_numbers: Record<string, unknown>[], extra: Record<string, unknown> = {}, token?: string) {
  return s.api('POST', PATH, { token, body: { phone_numbers, ...extra } });
}

const reasons = (res: { body: any }) => res.body.unprocessed_numbers.map((u: any) => [u.phone_number, u.failure_reason]);

test('a status other than 0 or 1 leaves its number unprocessed instead of storing it as inactive', async () => {
  const good = freshNumber();
  const odd = freshNumber();
  const res = await add([{ phone_number: good, sip_trunk_name: TRUNK, status: 1 }, { phone_number: odd, sip_trunk_name: TRUNK, status: 7 }]);
  assertContract('addPeeringPhoneNumbers', res);
  assert.deepEqual(reasons(res), [[odd, 'Invalid status: 0 (inactive) or 1 (active)']]);
  assert.deepEqual(await listed(odd), []);
  assert.equal(await holderOf(s, odd), undefined);
  assert.equal((await listed(good))[0].status, 1);
  const update = await s.api('PATCH', PATH, { body: { phone_numbers: [{ phone_number: good, status: 2 }] } });
  assertContract('updatePeeringPhoneNumbers', update);
  assert.deepEqual(reasons(update), [[good, 'Invalid status: 0 (inactive) or 1 (active)']]);
  assert.equal((await listed(good))[0].status, 1);
});

test('added numbers land in the caller account; a taken number is unprocessed and the rest are added', async () => {
  const a = freshNumber();
  const b = freshNumber();
  const res = await add([
    { phone_number: a, sip_trunk_name: TRUNK, status: 1, billing_reference_id: 'REF-1', service_info: 'Voice' },
    { phone_number: b, sip_trunk_name: TRUNK, status: 0 },
    { phone_number: '+14085551001', sip_trunk_name: TRUNK, status: 1 },
  ]);
  assertContract('addPeeringPhoneNumbers', res);
  assert.deepEqual(reasons(res), [['+14085551001', 'Phone number already exists']]);

  const held = await holderOf(s, a);
  assert.equal(held?.account, DEMO);
  assert.deepEqual(
    { source: held?.item.source, status: held?.item.status, carrier: held?.item.carrier, product: held?.item.allocated_product },
    { source: 'ThirdPartyNumber', status: 'Normal', carrier: { code: 9998, name: 'Demo Carrier' }, product: 'ZOOM_PHONE' },
  );
  // inactive: provisioned while still being ported in, so pending for the customer
  assert.equal((await customerNumber(s, DEMO, b))?.status, 'Pending');
  // the number that existed is untouched
  assert.equal((await customerNumber(s, DEMO, '+14085551001'))?.source, 'Zoom');

  const [n] = await listed(a);
  assert.deepEqual(n, { phone_number: a, status: 1, assigned: 0, sip_trunk_name: TRUNK, billing_reference_id: 'REF-1', service_info: 'Voice' });
  assert.equal((await listed(b))[0].status, 0);

  const phone = await s.api('GET', `/phone/numbers/${held!.item.id}`);
  assertContract('getAPhoneNumber', phone);
  assert.deepEqual(
    { number: phone.body.number, source: phone.body.source, status: phone.body.status, carrier: phone.body.carrier },
    { number: a, source: 'external', status: 'available', carrier: { code: 9998, name: 'Demo Carrier' } },
  );
});

test('a number not in E.164, one given twice, or on a SIP trunk the carrier does not have is unprocessed; the rest are added', async () => {
  const good = freshNumber();
  const twice = freshNumber();
  const trunkless = freshNumber();
  const res = await add([
    { phone_number: good, sip_trunk_name: TRUNK, status: 1 },
    { phone_number: '12345', sip_trunk_name: TRUNK, status: 1 },
    { phone_number: twice, sip_trunk_name: TRUNK, status: 1 },
    { phone_number: twice, sip_trunk_name: TRUNK, status: 0 },
    { phone_number: trunkless, sip_trunk_name: 'No-Such-Trunk', status: 1 },
  ]);
  assertContract('addPeeringPhoneNumbers', res);
  assert.deepEqual(reasons(res), [
    ['12345', 'Invalid number'],
    [twice, 'Duplicate number in the request'],
    [twice, 'Duplicate number in the request'],
    [trunkless, 'Invalid Sip Trunk'],
  ]);
  assert.equal((await listed(good)).length, 1);
  assert.equal(await holderOf(s, twice), undefined);
  assert.equal(await holderOf(s, trunkless), undefined);
  // the other trunk set up with the carrier is as good as the first
  const eu = freshNumber();
  assert.deepEqual(reasons(await add([{ phone_number: eu, sip_trunk_name: 'Demo-Trunk-EU', status: 1 }])), []);
  assert.equal((await listed(eu))[0].sip_trunk_name, 'Demo-Trunk-EU');
});

test('the list filters by carrier code and phone number and pages with the shared pagination', async () => {
  const all = await s.api('GET', PATH, { query: { carrier_code: 9998, page_size: 300 } });
  assertContract('listPeeringPhoneNumbers', all);
  assert.ok(all.body.numbers.some((n: any) => n.phone_number === '+13125550100'));
  // the sub account's pushes are not the caller's own numbers
  assert.ok(!all.body.numbers.some((n: any) => n.phone_number === '+13125550102'));
  assert.equal(all.body.total_records, all.body.numbers.length);
  assert.equal(all.body.next_page_token, '');
  const none = await s.api('GET', PATH, { query: { carrier_code: 1111 } });
  assertContract('listPeeringPhoneNumbers', none);
  assert.deepEqual([none.body.numbers, none.body.total_records], [[], 0]);
  const first = await s.api('GET', PATH, { query: { page_size: 1 } });
  assertContract('listPeeringPhoneNumbers', first);
  assert.equal(first.body.numbers.length, 1);
  assert.equal(first.body.total_records, all.body.total_records);
  const second = await s.api('GET', PATH, { query: { page_size: 1, next_page_token: first.body.next_page_token } });
  assertContract('listPeeringPhoneNumbers', second);
  assert.notEqual(second.body.numbers[0].phone_number, first.body.numbers[0].phone_number);
});

test('update changes status and carrier fields; unknown numbers and unknown trunks are unprocessed', async () => {
  const a = freshNumber();
  assertContract('addPeeringPhoneNumbers', await add([{ phone_number: a, sip_trunk_name: TRUNK, status: 0 }]));
  const missing = freshNumber();
  const res = await s.api('PATCH', PATH, {
    body: {
      phone_numbers: [
        { phone_number: a, status: 1, billing_reference_id: 'REF-2', service_info: 'Metered', sip_trunk_name: 'Demo-Trunk-EU' },
        { phone_number: missing, status: 1 },
        { phone_number: '+13125550100', sip_trunk_name: 'No-Such-Trunk' },
      ],
    },
  });
  assertContract('updatePeeringPhoneNumbers', res);
  assert.deepEqual(reasons(res), [
    [missing, 'Phone number does not exist'],
    ['+13125550100', 'Invalid Sip Trunk'],
  ]);
  assert.deepEqual((await listed(a))[0], { phone_number: a, status: 1, assigned: 0, sip_trunk_name: 'Demo-Trunk-EU', billing_reference_id: 'REF-2', service_info: 'Metered' });
  assert.equal((await customerNumber(s, DEMO, a))?.status, 'Normal');
  assert.equal((await listed('+13125550100'))[0].sip_trunk_name, TRUNK);
  assert.equal(await holderOf(s, missing), undefined);
  // only what is given changes
  assertContract('updatePeeringPhoneNumbers', await s.api('PATCH', PATH, { body: { phone_numbers: [{ phone_number: a, status: 0 }] } }));
  assert.deepEqual((await listed(a))[0], { phone_number: a, status: 0, assigned: 0, sip_trunk_name: 'Demo-Trunk-EU', billing_reference_id: 'REF-2', service_info: 'Metered' });
  assert.equal((await customerNumber(s, DEMO, a))?.status, 'Pending');
});

test('billing_reference_id holds at most 32 characters and service_info at most 255, on add and update', async () => {
  const a = freshNumber();
  const atLimit = await add([{ phone_number: a, sip_trunk_name: TRUNK, status: 1, billing_reference_id: 'r'.repeat(32), service_info: 's'.repeat(255) }]);
  assertContract('addPeeringPhoneNumbers', atLimit);
  assert.deepEqual(reasons(atLimit), []);
  const [n] = await listed(a);
  assert.deepEqual([n.billing_reference_id, n.service_info], ['r'.repeat(32), 's'.repeat(255)]);

  const b = freshNumber();
  assertValidationFailed(await add([{ phone_number: b, sip_trunk_name: TRUNK, status: 1, billing_reference_id: 'x'.repeat(33) }]), 'phone_numbers[0].billing_reference_id');
  assertValidationFailed(await add([{ phone_number: b, sip_trunk_name: TRUNK, status: 1, service_info: 'x'.repeat(256) }]), 'phone_numbers[0].service_info');
  assert.equal(await holderOf(s, b), undefined);
  const long = await s.api('PATCH', PATH, { body: { phone_numbers: [{ phone_number: a, billing_reference_id: 'x'.repeat(33) }] } });
  assertValidationFailed(long, 'phone_numbers[0].billing_reference_id');
  assertValidationFailed(await s.api('PATCH', PATH, { body: { phone_numbers: [{ phone_number: a, service_info: 'x'.repeat(256) }] } }), 'phone_numbers[0].service_info');
  assert.deepEqual([(await listed(a))[0].billing_reference_id, (await listed(a))[0].service_info], ['r'.repeat(32), 's'.repeat(255)]);
});

test('200 numbers is the most one request adds or updates; 201 is the documented 300 and writes nothing', async () => {
  const numbers = freshBlock(200);
  const added = await add(numbers.map((phone_number) => ({ phone_number, sip_trunk_name: TRUNK, status: 1 })));
  assertContract('addPeeringPhoneNumbers', added);
  assert.deepEqual(added.body.unprocessed_numbers, []);
  assert.equal((await listed(numbers[199]))[0].status, 1);
  const updated = await s.api('PATCH', PATH, { body: { phone_numbers: numbers.map((phone_number) => ({ phone_number, status: 0 })) } });
  assertContract('updatePeeringPhoneNumbers', updated);
  assert.deepEqual(updated.body.unprocessed_numbers, []);
  assert.equal((await listed(numbers[199]))[0].status, 0);

  const tooMany = freshBlock(201);
  assertDocumentedError('addPeeringPhoneNumbers', await add(tooMany.map((phone_number) => ({ phone_number, sip_trunk_name: TRUNK, status: 1 }))), 'validationFailedBatchAddingPhoneNumbers');
  assert.equal(await holderOf(s, tooMany[0]), undefined);
  const update201 = await s.api('PATCH', PATH, { body: { phone_numbers: [...numbers, tooMany[0]].map((phone_number) => ({ phone_number, status: 1 })) } });
  assertDocumentedError('updatePeeringPhoneNumbers', update201, 'validationFailedBatchAddingPhoneNumbers');
  assert.equal((await listed(numbers[0]))[0].status, 0);
});

test('remove deletes the numbers; ones the carrier never added are unprocessed', async () => {
  const a = freshNumber();
  assertContract('addPeeringPhoneNumbers', await add([{ phone_number: a, sip_trunk_name: TRUNK, status: 1 }]));
  const res = await s.api('DELETE', PATH, { query: { phone_numbers: `${a},+14085551002` } });
  assertContract('removePeeringPhoneNumbers', res);
  assert.deepEqual(reasons(res), [['+14085551002', 'Phone number does not exist']]);
  assert.equal(await holderOf(s, a), undefined);
  assert.equal((await customerNumber(s, DEMO, '+14085551002'))?.source, 'Zoom');
  assert.equal((await listed(a)).length, 0);
  // the sub account's pushes are not the caller's to remove here
  assert.deepEqual(reasons(await s.api('DELETE', PATH, { query: { phone_numbers: '+13125550102' } })), [['+13125550102', 'Phone number does not exist']]);
  assert.equal((await holderOf(s, '+13125550102'))?.account, SUB);
});

test('200 numbers is the most one request removes; 201 is the documented 300 and removes nothing', async () => {
  const numbers = freshBlock(200);
  assert.deepEqual((await add(numbers.map((phone_number) => ({ phone_number, sip_trunk_name: TRUNK, status: 1 })))).body.unprocessed_numbers, []);
  const tooMany = await s.api('DELETE', PATH, { query: { phone_numbers: [...numbers, freshNumber()].join(',') } });
  assertDocumentedError('removePeeringPhoneNumbers', tooMany, 'validationFailedBatchAddingPhoneNumbers');
  assert.equal((await listed(numbers[0])).length, 1);
  const removed = await s.api('DELETE', PATH, { query: { phone_numbers: numbers.join(',') } });
  assertContract('removePeeringPhoneNumbers', removed);
  assert.deepEqual(removed.body.unprocessed_numbers, []);
  assert.equal((await listed(numbers[0])).length, 0);
  assert.equal(await holderOf(s, numbers[199]), undefined);
});

test('an unknown carrier is 404 "Unknown carrier" and writes nothing', async () => {
  const a = freshNumber();
  assertDocumentedError('addPeeringPhoneNumbers', await add([{ phone_number: a, sip_trunk_name: TRUNK, status: 1 }], { carrier_code: 4242 }), 'unknownCarrier');
  assert.equal(await holderOf(s, a), undefined);
  const upd = await s.api('PATCH', PATH, { body: { carrier_code: 4242, phone_numbers: [{ phone_number: '+13125550100', status: 0 }] } });
  assertDocumentedError('updatePeeringPhoneNumbers', upd, 'unknownCarrier');
  const del = await s.api('DELETE', PATH, { query: { carrier_code: 4242, phone_numbers: '+13125550100' } });
  assertDocumentedError('removePeeringPhoneNumbers', del, 'unknownCarrier');
  // an account that runs no carrier has none to speak for
  assertDocumentedError('addPeeringPhoneNumbers', await add([{ phone_number: a, sip_trunk_name: TRUNK, status: 1 }], {}, other.token), 'unknownCarrier');
  assert.equal(await customerNumber(s, 'me', a, other.token), undefined);
  assertDocumentedError('updatePeeringPhoneNumbers', await s.api('PATCH', PATH, { token: other.token, body: { phone_numbers: [{ phone_number: '+13125550100', status: 0 }] } }), 'unknownCarrier');
  assertDocumentedError('removePeeringPhoneNumbers', await s.api('DELETE', PATH, { token: other.token, query: { phone_numbers: '+13125550100' } }), 'unknownCarrier');
  assert.equal((await listed('+13125550100'))[0].status, 1);
});

test("without carrier_code the carrier is the one the token's app speaks for, else the account's first", async () => {
  const app = await s.admin('POST', `/accounts/${DEMO}/apps`, { name: 'Second carrier' });
  assert.equal(app.status, 201, JSON.stringify(app.body));
  // No operation creates a carrier: Zoom sets one up with the partner.
  await insertCarrier(s.sandbox.db, { account_id: DEMO, code: 7777, name: 'Second Carrier', client_id: app.body.client_id, sip_trunks: JSON.stringify(['Second-Trunk']), created_at: 0 });
  const token = await s.token(app.body.client_id, app.body.client_secret, DEMO);

  const n = freshNumber();
  assert.deepEqual(reasons(await add([{ phone_number: n, sip_trunk_name: 'Second-Trunk', status: 1 }], {}, token)), []);
  assert.equal((await listed(n))[0].sip_trunk_name, 'Second-Trunk');
  const byCode = await s.api('GET', PATH, { query: { carrier_code: 7777 } });
  assertContract('listPeeringPhoneNumbers', byCode);
  assert.deepEqual(byCode.body.numbers.map((x: any) => x.phone_number), [n]);
  assert.equal((await customerNumber(s, DEMO, n))?.carrier?.code, 7777);

  // the demo app speaks for no carrier of its own: the account's first (the demo carrier), whose trunks these are not
  const m = freshNumber();
  assert.deepEqual(reasons(await add([{ phone_number: m, sip_trunk_name: 'Second-Trunk', status: 1 }])), [[m, 'Invalid Sip Trunk']]);
  assert.deepEqual(reasons(await add([{ phone_number: m, sip_trunk_name: 'Second-Trunk', status: 1 }], { carrier_code: 7777 })), []);
  // and the demo carrier can neither update nor remove the second carrier's numbers
  assert.deepEqual(reasons(await s.api('PATCH', PATH, { body: { phone_numbers: [{ phone_number: n, status: 0 }] } })), [[n, 'Phone number does not exist']]);
  assert.deepEqual(reasons(await s.api('DELETE', PATH, { query: { phone_numbers: n } })), [[n, 'Phone number does not exist']]);
  assert.deepEqual(reasons(await s.api('PATCH', PATH, { token, body: { phone_numbers: [{ phone_number: n, status: 0 }] } })), []);
  assert.equal((await listed(n))[0].status, 0);
  assertContract('removePeeringPhoneNumbers', await s.api('DELETE', PATH, { token, query: { phone_numbers: `${n},${m}` } }));
  assert.equal(await holderOf(s, n), undefined);

  // Number Management's pages tie the carrier to the token's client ID the same way
  const nm = freshNumber();
  const nmPath = `/accounts/${SUB}/number_management/peering_numbers`;
  const pushed = await s.api('POST', nmPath, { token, body: { phone_numbers: [{ phone_number: nm, sip_trunk_name: 'Second-Trunk', status: true }] } });
  assertContract('addPeeringPhoneNumbersForNumberManagement', pushed);
  const provider = await s.api('GET', '/accounts/me/number_management/carrier/peering_numbers', { token });
  assertContract('listPeeringPhoneNumbersForProvider', provider);
  assert.deepEqual(provider.body.numbers.map((x: any) => x.phone_number), [nm]);
  assertContract('updatePeeringPhoneNumbersForNumberManagement', await s.api('PATCH', nmPath, { token, body: { phone_numbers: [{ phone_number: nm, status: false }] } }));
  const mine = await s.api('GET', nmPath, { token });
  assertContract('listPeeringPhoneNumbersForNumberManagement', mine);
  assert.deepEqual(mine.body.numbers.map((x: any) => [x.phone_number, x.status]), [[nm, false]]);
  assertDocumentedError('removePeeringPhoneNumbersForNumberManagement', await s.api('DELETE', nmPath, { query: { phone_numbers: nm } }), 'someDataFailedForExample');
  assertContract('removePeeringPhoneNumbersForNumberManagement', await s.api('DELETE', nmPath, { token, query: { phone_numbers: nm } }));
  assert.equal(await holderOf(s, nm), undefined);
});

test('assigned is 1 while the customer has given the number to a user or any other assignee', async () => {
  const [a, b] = [freshNumber(), freshNumber()];
  assert.deepEqual(reasons(await add([{ phone_number: a, sip_trunk_name: TRUNK, status: 1 }, { phone_number: b, sip_trunk_name: TRUNK, status: 1 }])), []);
  const users = await s.api('GET', '/phone/users', { query: { page_size: 1 } });
  const user = users.body.users[0].id;
  const assign = await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [{ number: a }] } });
  assertContract('assignAPhoneNumberToAUser', assign);
  // No operation here assigns a number to a call queue yet: the customer's own room would.
  await s.sandbox.db.updateTable('phone_numbers').set({ assignee_type: 'CallQueue', assignee_id: 'queue-1' }).where('number', '=', b).execute();
  assert.equal((await listed(a))[0].assigned, 1);
  assert.equal((await listed(b))[0].assigned, 1);
  const carrierView = await s.api('GET', '/phone/carrier_peering/numbers', { query: { phone_number: a } });
  assertContract('listCarrierPeeringPhoneNumbers', carrierView);
  assert.equal(carrierView.body.numbers[0].assigned, 1);

  const id = (await customerNumber(s, DEMO, a)).id;
  assertContract('unassignAPhoneNumberForUser', await s.api('DELETE', `/phone/users/${user}/phone_numbers/${id}`));
  assert.equal((await listed(a))[0].assigned, 0);

  // a removed number leaves its assignee too
  assertContract('assignAPhoneNumberToAUser', await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [{ number: a }] } }));
  const before = await s.api('GET', `/phone/users/${user}`);
  assertContract('getAUsersProfile', before);
  assert.ok(before.body.phone_numbers.some((p: any) => p.number === a));
  assertContract('removePeeringPhoneNumbers', await s.api('DELETE', PATH, { query: { phone_numbers: `${a},${b}` } }));
  const profile = await s.api('GET', `/phone/users/${user}`);
  assertContract('getAUsersProfile', profile);
  assert.ok(!profile.body.phone_numbers.some((p: any) => p.number === a));
});

test('the carrier view lists the numbers pushed to every customer with the customer account', async () => {
  const res = await s.api('GET', '/phone/carrier_peering/numbers', { query: { page_size: 300 } });
  assertContract('listCarrierPeeringPhoneNumbers', res);
  assert.equal(res.body.total_records, res.body.numbers.length);
  assert.equal(res.body.next_page_token, '');
  const byNumber = new Map(res.body.numbers.map((n: any) => [n.phone_number, n]));
  assert.deepEqual(byNumber.get('+13125550102'), {
    phone_number: '+13125550102', assigned: 0, status: 1, sip_trunk_name: TRUNK, billing_reference_id: 'DEMO-BILL-001', service_info: 'Demo peering service',
    customer_account_number: SUB, customer_account_name: 'Switchboard Demo Sub Account',
  });
  const own: any = byNumber.get('+13125550101');
  assert.deepEqual([own?.customer_account_number, own?.customer_account_name, own?.status], [DEMO, 'Switchboard Demo', 0]);
  // reseller numbers are not peering numbers
  assert.ok(!byNumber.has('+13125550200'));
  const one = await s.api('GET', '/phone/carrier_peering/numbers', { query: { phone_number: '+13125550102' } });
  assertContract('listCarrierPeeringPhoneNumbers', one);
  assert.deepEqual([one.body.numbers.length, one.body.total_records], [1, 1]);
  const first = await s.api('GET', '/phone/carrier_peering/numbers', { query: { page_size: 1 } });
  assertContract('listCarrierPeeringPhoneNumbers', first);
  const second = await s.api('GET', '/phone/carrier_peering/numbers', { query: { page_size: 1, next_page_token: first.body.next_page_token } });
  assertContract('listCarrierPeeringPhoneNumbers', second);
  assert.notEqual(second.body.numbers[0].phone_number, first.body.numbers[0].phone_number);
  // another account sees none of the demo carrier's numbers
  const theirs = await s.api('GET', '/phone/carrier_peering/numbers', { token: other.token });
  assertContract('listCarrierPeeringPhoneNumbers', theirs);
  assert.deepEqual([theirs.body.numbers, theirs.body.total_records], [[], 0]);
  const theirPeering = await s.api('GET', PATH, { token: other.token });
  assertContract('listPeeringPhoneNumbers', theirPeering);
  assert.deepEqual(theirPeering.body.numbers, []);
});
