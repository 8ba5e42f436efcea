import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { CARE, CONTACT, HOLIDAY, LOA, SPRING, SUB, addNumber, campaigns, numbersOf, otherAccount } from './fixtures.ts';

let s: TestServer;
let ids: Record<string, string>;

before(async () => {
  s = await startServer();
  ids = await campaigns(s);
});
after(() => s.close());

const phoneGet = (id: string) => s.api('GET', `/phone/sms_campaigns/${id}`);
const nmGet = (id: string, account = 'me') => s.api('GET', `/accounts/${account}/number_management/sms_campaigns/${id}`);
const phoneAssign = (id: string, phone_numbers: { id?: string; number?: string }[]) =>
  s.api('POST', `/phone/sms_campaigns/${id}/phone_numbers`, { body: { ...LOA, phone_numbers } });
const nmAssign = (id: string, phone_number_ids: string[], account = 'me') =>
  s.api('POST', `/accounts/${account}/number_management/sms_campaigns/${id}/phone_numbers`, { body: { ...LOA, phone_number_ids } });

test('Phone lists the account campaigns with brand and status, paged', async () => {
  const all = await s.api('GET', '/phone/sms_campaigns');
  assertContract('listSmsCampaigns', all);
  assert.equal(all.body.total_records, 4);
  assert.equal(all.body.page_size, 30);
  assert.equal(all.body.next_page_token, '');
  const care = all.body.sms_campaigns.find((c: { display_name: string }) => c.display_name === CARE);
  assert.equal(care.id, ids[CARE]);
  assert.equal(care.status, 'active');
  assert.equal(care.brand.name, 'Switchboard Demo');
  assert.match(care.brand.id, /^B-/);
  const statuses = Object.fromEntries(all.body.sms_campaigns.map((c: { display_name: string; status: string }) => [c.display_name, c.status]));
  assert.deepEqual(statuses, { [CARE]: 'active', [CONTACT]: 'active', [SPRING]: 'pending', [HOLIDAY]: 'expired' });
  assert.ok(!all.body.sms_campaigns.some((c: { display_name: string }) => c.display_name === 'Sub Account Alerts'));

  const first = await s.api('GET', '/phone/sms_campaigns', { query: { page_size: 3 } });
  assertContract('listSmsCampaigns', first);
  assert.equal(first.body.sms_campaigns.length, 3);
  assert.ok(first.body.next_page_token);
  const second = await s.api('GET', '/phone/sms_campaigns', { query: { page_size: 3, next_page_token: first.body.next_page_token } });
  assert.equal(second.body.sms_campaigns.length, 1);
  assert.equal(second.body.next_page_token, '');
  const bad = await s.api('GET', '/phone/sms_campaigns', { query: { next_page_token: 'nope.nope' } });
  assertDocumentedError('listSmsCampaigns', bad, 400);
});

