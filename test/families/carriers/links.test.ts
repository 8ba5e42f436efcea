// A number a carrier removes leaves every link other families keep to it: its SMS
// campaign gives the seat back and its consent policy lets it go, whichever API
// removed it (regression: the peering delete path left both links behind).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract } from '../../support/contract.ts';
import { TRUNK, freshNumber } from './fixtures.ts';
import { CONTACT, LOA, campaigns, numbersOf } from '../sms/fixtures.ts';

let s: TestServer;
let campaignIds: Record<string, string>;

before(async () => {
  s = await startServer();
  campaignIds = await campaigns(s);
});
after(() => s.close());

async function peeringNumber(): Promise<{ id: string; number: string }> {
  const number = freshNumber();
  const add = await s.api('POST', '/phone/peering/numbers', { body: { phone_numbers: [{ phone_number: number, sip_trunk_name: TRUNK, status: 1 }] } });
  assertContract('addPeeringPhoneNumbers', add);
  assert.deepEqual(add.body.unprocessed_numbers ?? [], []);
  const listed = await s.api('GET', '/accounts/me/number_management/numbers', { query: { keyword: number.slice(1) } });
  const found = listed.body.numbers?.find((n: { number: string }) => n.number === number);
  assert.ok(found, `the added number ${number} is listed: ${JSON.stringify(listed.body)}`);
  return { id: found.id ?? found.number_id, number };
}

test('a peering number removed by its carrier leaves its SMS campaign and frees its seat', async () => {
  const campaign = campaignIds[CONTACT];
  const a = await peeringNumber();
  const assign = await s.api('POST', `/phone/sms_campaigns/${campaign}/phone_numbers`, { body: { ...LOA, phone_numbers: [{ id: a.id }] } });
  assert.equal(assign.status, 201, JSON.stringify(assign.body));
  assert.deepEqual(numbersOf((await s.api('GET', `/phone/sms_campaigns/${campaign}`)).body), [a.id]);

  const removed = await s.api('DELETE', '/phone/peering/numbers', { query: { phone_numbers: a.number } });
  assert.equal(removed.status, 200, JSON.stringify(removed.body));
  assert.deepEqual(numbersOf((await s.api('GET', `/phone/sms_campaigns/${campaign}`)).body), []);

  // The campaign holds two numbers at most: both seats are free again.
  const [b, c] = [await peeringNumber(), await peeringNumber()];
  const two = await s.api('POST', `/phone/sms_campaigns/${campaign}/phone_numbers`, { body: { ...LOA, phone_numbers: [{ id: b.id }, { id: c.id }] } });
  assert.equal(two.status, 201, JSON.stringify(two.body));
  assert.deepEqual(numbersOf((await s.api('GET', `/phone/sms_campaigns/${campaign}`)).body), [b.id, c.id].sort());
});
