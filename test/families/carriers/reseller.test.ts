// Carrier resellers: numbers created in the master account, activated, and deleted
// (or, when a sub account holds them, taken back).
import type { DocumentedErrorName } from '../../../spec/errors.ts';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError } from '../../support/contract.ts';
import { CARRIER_CODE, DEMO, SUB, customerNumber, freshBlock, freshNumber, holderOf, numberRow, otherAccount } from './fixtures.ts';

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
  const held = await holderOf(s, a);
  assert.equal(held?.account, DEMO);
  assert.deepEqual(
    { source: held?.item.source, status: held?.item.status, carrier: held?.item.carrier },
    { source: 'ThirdPartyNumber', status: 'Pending', carrier: { code: CARRIER_CODE, name: 'Demo Carrier' } },
  );
  assert.equal((await customerNumber(s, DEMO, b))?.status, 'Normal');
  // a number outside the US is listed with its own country
  const london = '+442071234567';
  assertContract('createPhoneNumbers', await s.api('POST', PATH, { body: [{ phone_number: london }] }));
  assert.equal((await reseller({ keyword: london }))[0].country_iso_code, 'GB');
});

test('a number that already exists, an invalid number or a repeated one refuses the whole batch', async () => {
  const a = freshNumber();
  const cases: [{ phone_number: string }[], DocumentedErrorName<'createPhoneNumbers'>][] = [
    [[{ phone_number: a }, { phone_number: '+14085551000' }], 'phoneNumberAlreadyExists'],
    [[{ phone_number: a }, { phone_number: 'not-a-number' }], 'invalidPhoneNumber'],
    [[{ phone_number: a }, { phone_number: a }], 'phoneNumberAlreadyExists'],
    // E.164 in form, but +999 is no country's calling code.
    [[{ phone_number: a }, { phone_number: '+99912345678' }], 'unableToRecognizeCountry'],
  ];
  for (const [body, error] of cases) assertDocumentedError('createPhoneNumbers', await s.api('POST', PATH, { body }), error);
  const status = await s.api('POST', PATH, { body: [{ phone_number: a }, { phone_number: freshNumber(), status: 'retired' }] });
  assertDocumentedError('createPhoneNumbers', status, 'invalidPhoneNumberStatus');
  assert.equal(await numberRow(s, a), undefined);
});

test('200 numbers is the most create and activate take at a time; 201 is the documented 429 code and writes nothing', async () => {
  const numbers = freshBlock(200);
  const many = [...numbers, freshNumber()];
  assertDocumentedError('createPhoneNumbers', await s.api('POST', PATH, { body: many.map((phone_number) => ({ phone_number })) }), 429);
  assert.equal(await holderOf(s, many[0]), undefined);
  assertContract('createPhoneNumbers', await s.api('POST', PATH, { body: numbers.map((phone_number) => ({ phone_number })) }));
  assert.equal((await reseller({ keyword: numbers[199] }))[0].status, 'inactive');

  assertDocumentedError('activatePhoneNumbers', await s.api('PATCH', PATH, { body: [...numbers, '+13125550200'] }), 429);
  assert.equal((await reseller({ keyword: numbers[0] }))[0].status, 'inactive');
  assertContract('activatePhoneNumbers', await s.api('PATCH', PATH, { body: numbers }));
  assert.equal((await reseller({ keyword: numbers[0] }))[0].status, 'active');
  assert.equal((await reseller({ keyword: numbers[199] }))[0].status, 'active');
});

test('an account that runs no carrier is not a carrier reseller', async () => {
  const a = freshNumber();
  assertDocumentedError('createPhoneNumbers', await s.api('POST', PATH, { token: other.token, body: [{ phone_number: a }] }), 'thisAccountIsNotACarrier');
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
  assert.equal((await customerNumber(s, DEMO, a))?.status, 'Normal');
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
  // keyword matches the digits of a number
  assert.deepEqual((await reseller({ keyword: '13125550201' })).map((n) => n.phone_number), ['+13125550201']);
  const all = await reseller();
  // peering numbers are not the reseller's
  assert.ok(!all.some((n) => n.phone_number === '+13125550100'));
  const first = await s.api('GET', PATH, { query: { page_size: 1 } });
  assertContract('listPhoneNumbersForCarrierReseller', first);
  assert.deepEqual([first.body.carrier_reseller_numbers.length, first.body.page_size, first.body.total_records], [1, 1, all.length]);
  const second = await s.api('GET', PATH, { query: { page_size: 1, next_page_token: first.body.next_page_token } });
  assertContract('listPhoneNumbersForCarrierReseller', second);
  assert.notEqual(second.body.carrier_reseller_numbers[0].phone_number, first.body.carrier_reseller_numbers[0].phone_number);
});

test("delete takes a sub account's number back (returned), then deletes it from the master", async () => {
  const number = '+13125550201';
  assert.equal((await holderOf(s, number))?.account, SUB);
  const back = await s.api('DELETE', `${PATH}/${encodeURIComponent(number)}`);
  assertContract('deleteAPhoneNumber', back);
  assert.equal((await holderOf(s, number))?.account, DEMO);
  assert.equal(await customerNumber(s, SUB, number), undefined);
  const [listed] = await reseller({ keyword: number });
  assert.deepEqual([listed.assigned_status, listed.sub_account_id, listed.sub_account_name], ['returned', undefined, undefined]);
  assert.deepEqual((await reseller({ assigned_status: 'returned' })).map((n) => n.phone_number), [number]);

  // the path's number may leave out its +
  assertContract('deleteAPhoneNumber', await s.api('DELETE', `${PATH}/${number.slice(1)}`));
  assert.equal(await holderOf(s, number), undefined);
  assert.equal((await reseller({ keyword: number })).length, 0);
  assertDocumentedError('deleteAPhoneNumber', await s.api('DELETE', `${PATH}/${encodeURIComponent(number)}`), 400);
});

test("a number that is not the reseller's does not exist for delete", async () => {
  assertDocumentedError('deleteAPhoneNumber', await s.api('DELETE', `${PATH}/${encodeURIComponent('+14085551000')}`), 400);
  assert.equal((await customerNumber(s, DEMO, '+14085551000'))?.source, 'Zoom');
  // nor is a peering number
  assertDocumentedError('deleteAPhoneNumber', await s.api('DELETE', `${PATH}/${encodeURIComponent('+13125550100')}`), 400);
  assert.equal((await holderOf(s, '+13125550100'))?.account, DEMO);
  assertDocumentedError('deleteAPhoneNumber', await s.api('DELETE', `${PATH}/${encodeURIComponent('+13125550200')}`, { token: other.token }), 400);
  assert.equal((await holderOf(s, '+13125550200'))?.account, DEMO);
});

test('concurrent creates of one number: one succeeds, the others get the documented 300', async () => {
  const n = freshNumber();
  const results = await Promise.all([0, 1, 2].map(() => s.api('POST', PATH, { body: [{ phone_number: n }] })));
  assert.deepEqual(results.map((r) => r.status).sort(), [201, 400, 400]);
  for (const r of results.filter((x) => x.status === 400)) assertDocumentedError('createPhoneNumbers', r, 'phoneNumberAlreadyExists');
  assert.equal((await reseller({ keyword: n })).length, 1);
});