test('Phone and Number Management show one campaign record', async () => {
  const phone = await phoneGet(ids[CARE]);
  assertContract('getAnSmsCampaign', phone);
  assert.equal(phone.body.id, ids[CARE]);
  assert.equal(phone.body.display_name, CARE);
  assert.equal(phone.body.status, 'active');
  assert.equal(phone.body.brand.name, 'Switchboard Demo');
  assert.equal(phone.body.service_type, 'zoomPhone');
  assert.equal(phone.body.use_case, 'lowVolumeMixed');
  assert.equal(phone.body.auto_renew, true);
  assert.equal(phone.body.categories_fit, true);
  assert.deepEqual(phone.body.content_type, ['urlLink']);
  for (const i of [1, 2, 3, 4, 5]) assert.equal(phone.body[`sample_message_${i}`], `${CARE}: sample message ${i}`);
  assert.equal(phone.body.phone_numbers.length, 2);
  for (const n of phone.body.phone_numbers) assert.match(n.number, /^\+\d+$/);
  assert.match(phone.body.create_time, /^\d{4}-\d\d-\d\dT/);
  assert.equal((await phoneGet(ids[CONTACT])).body.service_type, 'contactCenter');
  const nm = await nmGet(ids[CARE]);
  assertContract('getAnSmsCampaignForNumberManagement', nm);
  assert.equal(nm.body.sms_campaign_id, ids[CARE]);
  assert.equal(nm.body.display_name, CARE);
  assert.equal(nm.body.status, 'active');
  assert.equal(nm.body.service_type, 'zoomPhone');
  assert.deepEqual(nm.body.brand, { brand_id: phone.body.brand.id, name: 'Switchboard Demo' });
  assert.deepEqual(
    nm.body.phone_numbers.map((n: { phone_number_id: string; number: string }) => `${n.phone_number_id} ${n.number}`).sort(),
    phone.body.phone_numbers.map((n: { id: string; number: string }) => `${n.id} ${n.number}`).sort(),
  );
  assert.equal(nm.body.response_to_help, 'Switchboard Demo: reply STOP to stop, START to start again.');
  assert.equal(nm.body.response_to_opt_in, 'You are subscribed to Switchboard Demo messages.');
  assert.equal(nm.body.response_to_opt_out, 'You are unsubscribed from Switchboard Demo messages. No more messages will be sent.');

  const list = await s.api('GET', '/accounts/me/number_management/sms_campaigns');
  assertContract('listSmsCampaignsForNumberManagement', list);
  assert.equal(list.body.total_records, 4);
  assert.equal(list.body.page_size, 30);
  assert.deepEqual(list.body.sms_campaigns.map((c: { sms_campaign_id: string }) => c.sms_campaign_id).sort(), Object.values(ids).sort());
  const item = list.body.sms_campaigns.find((c: { sms_campaign_id: string }) => c.sms_campaign_id === ids[SPRING]);
  assert.deepEqual(item, { sms_campaign_id: ids[SPRING], display_name: SPRING, status: 'pending', brand: { brand_id: phone.body.brand.id, name: 'Switchboard Demo' } });
});

test('an unknown campaign, or one of another account, is not found in either view', async () => {
  const subList = await s.api('GET', `/accounts/${SUB}/number_management/sms_campaigns`);
  assertContract('listSmsCampaignsForNumberManagement', subList);
  assert.equal(subList.body.total_records, 1);
  const subId = subList.body.sms_campaigns[0].sms_campaign_id;
  for (const id of [subId, 'C-unknown']) {
    // getAnSmsCampaign documents no error: the assign and unassign pages' words (src/families/sms/errors.ts).
    assertUndocumentedError(await phoneGet(id), 400, 400, 'The campaign does not exist.');
    assertUndocumentedError(await nmGet(id), 404, 404, 'Invalid campaign ID.');
  }
  // The master may look at its sub account's campaign through that account.
  const viaSub = await nmGet(subId, SUB);
  assertContract('getAnSmsCampaignForNumberManagement', viaSub);
});

test('Phone assigns numbers by id or E.164 and both views show them; unassign removes', async () => {
  const a = await addNumber(s);
  const b = await addNumber(s);
  const res = await phoneAssign(ids[CARE], [{ id: a.id }, { number: b.number }]);
  assertContract('assignAPhoneNumberToSmsCampaign', res);
  assert.deepEqual(numbersOf(res.body), [a.id, b.id].sort());
  const phone = await phoneGet(ids[CARE]);
  assert.ok(numbersOf(phone.body).includes(a.id) && numbersOf(phone.body).includes(b.id));
  const nm = await nmGet(ids[CARE]);
  assert.deepEqual(numbersOf(nm.body), numbersOf(phone.body));

  const del = await s.api('DELETE', `/phone/sms_campaigns/${ids[CARE]}/phone_numbers/${a.id}`);
  assertContract('unassignAPhoneNumberForSmsCampaign', del);
  const after = await nmGet(ids[CARE]);
  assert.ok(!numbersOf(after.body).includes(a.id));
  assert.ok(numbersOf(after.body).includes(b.id));
  // Released, it may join another campaign.
  assertContract('assignAPhoneNumberToSmsCampaign', await phoneAssign(ids[CONTACT], [{ id: a.id }]));
  assertContract('unassignAPhoneNumberForSmsCampaign', await s.api('DELETE', `/phone/sms_campaigns/${ids[CONTACT]}/phone_numbers/${a.id}`));
  assertContract('unassignAPhoneNumberForSmsCampaign', await s.api('DELETE', `/phone/sms_campaigns/${ids[CARE]}/phone_numbers/${b.id}`));
});

