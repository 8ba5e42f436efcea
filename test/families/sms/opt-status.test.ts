import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError } from '../../support/contract.ts';
import { CARE, addNumber, campaigns } from './fixtures.ts';

let s: TestServer;
let care: string;
let careNumbers: { id: string; number: string }[];
let ada: { id: string; email: string };

const CONSUMER = '+15043449240';

before(async () => {
  s = await startServer();
  care = (await campaigns(s))[CARE];
  careNumbers = (await s.api('GET', `/phone/sms_campaigns/${care}`)).body.phone_numbers;
  ada = await s.sandbox.db.selectFrom('phone_users').select(['id', 'email']).where('email', '=', 'ada@demo.switchboard.test').executeTakeFirstOrThrow();
});
after(() => s.close());

const campaignList = (zoom: string[], consumer = CONSUMER, id = care) =>
  s.api('GET', `/phone/sms_campaigns/${id}/phone_numbers/opt_status`, { query: { consumer_phone_number: consumer, zoom_phone_user_numbers: zoom.join(',') } });
const patch = (zoom: string[], opt_status: string, consumer = CONSUMER, id = care) =>
  s.api('PATCH', `/phone/sms_campaigns/${id}/phone_numbers/opt_status`, { body: { consumer_phone_number: consumer, opt_status, zoom_phone_user_numbers: zoom } });
const statusOf = (body: any, zoom: string, key = 'phone_number_campaign_opt_statuses') =>
  body[key].find((p: { zoom_phone_user_number: string }) => p.zoom_phone_user_number === zoom);

test('campaign view: a recorded answer, pending otherwise, only the campaign numbers', async () => {
  const outsider = await addNumber(s);
  const res = await campaignList([careNumbers[0].number, careNumbers[1].number, outsider.number]);
  assertContract('listOptStatusesOfPhoneNumbersAssignedToSmsCampaign', res);
  assert.equal(res.body.phone_number_campaign_opt_statuses.length, 2);
  // The demo consumer texted STOP to the first number of the campaign.
  assert.equal(statusOf(res.body, careNumbers[0].number).opt_status, 'opt_out');
  assert.equal(statusOf(res.body, careNumbers[1].number).opt_status, 'pending');
});

test('an update reads back through the campaign, user and consent views', async () => {
  // Ada holds the campaign's first number; the consumer is written without "+" as in the page's example.
  const zoom = careNumbers[0].number;
  const upd = await patch([zoom.slice(1)], 'opt_in', CONSUMER.slice(1));
  assertContract('updateOptStatusesOfPhoneNumbersAssignedToSmsCampaign', upd);
  const campaign = await campaignList([zoom]);
  assert.equal(statusOf(campaign.body, zoom).opt_status, 'opt_in');

  const user = await s.api('GET', `/phone/user/${ada.id}/sms_campaigns/phone_numbers/opt_status`, { query: { consumer_phone_numbers: `${CONSUMER},+15550001111`, zoom_phone_user_numbers: zoom } });
  assertContract('listUsersOptStatusesOfPhoneNumbers', user);
  const pairs = user.body.phone_number_campaign_opt_statuses;
  assert.equal(pairs.length, 2);
  const answered = pairs.find((p: { consumer_phone_number: string }) => p.consumer_phone_number === CONSUMER);
  assert.equal(answered.opt_status, 'opt_in');
  assert.equal(answered.opt_in_status, 3);
  const fresh = pairs.find((p: { consumer_phone_number: string }) => p.consumer_phone_number === '+15550001111');
  assert.equal(fresh.opt_status, 'pending');
  assert.equal(fresh.opt_in_status, 1);
  assert.match(fresh.opt_in_message, /Text START/);

  // The same record through a consent policy holding the number.
  const consent = await s.api('POST', '/accounts/me/number_management/sms_consent', {
    body: {
      consent_name: 'Opt view',
      status: true,
      in_out_bound: {
        opt_in_message: { prompt: 'START?', keywords: ['START'], confirmation_message: 'ok' },
        opt_out_message: { message: 'bye', keywords: ['STOP'] },
        help_message: { message: 'help', keywords: ['HELP'] },
        disclaimer: { message: 'rates', enable: false },
      },
    },
  });
  const consentId = consent.body.consent_id;
  const assign = await s.api('POST', `/accounts/me/number_management/sms_consent/${consentId}/phone_numbers`, { body: { phone_number_ids: [careNumbers[0].id] } });
  assert.equal(assign.status, 201);
  const viaConsent = await s.api('GET', `/phone/sms_consent/${consentId}/phone_numbers/opt_status`, { query: { zoom_phone_user_numbers: zoom } });
  assertContract('listOptStatusesOfPhoneNumbersAssignedToSmsConsent', viaConsent);
  assert.equal(statusOf(viaConsent.body, zoom, 'phone_number_consent_opt_statuses').opt_status, 'opt_in');

  assertContract('updateOptStatusesOfPhoneNumbersAssignedToSmsCampaign', await patch([zoom], 'opt_out'));
  const again = await s.api('GET', `/phone/sms_consent/${consentId}/phone_numbers/opt_status`, { query: { zoom_phone_user_numbers: zoom, consumer_phone_numbers: CONSUMER } });
  assert.equal(statusOf(again.body, zoom, 'phone_number_consent_opt_statuses').opt_status, 'opt_out');
  const user2 = await s.api('GET', `/phone/user/${ada.email}/sms_campaigns/phone_numbers/opt_status`, { query: { consumer_phone_numbers: CONSUMER, zoom_phone_user_numbers: zoom } });
  assert.equal(user2.body.phone_number_campaign_opt_statuses[0].opt_in_status, 4);
});

