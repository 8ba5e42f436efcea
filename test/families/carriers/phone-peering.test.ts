// Zoom Phone peering: the carrier adds numbers to the caller's account through the
// Provider Exchange; per-number failures come back as unprocessed_numbers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError } from '../../support/contract.ts';
import { DEMO, SUB, TRUNK, freshNumber, numberRow, otherAccount } from './fixtures.ts';

let s: TestServer;
let other: { token: string; accountId: string };

before(async () => {
  s = await startServer();
  other = await otherAccount(s, 'phone-peering-other');
});
after(() => s.close());

const PATH = '/phone/peering/numbers';

async function listed(number: string) {
  const res = await s.api('GET', PATH, { query: { phone_number: number } });
  assertContract('listPeeringPhoneNumbers', res);
  return res.body.numbers as any[];
}

test('a status other than 0 or 1 leaves its number unprocessed instead of storing it as inactive', async () => {
  const good = freshNumber();
  const odd = freshNumber();
  const res = await s.api('POST', PATH, {
    body: { phone_numbers: [{ phone_number: good, sip_trunk_name: TRUNK, status: 1 }, { phone_number: odd, sip_trunk_name: TRUNK, status: 7 }] },
  });
  assertContract('addPeeringPhoneNumbers', res);
  assert.deepEqual(res.body.unprocessed_numbers.map((u: any) => [u.phone_number, u.failure_reason]), [[odd, 'Invalid status: 0 (inactive) or 1 (active)']]);
  assert.deepEqual(await listed(odd), []);
  assert.equal((await listed(good))[0].status, 1);
  const update = await s.api('PATCH', PATH, { body: { phone_numbers: [{ phone_number: good, status: 2 }] } });
  assertContract('updatePeeringPhoneNumbers', update);
  assert.deepEqual(update.body.unprocessed_numbers.map((u: any) => u.phone_number), [good]);
  assert.equal((await listed(good))[0].status, 1);
});

test('added numbers land in the caller account; a taken number is unprocessed and the rest are added', async () => {
  const a = freshNumber();
  const b = freshNumber();
  const res = await s.api('POST', PATH, {
    body: {
      phone_numbers: [
        { phone_number: a, sip_trunk_name: TRUNK, status: 1, billing_reference_id: 'REF-1', service_info: 'Voice' },
        { phone_number: b, sip_trunk_name: TRUNK, status: 0 },
        { phone_number: '+14085551001', sip_trunk_name: TRUNK, status: 1 },
      ],
    },
  });
  assertContract('addPeeringPhoneNumbers', res);
  assert.deepEqual(res.body.unprocessed_numbers.map((u: any) => u.phone_number), ['+14085551001']);
  assert.match(res.body.unprocessed_numbers[0].failure_reason, /already exists/);

  const row = await numberRow(s, a);
  assert.equal(row?.account_id, DEMO);
  assert.equal(row?.source, 'ThirdPartyNumber');
  assert.equal(row?.status, 'Normal');
  assert.equal((await numberRow(s, b))?.status, 'Pending');
  // the number that existed is untouched
  assert.equal((await numberRow(s, '+14085551001'))?.source, 'Zoom');

  const [n] = await listed(a);
  assert.deepEqual(
    { status: n.status, assigned: n.assigned, sip: n.sip_trunk_name, ref: n.billing_reference_id, info: n.service_info },
    { status: 1, assigned: 0, sip: TRUNK, ref: 'REF-1', info: 'Voice' },
  );
  assert.equal((await listed(b))[0].status, 0);

  const phone = await s.api('GET', `/phone/numbers/${row!.id}`);
  if (phone.status === 200) {
    assert.equal(phone.body.number, a);
    assert.equal(phone.body.source, 'external');
    assert.equal(phone.body.status, 'available');
  }
});

test('the list filters by carrier code and phone number and pages with the shared pagination', async () => {
  const all = await s.api('GET', PATH, { query: { carrier_code: 9998, page_size: 300 } });
  assertContract('listPeeringPhoneNumbers', all);
  assert.ok(all.body.numbers.some((n: any) => n.phone_number === '+13125550100'));
  // the sub account's pushes are not the caller's own numbers
  assert.ok(!all.body.numbers.some((n: any) => n.phone_number === '+13125550102'));
  const none = await s.api('GET', PATH, { query: { carrier_code: 1111 } });
  assertContract('listPeeringPhoneNumbers', none);
  assert.equal(none.body.numbers.length, 0);
  const first = await s.api('GET', PATH, { query: { page_size: 1 } });
  assert.equal(first.body.numbers.length, 1);
  assert.equal(first.body.total_records, all.body.total_records);
  assert.ok(first.body.next_page_token);
});