test('Phone assign refuses what the page lists, and nothing changes', async () => {
  const before = numbersOf((await phoneGet(ids[CARE])).body);
  const free = await addNumber(s);
  const other = await otherAccount(s, 'sms-other-1');
  const foreign = await addNumber(s, { accountId: other.accountId });
  const pending = await addNumber(s, { status: 'Pending' });
  const tollFree = await addNumber(s, { number_type: 'TollFree' });
  const byoc = await addNumber(s, { source: 'BYOCCloud' });
  const springNumber = numbersOf((await phoneGet(ids[SPRING])).body)[0];

  const refused = (campaign: string, numbers: { id?: string; number?: string }[]) => phoneAssign(campaign, numbers);
  const FREE = { id: free.id };
  assertDocumentedError('assignAPhoneNumberToSmsCampaign', await refused('C-unknown', [FREE]), 'campaignDoesNotExist');
  assertDocumentedError('assignAPhoneNumberToSmsCampaign', await refused(ids[SPRING], [FREE]), 'campaignIsNotActive');
  assertDocumentedError('assignAPhoneNumberToSmsCampaign', await refused(ids[HOLIDAY], [FREE]), 'campaignIsNotActive');
  assertDocumentedError('assignAPhoneNumberToSmsCampaign', await refused(ids[CARE], [FREE, { id: 'no-such-number' }]), 'numbersBothNotAvailable');
  assertDocumentedError('assignAPhoneNumberToSmsCampaign', await refused(ids[CARE], [FREE, { id: foreign.id }]), 'numbersBothNotAvailable');
  assertDocumentedError('assignAPhoneNumberToSmsCampaign', await refused(ids[CARE], [{ number: foreign.number }]), 'numbersBothNotAvailable');
  // The {0} of a message is the refused number.
  const pendingRes = await refused(ids[CARE], [FREE, { id: pending.id }]);
  assertDocumentedError('assignAPhoneNumberToSmsCampaign', pendingRes, 'canNotAssignCampaignToPending');
  assert.equal(pendingRes.body.message, `Can not assign campaign to pending number: ${pending.number}.`);
  const tollFreeRes = await refused(ids[CARE], [FREE, { id: tollFree.id }]);
  assertDocumentedError('assignAPhoneNumberToSmsCampaign', tollFreeRes, 'canNotAssignCampaignToToll');
  assert.equal(tollFreeRes.body.message, `Can not assign campaign to toll free number: ${tollFree.number}.`);
  const byocRes = await refused(ids[CARE], [FREE, { id: byoc.id }]);
  assertDocumentedError('assignAPhoneNumberToSmsCampaign', byocRes, 'canNotEnableSmsForByoc');
  assert.equal(byocRes.body.message, `Can not enable sms for BYOC number: ${byoc.number}.`);
  assertDocumentedError('assignAPhoneNumberToSmsCampaign', await refused(ids[CARE], [FREE, { id: springNumber }]), 'canNotAssignCampaignToPending400');
  const fifty = Array.from({ length: 50 }, (_, i) => ({ number: `+1999555${String(i).padStart(4, '0')}` }));
  assertDocumentedError('assignAPhoneNumberToSmsCampaign', await refused(ids[CARE], fifty), 'maximumSizeForPhoneNumbersIs');
  assert.deepEqual(numbersOf((await phoneGet(ids[CARE])).body), before);
});

test('a number serves one campaign: a second active campaign cannot take it', async () => {
  const n = await addNumber(s);
  assertContract('assignAPhoneNumberToSmsCampaign', await phoneAssign(ids[CARE], [{ id: n.id }]));
  const again = await phoneAssign(ids[CONTACT], [{ id: n.id }]);
  assertDocumentedError('assignAPhoneNumberToSmsCampaign', again, 'numbersBothNotAvailable');
  assert.ok(!numbersOf((await phoneGet(ids[CONTACT])).body).includes(n.id));
  // Assigning it again to its own campaign changes nothing and is no error.
  assertContract('assignAPhoneNumberToSmsCampaign', await phoneAssign(ids[CARE], [{ id: n.id }]));
  assert.equal(numbersOf((await phoneGet(ids[CARE])).body).filter((x) => x === n.id).length, 1);
});

