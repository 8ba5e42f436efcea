import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
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
  const users = await s.api('GET', '/phone/users', { query: { page_size: 300 } });
  ada = users.body.users.find((u: { email: string }) => u.email === 'ada@demo.switchboard.test');
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
  const queues = await addNumber(s);
  await s.sandbox.db.updateTable('phone_numbers').set({ assignee_type: 'CallQueue', assignee_id: 'cq-sms-test' }).where('id', '=', queues.id).execute();
  const res = await s.api('GET', `/phone/user/${ada.id}/sms_campaigns/phone_numbers/opt_status`, {
    query: { consumer_phone_numbers: CONSUMER, zoom_phone_user_numbers: `${own.number},${careNumbers[1].number},${queues.number}` },
  });
  assertContract('listUsersOptStatusesOfPhoneNumbers', res);
  // careNumbers[1] is Grace's, the last a call queue's: neither is Ada's.
  assert.equal(res.body.phone_number_campaign_opt_statuses.length, 1);
  assert.equal(res.body.phone_number_campaign_opt_statuses[0].zoom_phone_user_number, own.number);
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

  // A number outside the campaign, after one inside: neither changes.
  const outsider = await addNumber(s);
  const before = await campaignList([careNumbers[1].number]);
  const res = await patch([careNumbers[1].number, outsider.number], 'opt_in');
  assertUndocumentedError(res, 400, 400, 'The campaign does not have the number.');
  assert.deepEqual((await campaignList([careNumbers[1].number])).body, before.body);
});

test("an opt status other than opt_in or opt_out is refused in the page's words", async () => {
  const zoom = careNumbers[1].number;
  const consumer = '+15550002222';
  for (const opt_status of ['maybe', 'pending', undefined]) {
    const res = await s.api('PATCH', `/phone/sms_campaigns/${care}/phone_numbers/opt_status`, {
      body: { consumer_phone_number: consumer, zoom_phone_user_numbers: [zoom], ...(opt_status !== undefined && { opt_status }) },
    });
    assertDocumentedError('updateOptStatusesOfPhoneNumbersAssignedToSmsCampaign', res, 'optStatusShouldBeEitherOpt');
  }
  assert.equal(statusOf((await campaignList([zoom], consumer)).body, zoom).opt_status, 'pending');
});

