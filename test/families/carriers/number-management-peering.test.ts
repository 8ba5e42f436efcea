// Number Management peering: a provider exchange partner pushes numbers into a
// customer account ({accountId}), updates and removes them; the customer sees them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError } from '../../support/contract.ts';
import { CARRIER_CODE, DEMO, SUB, TRUNK, allPages, freshNumber, numberRow, otherAccount } from './fixtures.ts';

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

async function peeringList(account: string, query: Record<string, string | number> = {}) {
  const res = await s.api('GET', PEERING(account), { query });
  assertContract('listPeeringPhoneNumbersForNumberManagement', res);
  return res.body.numbers as any[];
}

test('a partner adds numbers to a sub account: one phone_numbers row each, listed by the partner and the customer', async () => {
  const active = freshNumber();
  const inactive = freshNumber();
  const res = await add(SUB, [
    { phone_number: active, sip_trunk_name: TRUNK, status: true, billing_ref_id: 'B'.repeat(36), service_info: 'Local calling', voice_direction: 'INBOUND_ONLY', message_capability: 'SUPPORTED' },
    { phone_number: inactive, sip_trunk_name: TRUNK, status: false },
  ], { allocated_product: 'ZOOM_PHONE' });
  assertContract('addPeeringPhoneNumbersForNumberManagement', res);

  const row = await numberRow(s, active);
  assert.ok(row);
  assert.equal(row.account_id, SUB);
  assert.equal(row.source, 'ThirdPartyNumber');
  assert.equal(row.status, 'Normal');
  assert.equal(row.allocated_product, 'ZOOM_PHONE');
  assert.equal(row.site_id, null);
  assert.deepEqual(JSON.parse(row.data).capability, ['Incoming', 'Messaging']);
  assert.equal((await numberRow(s, inactive))?.status, 'Pending');

  const listed = await peeringList(SUB, { phone_number: active });
  assert.equal(listed.length, 1);
  assert.equal(listed[0].status, true);
  assert.equal(listed[0].assigned, false);
  assert.equal(listed[0].sip_trunk_name, TRUNK);
  assert.equal(listed[0].billing_ref_id, 'B'.repeat(36));
  assert.equal(listed[0].service_info, 'Local calling');
  assert.equal(listed[0].voice_direction, 'INBOUND_ONLY');
  assert.equal(listed[0].message_capability, 'SUPPORTED');
  assert.equal((await peeringList(SUB, { phone_number: inactive }))[0].status, false);
  // the master's own peering list does not hold the sub account's numbers
  assert.ok(!(await peeringList('me')).some((n) => n.phone_number === active));

  const provider = await s.api('GET', PROVIDER, { query: { phone_number: active } });
  assertContract('listPeeringPhoneNumbersForProvider', provider);
  assert.equal(provider.body.numbers.length, 1);
  assert.equal(provider.body.numbers[0].customer_account_number, SUB);
  assert.equal(provider.body.numbers[0].customer_account_name, 'Switchboard Demo Sub Account');

  // The customer's own Number Management view shows the same row (when the numbers room answers).
  const nm = await s.api('GET', `/accounts/${SUB}/number_management/numbers`, { query: { keyword: active } });
  if (nm.status === 200) {
    const n = nm.body.numbers.find((x: any) => x.number === active);
    assert.ok(n, 'customer sees the pushed number');
    assert.equal(n.source, 'ThirdPartyNumber');
    assert.equal(n.status, 'Normal');
    assert.equal(n.carrier?.code, CARRIER_CODE);
  }
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
  // the seeded pushes are there too
  assert.equal(customers.get('+13125550102'), SUB);

  const first = await s.api('GET', PROVIDER, { query: { page_size: 1 } });
  assertContract('listPeeringPhoneNumbersForProvider', first);
  assert.equal(first.body.numbers.length, 1);
  assert.equal(first.body.total_records, all.length);
  assert.ok(first.body.next_page_token);
  const second = await s.api('GET', PROVIDER, { query: { page_size: 1, next_page_token: first.body.next_page_token } });
  assertContract('listPeeringPhoneNumbersForProvider', second);
  assert.notEqual(second.body.numbers[0].phone_number, first.body.numbers[0].phone_number);
});

test('a number that exists anywhere fails the whole batch with 1000 and nothing is written', async () => {
  const fresh = freshNumber();
  const res = await add(SUB, [
    { phone_number: fresh, sip_trunk_name: TRUNK, status: true },
    { phone_number: '+14085551000', sip_trunk_name: TRUNK, status: true },
  ]);
  assertDocumentedError('addPeeringPhoneNumbersForNumberManagement', res, 1000);
  assert.match(res.body.message, /\+14085551000/);
  assert.equal(await numberRow(s, fresh), undefined);
  assert.equal((await numberRow(s, '+14085551000'))?.account_id, DEMO);
});