test('two requests racing for one number: exactly one wins', async () => {
  const n = await addNumber(s);
  const [x, y] = await Promise.all([nmAssign(ids[CARE], [n.id]), nmAssign(ids[CONTACT], [n.id])]);
  assert.deepEqual([x.status, y.status].sort(), [204, 400]);
  assertUndocumentedError(x.status === 204 ? y : x, 400, 400, 'Numbers both not available.');
  const holders = [numbersOf((await phoneGet(ids[CARE])).body), numbersOf((await phoneGet(ids[CONTACT])).body)].filter((l) => l.includes(n.id));
  assert.equal(holders.length, 1);
  assertContract('unassignAPhoneNumberForSmsCampaign', await s.api('DELETE', `/phone/sms_campaigns/${x.status === 204 ? ids[CARE] : ids[CONTACT]}/phone_numbers/${n.id}`));
});

test('campaign capacity is documented per view and counts freed seats', async () => {
  // The contact-center campaign holds two numbers at most.
  const [a, b, c] = [await addNumber(s), await addNumber(s), await addNumber(s)];
  const over = await phoneAssign(ids[CONTACT], [{ id: a.id }, { id: b.id }, { id: c.id }]);
  assertDocumentedError('assignAPhoneNumberToSmsCampaign', over, 'selectedNumberSizeExceedsCampaignCapacity');
  assert.deepEqual(numbersOf((await phoneGet(ids[CONTACT])).body), []);
  const ok = await nmAssign(ids[CONTACT], [a.id, b.id]);
  assertContract('assignAPhoneNumberToSmsCampaignForNumberManagement', ok);
  const full = await nmAssign(ids[CONTACT], [c.id]);
  assertDocumentedError('assignAPhoneNumberToSmsCampaignForNumberManagement', full, 1003004);
  const del = await s.api('DELETE', `/accounts/me/number_management/sms_campaigns/${ids[CONTACT]}/phone_numbers`, { query: { phone_number_ids: a.id } });
  assertContract('unassignPhoneNumberFromSmsCampaign', del);
  assertContract('assignAPhoneNumberToSmsCampaignForNumberManagement', await nmAssign(ids[CONTACT], [c.id]));
  assert.deepEqual(numbersOf((await phoneGet(ids[CONTACT])).body), [b.id, c.id].sort());
  const both = await s.api('DELETE', `/accounts/me/number_management/sms_campaigns/${ids[CONTACT]}/phone_numbers`, { query: { phone_number_ids: `${b.id},${c.id}` } });
  assertContract('unassignPhoneNumberFromSmsCampaign', both);
  assert.deepEqual(numbersOf((await nmGet(ids[CONTACT])).body), []);
});

test('a number deleted in another view leaves its campaign and gives its seat back', async () => {
  // The contact-center campaign holds two numbers at most.
  const [a, b, c] = [await addNumber(s), await addNumber(s), await addNumber(s)];
  assertContract('assignAPhoneNumberToSmsCampaignForNumberManagement', await nmAssign(ids[CONTACT], [a.id, b.id]));
  assertDocumentedError('assignAPhoneNumberToSmsCampaignForNumberManagement', await nmAssign(ids[CONTACT], [c.id]), 1003004);
  const gone = await s.api('DELETE', '/accounts/me/number_management/numbers', { query: { numbers: a.number } });
  assert.equal(gone.status, 204);
  assert.deepEqual(numbersOf((await phoneGet(ids[CONTACT])).body), [b.id]);
  assertContract('assignAPhoneNumberToSmsCampaignForNumberManagement', await nmAssign(ids[CONTACT], [c.id]));
  assert.deepEqual(numbersOf((await nmGet(ids[CONTACT])).body), [b.id, c.id].sort());
  const both = await s.api('DELETE', `/accounts/me/number_management/sms_campaigns/${ids[CONTACT]}/phone_numbers`, { query: { phone_number_ids: `${b.id},${c.id}` } });
  assertContract('unassignPhoneNumberFromSmsCampaign', both);
});