test('each opt-status list answers 50 unique numbers a side and refuses 51', async () => {
  const fifty = Array.from({ length: 50 }, (_, i) => `+1888556${String(i).padStart(4, '0')}`);
  const fiftyOne = [...fifty, '+18885569999'];
  const zoom = careNumbers[0].number;
  // Repeats count once: "unique receiver phone numbers".
  const withRepeats = [...fifty, fifty[0], fifty[1]];

  const byCampaign = await campaignList([zoom], withRepeats.join(','));
  assertContract('listOptStatusesOfPhoneNumbersAssignedToSmsCampaign', byCampaign);
  assert.equal(byCampaign.body.phone_number_campaign_opt_statuses.length, 50);
  assertContract('listOptStatusesOfPhoneNumbersAssignedToSmsCampaign', await campaignList([...fifty.slice(1), zoom]));
  assertDocumentedError('listOptStatusesOfPhoneNumbersAssignedToSmsCampaign', await campaignList([zoom], fiftyOne.join(',')), 'sizeOfUniqueReceiverPhoneNumbers');
  const campaignMany = await campaignList([...fifty, zoom]);
  assertDocumentedError('listOptStatusesOfPhoneNumbersAssignedToSmsCampaign', campaignMany, 'sizeOfUniqueReceiverPhoneNumbers');
  assert.equal(campaignMany.body.message, 'Size of unique receiver phone numbers cannot exceed 50.');

  const userPath = `/phone/user/${ada.id}/sms_campaigns/phone_numbers/opt_status`;
  const byUser = await s.api('GET', userPath, { query: { consumer_phone_numbers: withRepeats.join(','), zoom_phone_user_numbers: zoom } });
  assertContract('listUsersOptStatusesOfPhoneNumbers', byUser);
  assert.equal(byUser.body.phone_number_campaign_opt_statuses.length, 50);
  assertContract('listUsersOptStatusesOfPhoneNumbers', await s.api('GET', userPath, { query: { consumer_phone_numbers: CONSUMER, zoom_phone_user_numbers: [...fifty.slice(1), zoom].join(',') } }));
  const userMany = await s.api('GET', userPath, { query: { consumer_phone_numbers: CONSUMER, zoom_phone_user_numbers: [...fifty, zoom].join(',') } });
  assertDocumentedError('listUsersOptStatusesOfPhoneNumbers', userMany, 'sizeOfUniqueReceiverPhoneNumbers');

  const consents = await s.api('GET', '/accounts/me/number_management/sms_consent');
  const demo = consents.body.sms_consent.find((c: { consent_name: string }) => c.consent_name === 'Demo consent');
  const consentZoom = (await s.api('GET', `/accounts/me/number_management/sms_consent/${demo.consent_id}/phone_numbers`)).body.sms_consent_number[0].phone_number;
  const consentPath = `/phone/sms_consent/${demo.consent_id}/phone_numbers/opt_status`;
  const byConsent = await s.api('GET', consentPath, { query: { zoom_phone_user_numbers: [...fifty.slice(1), consentZoom].join(','), consumer_phone_numbers: withRepeats.join(',') } });
  assertContract('listOptStatusesOfPhoneNumbersAssignedToSmsConsent', byConsent);
  assert.equal(byConsent.body.phone_number_consent_opt_statuses.length, 50);
  const tooMany: Record<string, string>[] = [
    { zoom_phone_user_numbers: [...fifty, consentZoom].join(',') },
    { zoom_phone_user_numbers: consentZoom, consumer_phone_numbers: fiftyOne.join(',') },
  ];
  for (const query of tooMany) {
    assertDocumentedError('listOptStatusesOfPhoneNumbersAssignedToSmsConsent', await s.api('GET', consentPath, { query }), 'sizeOfUniqueReceiverPhoneNumbers');
  }
});

test("consent view: only the policy's numbers, every consumer on record unless narrowed", async () => {
  const consents = await s.api('GET', '/accounts/me/number_management/sms_consent');
  const demo = consents.body.sms_consent.find((c: { consent_name: string }) => c.consent_name === 'Demo consent');
  const own = (await s.api('GET', `/accounts/me/number_management/sms_consent/${demo.consent_id}/phone_numbers`)).body.sms_consent_number[0].phone_number;
  const outsider = careNumbers[1].number;
  // The outsider has an answer on record, through its campaign; it is not the policy's number.
  assertContract('updateOptStatusesOfPhoneNumbersAssignedToSmsCampaign', await patch([outsider], 'opt_out', '+15550003333'));
  const res = await s.api('GET', `/phone/sms_consent/${demo.consent_id}/phone_numbers/opt_status`, { query: { zoom_phone_user_numbers: `${own},${outsider}` } });
  assertContract('listOptStatusesOfPhoneNumbersAssignedToSmsConsent', res);
  assert.deepEqual(res.body.phone_number_consent_opt_statuses, [{ consumer_phone_number: CONSUMER, zoom_phone_user_number: own, opt_status: 'opt_in' }]);
  const narrowed = await s.api('GET', `/phone/sms_consent/${demo.consent_id}/phone_numbers/opt_status`, {
    query: { zoom_phone_user_numbers: `${own},${outsider}`, consumer_phone_numbers: '+15550003333' },
  });
  assert.deepEqual(narrowed.body.phone_number_consent_opt_statuses, [{ consumer_phone_number: '+15550003333', zoom_phone_user_number: own, opt_status: 'pending' }]);
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