test('an unknown SIP trunk and a number not in E.164 are reported by number', async () => {
  const fresh = freshNumber();
  const res = await add(SUB, [
    { phone_number: fresh, sip_trunk_name: 'No-Such-Trunk', status: true },
    { phone_number: '12345', sip_trunk_name: TRUNK, status: true },
  ]);
  assertDocumentedError('addPeeringPhoneNumbersForNumberManagement', res, 1000);
  assert.match(res.body.message, /Invalid Sip Trunk/);
  assert.match(res.body.message, /Invalid number/);
  assert.equal(await numberRow(s, fresh), undefined);
});

test('a number type the product does not allow is refused', async () => {
  const fresh = freshNumber();
  const res = await add(SUB, [{ phone_number: fresh, sip_trunk_name: TRUNK, status: true, number_type: 'Toll' }], { allocated_product: 'ZOOM_CONTACT_CENTER' });
  assertDocumentedError('addPeeringPhoneNumbersForNumberManagement', res, 1000);
  const ok = await add(SUB, [{ phone_number: fresh, sip_trunk_name: TRUNK, status: true }], { allocated_product: 'ZOOM_CONTACT_CENTER' });
  assertContract('addPeeringPhoneNumbersForNumberManagement', ok);
  assert.equal((await numberRow(s, fresh))?.number_type, 'VirtualService');
});

test('billing_ref_id over 36 and service_info over 255 characters are refused by validation', async () => {
  const fresh = freshNumber();
  const long = await add(SUB, [{ phone_number: fresh, sip_trunk_name: TRUNK, status: true, billing_ref_id: 'x'.repeat(37) }]);
  assert.equal(long.status, 400);
  assert.equal(long.body.code, 300);
  const info = await add(SUB, [{ phone_number: fresh, sip_trunk_name: TRUNK, status: true, service_info: 'x'.repeat(256) }]);
  assert.equal(info.status, 400);
  assert.equal(await numberRow(s, fresh), undefined);
});

test('an empty batch is 1002 and more than 200 numbers is 1003', async () => {
  assertDocumentedError('addPeeringPhoneNumbersForNumberManagement', await add(SUB, []), 1002);
  const many = Array.from({ length: 201 }, (_, i) => ({ phone_number: `+1312666${String(i).padStart(4, '0')}`, sip_trunk_name: TRUNK, status: true }));
  assertDocumentedError('addPeeringPhoneNumbersForNumberManagement', await add(SUB, many), 1003);
  assertDocumentedError('updatePeeringPhoneNumbersForNumberManagement', await s.api('PATCH', PEERING(SUB), { body: { phone_numbers: many } }), 1003);
  assertDocumentedError('updatePeeringPhoneNumbersForNumberManagement', await s.api('PATCH', PEERING(SUB), { body: { phone_numbers: [] } }), 1002);
  assert.equal(await numberRow(s, '+13126660000'), undefined);
});

test('an unknown carrier is 1001; an account running no carrier gets 1001 too', async () => {
  const fresh = freshNumber();
  assertDocumentedError('addPeeringPhoneNumbersForNumberManagement', await add(SUB, [{ phone_number: fresh, sip_trunk_name: TRUNK, status: true }], { carrier_code: 4242 }), 1001);
  assert.equal(await numberRow(s, fresh), undefined);
  assertDocumentedError('listPeeringPhoneNumbersForNumberManagement', await s.api('GET', PEERING('me'), { query: { carrier_code: 4242 } }), 1001);
  assertDocumentedError('listPeeringPhoneNumbersForProvider', await s.api('GET', PROVIDER, { token: other.token }), 1001);
  assertDocumentedError(
    'removePeeringPhoneNumbersForNumberManagement',
    await s.api('DELETE', PEERING('me'), { token: other.token, query: { phone_numbers: '+13125550100' } }),
    1001,
  );
  assert.ok(await numberRow(s, '+13125550100'));
});

test("an {accountId} that is not the caller's or its sub account's does not exist", async () => {
  const res = await add(other.accountId, [{ phone_number: freshNumber(), sip_trunk_name: TRUNK, status: true }]);
  assert.equal(res.status, 404);
  assert.equal(res.body.code, 2001);
  const list = await s.api('GET', PEERING(DEMO), { token: other.token });
  assert.equal(list.status, 404);
  assert.equal(list.body.code, 2001);
});