test('Number Management assign/unassign: documented limits and unknown campaign', async () => {
  const many = Array.from({ length: 201 }, (_, i) => `id-${i}`);
  assertDocumentedError('assignAPhoneNumberToSmsCampaignForNumberManagement', await nmAssign(ids[CARE], many), 1003);
  const manyQuery = await s.api('DELETE', `/accounts/me/number_management/sms_campaigns/${ids[CARE]}/phone_numbers`, { query: { phone_number_ids: many.join(',') } });
  assertDocumentedError('unassignPhoneNumberFromSmsCampaign', manyQuery, 1003);
  const n = await addNumber(s);
  assertUndocumentedError(await nmAssign('C-unknown', [n.id]), 404, 404, 'Invalid campaign ID.');
  const unknownDel = await s.api('DELETE', '/accounts/me/number_management/sms_campaigns/C-unknown/phone_numbers', { query: { phone_number_ids: n.id } });
  assertUndocumentedError(unknownDel, 404, 404, 'Invalid campaign ID.');
  // A number of the account that is not in the campaign, after one that is: nothing is removed.
  const held = numbersOf((await nmGet(ids[CARE])).body);
  const notHeld = await s.api('DELETE', `/accounts/me/number_management/sms_campaigns/${ids[CARE]}/phone_numbers`, { query: { phone_number_ids: `${held[0]},${n.id}` } });
  assertUndocumentedError(notHeld, 400, 400, 'The campaign does not have the number.');
  assert.deepEqual(numbersOf((await nmGet(ids[CARE])).body), held);
});

test("Number Management assign refuses in the Phone page's words, and nothing changes", async () => {
  const before = numbersOf((await nmGet(ids[CARE])).body);
  const free = await addNumber(s);
  const other = await otherAccount(s, 'sms-other-nm');
  const foreign = await addNumber(s, { accountId: other.accountId });
  const subNumber = await addNumber(s, { accountId: SUB });
  const pending = await addNumber(s, { status: 'Pending' });
  const tollFree = await addNumber(s, { number_type: 'TollFree' });
  const byoc = await addNumber(s, { source: 'BYOCCloud' });
  const springNumber = numbersOf((await nmGet(ids[SPRING])).body)[0];
  const cases: [string, string[], number, string][] = [
    [ids[SPRING], [free.id], 400, 'The campaign is not active.'],
    [ids[HOLIDAY], [free.id], 400, 'The campaign is not active.'],
    [ids[CARE], [free.id, 'no-such-number'], 400, 'Numbers both not available.'],
    [ids[CARE], [free.id, foreign.id], 400, 'Numbers both not available.'],
    // A sub account's number cannot join the master's campaign.
    [ids[CARE], [free.id, subNumber.id], 400, 'Numbers both not available.'],
    [ids[CARE], [free.id, pending.id], 400, `Can not assign campaign to pending number: ${pending.number}.`],
    [ids[CARE], [free.id, tollFree.id], 400, `Can not assign campaign to toll free number: ${tollFree.number}.`],
    [ids[CARE], [free.id, byoc.id], 400, `Can not enable sms for BYOC number: ${byoc.number}.`],
    [ids[CARE], [free.id, springNumber], 400, 'Can not assign campaign to pending campaign number.'],
  ];
  for (const [campaign, numbers, code, message] of cases) assertUndocumentedError(await nmAssign(campaign, numbers), 400, code, message);
  assert.deepEqual(numbersOf((await nmGet(ids[CARE])).body), before);
});

test('Phone unassign: documented errors', async () => {
  const n = await addNumber(s);
  const missing = await s.api('DELETE', `/phone/sms_campaigns/C-unknown/phone_numbers/${n.id}`);
  assertDocumentedError('unassignAPhoneNumberForSmsCampaign', missing, 'campaignDoesNotExist');
  const notHeld = await s.api('DELETE', `/phone/sms_campaigns/${ids[CARE]}/phone_numbers/${n.id}`);
  assertDocumentedError('unassignAPhoneNumberForSmsCampaign', notHeld, 'campaignDoesNotHaveTheNumber');
  // Held by another campaign is not held by this one; that campaign keeps it.
  assertContract('assignAPhoneNumberToSmsCampaign', await phoneAssign(ids[CARE], [{ id: n.id }]));
  const elsewhere = await s.api('DELETE', `/phone/sms_campaigns/${ids[CONTACT]}/phone_numbers/${n.id}`);
  assertDocumentedError('unassignAPhoneNumberForSmsCampaign', elsewhere, 'campaignDoesNotHaveTheNumber');
  assert.ok(numbersOf((await phoneGet(ids[CARE])).body).includes(n.id));
  // {phoneNumberId} may be the number itself, in E.164.
  assertContract('unassignAPhoneNumberForSmsCampaign', await s.api('DELETE', `/phone/sms_campaigns/${ids[CARE]}/phone_numbers/${encodeURIComponent(n.number)}`));
  assert.ok(!numbersOf((await phoneGet(ids[CARE])).body).includes(n.id));
});
