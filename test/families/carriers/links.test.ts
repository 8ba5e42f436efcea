// A number a carrier removes leaves every link other families keep to it: its SMS
// campaign gives the seat back and its consent policy lets it go (regression: the
// peering delete path left both links behind).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract } from '../../support/contract.ts';
import { TRUNK, customerNumber, freshNumber } from './fixtures.ts';
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
  const found = await customerNumber(s, 'me', number);
  assert.ok(found, `the added number ${number} is listed`);
  return { id: found.id, number };
}

test('a peering number removed by its carrier leaves its SMS campaign and frees its seat', async () => {
  const campaign = campaignIds[CONTACT];
  const a = await peeringNumber();
  const assign = await s.api('POST', `/phone/sms_campaigns/${campaign}/phone_numbers`, { body: { ...LOA, phone_numbers: [{ id: a.id }] } });
  assertContract('assignAPhoneNumberToSmsCampaign', assign);
  assert.deepEqual(numbersOf((await s.api('GET', `/phone/sms_campaigns/${campaign}`)).body), [a.id]);

  const removed = await s.api('DELETE', '/phone/peering/numbers', { query: { phone_numbers: a.number } });
  assertContract('removePeeringPhoneNumbers', removed);
  assert.deepEqual(removed.body.unprocessed_numbers, []);
  assert.deepEqual(numbersOf((await s.api('GET', `/phone/sms_campaigns/${campaign}`)).body), []);

  // The campaign holds two numbers at most: both seats are free again.
  const [b, c] = [await peeringNumber(), await peeringNumber()];
  const two = await s.api('POST', `/phone/sms_campaigns/${campaign}/phone_numbers`, { body: { ...LOA, phone_numbers: [{ id: b.id }, { id: c.id }] } });
  assertContract('assignAPhoneNumberToSmsCampaign', two);
  assert.deepEqual(numbersOf((await s.api('GET', `/phone/sms_campaigns/${campaign}`)).body), [b.id, c.id].sort());
});

// The consent view joins the numbers that exist, so this holds with or without the
// sms listener: the link row itself is not visible through the API. The campaign
// test above is the one that fails without the listener (its seat stays taken).
test('a peering number removed by its carrier is gone from its consent policy', async () => {
  const consent = await s.api('POST', '/accounts/me/number_management/sms_consent', {
    body: {
      consent_name: 'Carrier link probe',
      description: 'Numbers a carrier removes must leave it.',
      status: true,
      in_out_bound: {
        opt_in_message: { prompt: 'Text START to receive texts.', keywords: ['START'], confirmation_message: 'Subscribed.' },
        opt_out_message: { message: 'Unsubscribed.', keywords: ['STOP'] },
        help_message: { message: 'Reply STOP to stop.', keywords: ['HELP'] },
        disclaimer: { message: 'Rates may apply.', enable: true },
      },
    },
  });
  assertContract('createAnSmsConsentPolicy', consent);
  const base = `/accounts/me/number_management/sms_consent/${consent.body.consent_id}/phone_numbers`;
  const held = async () => (await s.api('GET', base, { query: { page_size: 300 } })).body.sms_consent_number.map((n: { phone_number_id: string }) => n.phone_number_id);

  const a = await peeringNumber();
  const assigned = await s.api('POST', base, { body: { phone_number_ids: [a.id] } });
  assertContract('assignPhoneNumbersToSmsConsentPolicy', assigned);
  assert.deepEqual(await held(), [a.id]);

  const removed = await s.api('DELETE', '/phone/peering/numbers', { query: { phone_numbers: a.number } });
  assertContract('removePeeringPhoneNumbers', removed);
  assert.deepEqual(removed.body.unprocessed_numbers, []);
  assert.deepEqual(await held(), []);
});