test('an inactive number stays inactive until updated; the update reaches the customer', async () => {
  const n = freshNumber();
  assertContract('addPeeringPhoneNumbersForNumberManagement', await add(SUB, [{ phone_number: n, sip_trunk_name: TRUNK, status: false }], { allocated_product: 'UNALLOCATED' }));
  assert.equal((await peeringList(SUB, { phone_number: n }))[0].status, false);
  assert.equal((await numberRow(s, n))?.status, 'Pending');

  const upd = await s.api('PATCH', PEERING(SUB), {
    body: { allocated_product: 'ZOOM_CONTACT_CENTER', phone_numbers: [{ phone_number: n, status: true, service_info: 'Ported in', sip_trunk_name: 'Demo-Trunk-EU', voice_direction: 'OUTBOUND_ONLY' }] },
  });
  assertContract('updatePeeringPhoneNumbersForNumberManagement', upd);
  const [listed] = await peeringList(SUB, { phone_number: n });
  assert.equal(listed.status, true);
  assert.equal(listed.service_info, 'Ported in');
  assert.equal(listed.sip_trunk_name, 'Demo-Trunk-EU');
  assert.equal(listed.allocated_product, 'ZOOM_CONTACT_CENTER');
  assert.equal(listed.voice_direction, 'OUTBOUND_ONLY');
  const row = await numberRow(s, n);
  assert.equal(row?.status, 'Normal');
  assert.equal(row?.allocated_product, 'ZOOM_CONTACT_CENTER');
  assert.deepEqual(JSON.parse(row!.data).capability, ['Outgoing']);

  const nm = await s.api('GET', `/accounts/${SUB}/number_management/numbers`, { query: { keyword: n } });
  if (nm.status === 200) {
    const seen = nm.body.numbers.find((x: any) => x.number === n);
    assert.equal(seen?.status, 'Normal');
    assert.equal(seen?.allocated_product, 'ZOOM_CONTACT_CENTER');
  }
});

test('allocated_product changes only for numbers that were UNALLOCATED; unknown numbers fail with 1000', async () => {
  const n = freshNumber();
  assertContract('addPeeringPhoneNumbersForNumberManagement', await add(SUB, [{ phone_number: n, sip_trunk_name: TRUNK, status: true }], { allocated_product: 'ZOOM_PHONE' }));
  const res = await s.api('PATCH', PEERING(SUB), { body: { allocated_product: 'ZOOM_CONTACT_CENTER', phone_numbers: [{ phone_number: n, service_info: 'changed' }] } });
  assertDocumentedError('updatePeeringPhoneNumbersForNumberManagement', res, 1000);
  const [listed] = await peeringList(SUB, { phone_number: n });
  assert.equal(listed.allocated_product, 'ZOOM_PHONE');
  assert.equal(listed.service_info, undefined);

  const missing = await s.api('PATCH', PEERING(SUB), { body: { phone_numbers: [{ phone_number: n, status: false }, { phone_number: freshNumber(), status: true }] } });
  assertDocumentedError('updatePeeringPhoneNumbersForNumberManagement', missing, 1000);
  assert.match(missing.body.message, /does not exist/);
  assert.equal((await peeringList(SUB, { phone_number: n }))[0].status, true);
  // a number of another customer is not this customer's to update
  const elsewhere = await s.api('PATCH', PEERING('me'), { body: { phone_numbers: [{ phone_number: n, status: false }] } });
  assertDocumentedError('updatePeeringPhoneNumbersForNumberManagement', elsewhere, 1000);
});

test('remove takes the numbers out of the customer account, assigned or not; unknown ones fail with 1000 and nothing goes', async () => {
  const a = freshNumber();
  const b = freshNumber();
  assertContract('addPeeringPhoneNumbersForNumberManagement', await add(SUB, [{ phone_number: a, sip_trunk_name: TRUNK, status: true }, { phone_number: b, sip_trunk_name: TRUNK, status: true }]));
  // the customer has given one of them to someone
  await s.sandbox.db.updateTable('phone_numbers').set({ assignee_type: 'User', assignee_id: 'someone' }).where('number', '=', a).execute();
  assert.equal((await peeringList(SUB, { phone_number: a }))[0].assigned, true);

  const bad = await s.api('DELETE', PEERING(SUB), { query: { phone_numbers: `${a},${freshNumber()}` } });
  assertDocumentedError('removePeeringPhoneNumbersForNumberManagement', bad, 1000);
  assert.ok(await numberRow(s, a));
  // the seeded numbers of another customer cannot be removed through this one
  assertDocumentedError('removePeeringPhoneNumbersForNumberManagement', await s.api('DELETE', PEERING(SUB), { query: { phone_numbers: '+13125550100' } }), 1000);
  assert.ok(await numberRow(s, '+13125550100'));

  const ok = await s.api('DELETE', PEERING(SUB), { query: { phone_numbers: `${a},${b}` } });
  assertContract('removePeeringPhoneNumbersForNumberManagement', ok);
  assert.equal(await numberRow(s, a), undefined);
  assert.equal(await numberRow(s, b), undefined);
  assert.equal((await peeringList(SUB, { phone_number: a })).length, 0);
  const provider = await s.api('GET', PROVIDER, { query: { phone_number: b } });
  assert.equal(provider.body.numbers.length, 0);
});

test('two partners racing for one number: one adds it, the other gets 1000, never a server error', async () => {
  const n = freshNumber();
  const results = await Promise.all([0, 1, 2].map(() => add(SUB, [{ phone_number: n, sip_trunk_name: TRUNK, status: true }])));
  assert.deepEqual(results.map((r) => r.status).sort(), [201, 400, 400]);
  for (const r of results.filter((x) => x.status === 400)) assertDocumentedError('addPeeringPhoneNumbersForNumberManagement', r, 1000);
  const rows = await s.sandbox.db.selectFrom('carrier_numbers').select('number_id').where('number', '=', n).execute();
  assert.equal(rows.length, 1);
});
