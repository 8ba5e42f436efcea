// Carrier resellers: numbers created in the master account, activated, and deleted
// (or, when a sub account holds them, taken back).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError } from '../../support/contract.ts';
import { CARRIER_CODE, DEMO, SUB, freshNumber, numberRow, otherAccount } from './fixtures.ts';

let s: TestServer;
let other: { token: string; accountId: string };

before(async () => {
  s = await startServer();
  other = await otherAccount(s, 'reseller-other');
});
after(() => s.close());

const PATH = '/phone/carrier_reseller/numbers';

async function reseller(query: Record<string, string | number> = {}) {
  const res = await s.api('GET', PATH, { query: { page_size: 300, ...query } });
  assertContract('listPhoneNumbersForCarrierReseller', res);
  return res.body.carrier_reseller_numbers as any[];
}

test('created numbers are inactive by default, in the master account, and listed as unassigned', async () => {
  const a = freshNumber();
  const b = freshNumber();
  const res = await s.api('POST', PATH, { body: [{ phone_number: a }, { phone_number: b, status: 'active' }] });
  assertContract('createPhoneNumbers', res);
  const list = await reseller({ keyword: a });
  assert.equal(list.length, 1);
  assert.deepEqual(
    { status: list[0].status, assigned: list[0].assigned_status, code: list[0].carrier_code, country: list[0].country_iso_code, sub: list[0].sub_account_id },
    { status: 'inactive', assigned: 'unassigned', code: CARRIER_CODE, country: 'US', sub: undefined },
  );
  assert.equal((await reseller({ keyword: b }))[0].status, 'active');
  const row = await numberRow(s, a);
  assert.equal(row?.account_id, DEMO);
  assert.equal(row?.source, 'ThirdPartyNumber');
  assert.equal(row?.status, 'Pending');
  assert.equal((await numberRow(s, b))?.status, 'Normal');

  const nm = await s.api('GET', '/accounts/me/number_management/numbers', { query: { keyword: a } });
  if (nm.status === 200) assert.equal(nm.body.numbers.find((n: any) => n.number === a)?.status, 'Pending');
});

test('a number that already exists, an invalid number or a repeated one refuses the whole batch', async () => {
  const a = freshNumber();
  for (const body of [
    [{ phone_number: a }, { phone_number: '+14085551000' }],
    [{ phone_number: a }, { phone_number: 'not-a-number' }],
    [{ phone_number: a }, { phone_number: a }],
  ]) {
    assertDocumentedError('createPhoneNumbers', await s.api('POST', PATH, { body }), 300);
  }
  assert.equal(await numberRow(s, a), undefined);
});

test('more than 200 numbers is the documented 429 code on create and activate', async () => {
  const many = Array.from({ length: 201 }, (_, i) => `+1312888${String(i).padStart(4, '0')}`);
  assertDocumentedError('createPhoneNumbers', await s.api('POST', PATH, { body: many.map((phone_number) => ({ phone_number })) }), 429);
  assertDocumentedError('activatePhoneNumbers', await s.api('PATCH', PATH, { body: many }), 429);
  assert.equal(await numberRow(s, many[0]), undefined);
});

test('an account that runs no carrier is not a carrier reseller', async () => {
  const a = freshNumber();
  assertDocumentedError('createPhoneNumbers', await s.api('POST', PATH, { token: other.token, body: [{ phone_number: a }] }), 400);
  assert.equal(await numberRow(s, a), undefined);
  const theirs = await s.api('GET', PATH, { token: other.token });
  assertContract('listPhoneNumbersForCarrierReseller', theirs);
  assert.equal(theirs.body.carrier_reseller_numbers.length, 0);
});