test('update changes status and carrier fields; unknown numbers are unprocessed', async () => {
  const a = freshNumber();
  assertContract('addPeeringPhoneNumbers', await s.api('POST', PATH, { body: { phone_numbers: [{ phone_number: a, sip_trunk_name: TRUNK, status: 0 }] } }));
  const missing = freshNumber();
  const res = await s.api('PATCH', PATH, {
    body: { phone_numbers: [{ phone_number: a, status: 1, billing_reference_id: 'REF-2' }, { phone_number: missing, status: 1 }] },
  });
  assertContract('updatePeeringPhoneNumbers', res);
  assert.deepEqual(res.body.unprocessed_numbers.map((u: any) => u.phone_number), [missing]);
  const [n] = await listed(a);
  assert.equal(n.status, 1);
  assert.equal(n.billing_reference_id, 'REF-2');
  assert.equal((await numberRow(s, a))?.status, 'Normal');
  assert.equal(await numberRow(s, missing), undefined);
});

test('billing_reference_id over 32 characters is refused by the contract', async () => {
  const a = freshNumber();
  const res = await s.api('POST', PATH, { body: { phone_numbers: [{ phone_number: a, sip_trunk_name: TRUNK, status: 1, billing_reference_id: 'x'.repeat(33) }] } });
  assert.equal(res.status, 400);
  assert.equal(res.body.code, 300);
  assert.equal(await numberRow(s, a), undefined);
});

test('remove deletes the numbers; ones the carrier never added are unprocessed', async () => {
  const a = freshNumber();
  assertContract('addPeeringPhoneNumbers', await s.api('POST', PATH, { body: { phone_numbers: [{ phone_number: a, sip_trunk_name: TRUNK, status: 1 }] } }));
  const res = await s.api('DELETE', PATH, { query: { phone_numbers: `${a},+14085551002` } });
  assertContract('removePeeringPhoneNumbers', res);
  assert.deepEqual(res.body.unprocessed_numbers.map((u: any) => u.phone_number), ['+14085551002']);
  assert.equal(await numberRow(s, a), undefined);
  assert.ok(await numberRow(s, '+14085551002'));
  assert.equal((await listed(a)).length, 0);
});

test('more than 200 numbers to remove is the documented 300', async () => {
  const many = Array.from({ length: 201 }, (_, i) => `+1312777${String(i).padStart(4, '0')}`).join(',');
  assertDocumentedError('removePeeringPhoneNumbers', await s.api('DELETE', PATH, { query: { phone_numbers: many } }), 300);
});

test('an unknown carrier is 404 "Unknown carrier" and writes nothing', async () => {
  const a = freshNumber();
  const res = await s.api('POST', PATH, { body: { carrier_code: 4242, phone_numbers: [{ phone_number: a, sip_trunk_name: TRUNK, status: 1 }] } });
  assertDocumentedError('addPeeringPhoneNumbers', res, 404);
  assert.equal(await numberRow(s, a), undefined);
  const noCarrier = await s.api('POST', PATH, { token: other.token, body: { phone_numbers: [{ phone_number: a, sip_trunk_name: TRUNK, status: 1 }] } });
  assertDocumentedError('addPeeringPhoneNumbers', noCarrier, 404);
  assertDocumentedError('updatePeeringPhoneNumbers', await s.api('PATCH', PATH, { token: other.token, body: { phone_numbers: [{ phone_number: '+13125550100', status: 0 }] } }), 404);
  assertDocumentedError('removePeeringPhoneNumbers', await s.api('DELETE', PATH, { token: other.token, query: { phone_numbers: '+13125550100' } }), 404);
  assert.equal((await listed('+13125550100'))[0].status, 1);
});

test('the carrier view lists the numbers pushed to every customer with the customer account', async () => {
  const res = await s.api('GET', '/phone/carrier_peering/numbers', { query: { page_size: 300 } });
  assertContract('listCarrierPeeringPhoneNumbers', res);
  const byNumber = new Map(res.body.numbers.map((n: any) => [n.phone_number, n]));
  const sub: any = byNumber.get('+13125550102');
  assert.equal(sub?.customer_account_number, SUB);
  assert.equal(sub?.customer_account_name, 'Switchboard Demo Sub Account');
  const own: any = byNumber.get('+13125550101');
  assert.equal(own?.customer_account_number, DEMO);
  assert.equal(own?.status, 0);
  const one = await s.api('GET', '/phone/carrier_peering/numbers', { query: { phone_number: '+13125550102' } });
  assertContract('listCarrierPeeringPhoneNumbers', one);
  assert.equal(one.body.numbers.length, 1);
  // another account sees none of the demo carrier's numbers
  const theirs = await s.api('GET', '/phone/carrier_peering/numbers', { token: other.token });
  assertContract('listCarrierPeeringPhoneNumbers', theirs);
  assert.equal(theirs.body.numbers.length, 0);
});