test("user view: only the user's numbers; a number outside any campaign has opt-in status 0", async () => {
  const own = await addNumber(s, { assigneeId: ada.id });
  const res = await s.api('GET', `/phone/user/${ada.id}/sms_campaigns/phone_numbers/opt_status`, {
    query: { consumer_phone_numbers: CONSUMER, zoom_phone_user_numbers: `${own.number},${careNumbers[1].number}` },
  });
  assertContract('listUsersOptStatusesOfPhoneNumbers', res);
  // careNumbers[1] is Grace's, not Ada's.
  assert.equal(res.body.phone_number_campaign_opt_statuses.length, 1);
  assert.equal(res.body.phone_number_campaign_opt_statuses[0].opt_in_status, 0);
  assert.equal(res.body.phone_number_campaign_opt_statuses[0].opt_in_message, undefined);
});

test('documented errors: unknown campaign, user, consent; receiver limit; a number outside the campaign', async () => {
  assertDocumentedError('listOptStatusesOfPhoneNumbersAssignedToSmsCampaign', await campaignList([careNumbers[0].number], CONSUMER, 'C-unknown'), 404);
  assertDocumentedError('updateOptStatusesOfPhoneNumbersAssignedToSmsCampaign', await patch([careNumbers[0].number], 'opt_in', CONSUMER, 'C-unknown'), 404);
  const tooMany = Array.from({ length: 51 }, (_, i) => `+1888555${String(i).padStart(4, '0')}`);
  assertDocumentedError('listOptStatusesOfPhoneNumbersAssignedToSmsCampaign', await campaignList(tooMany), 400);
  const userMany = await s.api('GET', `/phone/user/${ada.id}/sms_campaigns/phone_numbers/opt_status`, { query: { consumer_phone_numbers: tooMany.join(','), zoom_phone_user_numbers: careNumbers[0].number } });
  assertDocumentedError('listUsersOptStatusesOfPhoneNumbers', userMany, 400);
  assert.match(userMany.body.message, /cannot exceed 50/);
  const noUser = await s.api('GET', '/phone/user/nobody/sms_campaigns/phone_numbers/opt_status', { query: { consumer_phone_numbers: CONSUMER, zoom_phone_user_numbers: careNumbers[0].number } });
  assertDocumentedError('listUsersOptStatusesOfPhoneNumbers', noUser, 404);
  assert.equal(noUser.body.message, 'User does not exist:nobody.');
  assertDocumentedError('listOptStatusesOfPhoneNumbersAssignedToSmsConsent', await s.api('GET', '/phone/sms_consent/C-unknown/phone_numbers/opt_status', { query: { zoom_phone_user_numbers: careNumbers[0].number } }), 404);
  const consents = await s.api('GET', '/accounts/me/number_management/sms_consent');
  const demoConsent = consents.body.sms_consent[0].consent_id;
  assertDocumentedError('listOptStatusesOfPhoneNumbersAssignedToSmsConsent', await s.api('GET', `/phone/sms_consent/${demoConsent}/phone_numbers/opt_status`), 300);

  const outsider = await addNumber(s);
  const before = await campaignList([careNumbers[1].number]);
  const res = await patch([careNumbers[1].number, outsider.number], 'opt_in');
  assert.equal(res.status, 400);
  assert.deepEqual((await campaignList([careNumbers[1].number])).body, before.body);
});

test('the demo consent shows its seeded answer', async () => {
  const consents = await s.api('GET', '/accounts/me/number_management/sms_consent');
  const demo = consents.body.sms_consent.find((c: { consent_name: string }) => c.consent_name === 'Demo consent');
  const numbers = await s.api('GET', `/accounts/me/number_management/sms_consent/${demo.consent_id}/phone_numbers`);
  const zoom = numbers.body.sms_consent_number[0].phone_number;
  const res = await s.api('GET', `/phone/sms_consent/${demo.consent_id}/phone_numbers/opt_status`, { query: { zoom_phone_user_numbers: zoom } });
  assertContract('listOptStatusesOfPhoneNumbersAssignedToSmsConsent', res);
  assert.deepEqual(res.body.phone_number_consent_opt_statuses, [{ consumer_phone_number: CONSUMER, zoom_phone_user_number: zoom, opt_status: 'opt_in' }]);
});