test('activate makes numbers active for the customer; an unknown number changes nothing', async () => {
  const a = freshNumber();
  assertContract('createPhoneNumbers', await s.api('POST', PATH, { body: [{ phone_number: a, status: 'inactive' }] }));
  const bad = await s.api('PATCH', PATH, { body: [a, freshNumber()] });
  assertDocumentedError('activatePhoneNumbers', bad, 400);
  assert.equal((await reseller({ keyword: a }))[0].status, 'inactive');
  // a peering number is not a reseller number
  assertDocumentedError('activatePhoneNumbers', await s.api('PATCH', PATH, { body: ['+13125550101'] }), 400);

  assertContract('activatePhoneNumbers', await s.api('PATCH', PATH, { body: [a] }));
  assert.equal((await reseller({ keyword: a }))[0].status, 'active');
  assert.equal((await numberRow(s, a))?.status, 'Normal');
});

test('filters: assigned_status and sub_account_id find the number a sub account holds', async () => {
  const assigned = await reseller({ assigned_status: 'assigned' });
  assert.ok(assigned.length >= 1);
  assert.ok(assigned.every((n) => n.assigned_status === 'assigned'));
  const held = assigned.find((n) => n.phone_number === '+13125550201');
  assert.equal(held?.sub_account_id, SUB);
  assert.equal(held?.sub_account_name, 'Switchboard Demo Sub Account');
  const bySub = await reseller({ sub_account_id: SUB });
  assert.deepEqual(bySub.map((n) => n.phone_number), ['+13125550201']);
  const unassigned = await reseller({ assigned_status: 'unassigned' });
  assert.ok(!unassigned.some((n) => n.phone_number === '+13125550201'));
  const first = await s.api('GET', PATH, { query: { page_size: 1 } });
  assertContract('listPhoneNumbersForCarrierReseller', first);
  assert.equal(first.body.page_size, 1);
  assert.ok(first.body.total_records >= 2);
  assert.ok(first.body.next_page_token);
});

test("delete takes a sub account's number back (returned), then deletes it from the master", async () => {
  const number = '+13125550201';
  assert.equal((await numberRow(s, number))?.account_id, SUB);
  const back = await s.api('DELETE', `${PATH}/${encodeURIComponent(number)}`);
  assertContract('deleteAPhoneNumber', back);
  const row = await numberRow(s, number);
  assert.equal(row?.account_id, DEMO);
  const [listed] = await reseller({ keyword: number });
  assert.equal(listed.assigned_status, 'returned');
  assert.equal(listed.sub_account_id, undefined);
  const subView = await s.api('GET', `/accounts/${SUB}/number_management/numbers`, { query: { keyword: number } });
  if (subView.status === 200) assert.ok(!subView.body.numbers.some((n: any) => n.number === number));

  assertContract('deleteAPhoneNumber', await s.api('DELETE', `${PATH}/${encodeURIComponent(number)}`));
  assert.equal(await numberRow(s, number), undefined);
  assert.equal((await reseller({ keyword: number })).length, 0);
  assertDocumentedError('deleteAPhoneNumber', await s.api('DELETE', `${PATH}/${encodeURIComponent(number)}`), 400);
});

test("a number that is not the reseller's does not exist for delete", async () => {
  assertDocumentedError('deleteAPhoneNumber', await s.api('DELETE', `${PATH}/${encodeURIComponent('+14085551000')}`), 400);
  assert.ok(await numberRow(s, '+14085551000'));
  assertDocumentedError('deleteAPhoneNumber', await s.api('DELETE', `${PATH}/${encodeURIComponent('+13125550200')}`, { token: other.token }), 400);
  assert.ok(await numberRow(s, '+13125550200'));
});

test('concurrent creates of one number: one succeeds, the others get the documented 300', async () => {
  const n = freshNumber();
  const results = await Promise.all([0, 1, 2].map(() => s.api('POST', PATH, { body: [{ phone_number: n }] })));
  assert.deepEqual(results.map((r) => r.status).sort(), [201, 400, 400]);
  for (const r of results.filter((x) => x.status === 400)) assertDocumentedError('createPhoneNumbers', r, 300);
  assert.equal((await reseller({ keyword: n })).length, 1);
});
