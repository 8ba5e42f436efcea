// Campaign rules that need campaigns of their own (no operation creates one) or
// the sandbox clock held still: expiry without auto-renew, statuses the Number
// Management pages do not name, page-token lifetime, and the batch limits at
// and past their boundary. One server, its clock moved only by these tests.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { ManualClock } from '../../../src/clock.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';
import { LOA, addCampaign, addNumber, addNumbers, numbersOf } from './fixtures.ts';

const DAY = 24 * 60 * 60 * 1000;
const clock = new ManualClock();
let s: TestServer;
let token: string;

/** A token issued at the clock's present: one issued before a move of more than an hour has expired. */
async function renewToken(): Promise<void> {
  const res = await fetch(`${s.base}/oauth/token?grant_type=account_credentials&account_id=${DEMO_DEFAULTS.accountId}`, {
    method: 'POST',
    headers: { authorization: 'Basic ' + Buffer.from(`${DEMO_DEFAULTS.clientId}:${DEMO_DEFAULTS.clientSecret}`).toString('base64') },
  });
  assert.equal(res.status, 200);
  token = ((await res.json()) as { access_token: string }).access_token;
}

async function advance(ms: number): Promise<void> {
  clock.advance(ms);
  await renewToken();
}

before(async () => {
  s = await startServer({ clock });
  await renewToken();
});
after(() => s.close());

const api = (method: string, path: string, opts: { body?: unknown; query?: Record<string, string | number> } = {}) => s.api(method, path, { ...opts, token });
const phoneGet = (id: string) => api('GET', `/phone/sms_campaigns/${id}`);
const nmGet = (id: string) => api('GET', `/accounts/me/number_management/sms_campaigns/${id}`);
const phoneAssign = (id: string, phone_numbers: { id?: string; number?: string }[]) =>
  api('POST', `/phone/sms_campaigns/${id}/phone_numbers`, { body: { ...LOA, phone_numbers } });
const nmAssign = (id: string, phone_number_ids: string[]) =>
  api('POST', `/accounts/me/number_management/sms_campaigns/${id}/phone_numbers`, { body: { ...LOA, phone_number_ids } });
const nmUnassign = (id: string, ids: string[]) =>
  api('DELETE', `/accounts/me/number_management/sms_campaigns/${id}/phone_numbers`, { query: { phone_number_ids: ids.join(',') } });

async function listed(path: string, items: string, key: string, id: string) {
  const res = await api('GET', path, { query: { page_size: 300 } });
  assert.equal(res.status, 200);
  return res.body[items].find((c: Record<string, unknown>) => c[key] === id);
}

test('a campaign without auto-renew expires 90 days from its creation', async () => {
  const lapsing = await addCampaign(s, { auto_renew: false });
  const renewing = await addCampaign(s, { auto_renew: true });
  const [held, later] = [await addNumber(s), await addNumber(s)];
  const created = await phoneGet(lapsing);
  assertContract('getAnSmsCampaign', created);
  assert.equal(created.body.auto_renew, false);
  assert.equal(created.body.status, 'active');
  assertContract('assignAPhoneNumberToSmsCampaign', await phoneAssign(lapsing, [{ id: held.id }]));

  await advance(90 * DAY - 1);
  assert.equal((await phoneGet(lapsing)).body.status, 'active');

  await advance(1);
  const phone = await phoneGet(lapsing);
  assertContract('getAnSmsCampaign', phone);
  assert.equal(phone.body.status, 'expired');
  const nm = await nmGet(lapsing);
  assertContract('getAnSmsCampaignForNumberManagement', nm);
  assert.equal(nm.body.status, 'expired');
  assert.equal((await listed('/phone/sms_campaigns', 'sms_campaigns', 'id', lapsing)).status, 'expired');
  assert.equal((await listed('/accounts/me/number_management/sms_campaigns', 'sms_campaigns', 'sms_campaign_id', lapsing)).status, 'expired');
  const renewed = await phoneGet(renewing);
  assert.equal(renewed.body.auto_renew, true);
  assert.equal(renewed.body.status, 'active');

  // Expired, it takes no number in either view; the one it held is still shown.
  assertDocumentedError('assignAPhoneNumberToSmsCampaign', await phoneAssign(lapsing, [{ id: later.id }]), 'campaignIsNotActive');
  assertUndocumentedError(await nmAssign(lapsing, [later.id]), 400, 400, 'The campaign is not active.');
  assert.deepEqual(numbersOf((await nmGet(lapsing)).body), [held.id]);
  assertContract('assignAPhoneNumberToSmsCampaign', await phoneAssign(renewing, [{ id: later.id }]));
});

test('the status follows the clock though nothing was written since it was last read', async () => {
  const lapsing = await addCampaign(s, { auto_renew: false });
  await advance(90 * DAY - 30 * 60 * 1000);
  assert.equal((await phoneGet(lapsing)).body.status, 'active');
  assert.equal((await listed('/phone/sms_campaigns', 'sms_campaigns', 'id', lapsing)).status, 'active');
  // The token issued by advance() is still good: nothing is written between these reads.
  clock.advance(30 * 60 * 1000);
  assert.equal((await phoneGet(lapsing)).body.status, 'expired');
  assert.equal((await listed('/phone/sms_campaigns', 'sms_campaigns', 'id', lapsing)).status, 'expired');
});

test("a draft or exception-status campaign shows in each view's words and takes no number", async () => {
  const draft = await addCampaign(s, { status: 'draft' });
  const odd = await addCampaign(s, { status: 'suspended' });
  const n = await addNumber(s);
  const phoneDraft = await phoneGet(draft);
  assertContract('getAnSmsCampaign', phoneDraft);
  assert.equal(phoneDraft.body.status, 'draft');
  const phoneOdd = await phoneGet(odd);
  assertContract('getAnSmsCampaign', phoneOdd);
  assert.equal(phoneOdd.body.status, '--');
  assert.equal((await listed('/phone/sms_campaigns', 'sms_campaigns', 'id', odd)).status, '--');
  // Number Management names no draft: "Returns `--` if the campaign is in an exception status" (its enum leaves `--` out).
  for (const id of [draft, odd]) {
    const nm = await nmGet(id);
    assert.equal(nm.status, 200);
    assert.equal(nm.body.status, '--');
    assert.equal((await listed('/accounts/me/number_management/sms_campaigns', 'sms_campaigns', 'sms_campaign_id', id)).status, '--');
    assertDocumentedError('assignAPhoneNumberToSmsCampaign', await phoneAssign(id, [{ id: n.id }]), 'campaignIsNotActive');
  }
});

test('page tokens of the sms lists expire after 15 minutes', async () => {
  await addCampaign(s);
  const consent = await api('POST', '/accounts/me/number_management/sms_consent', {
    body: {
      consent_name: 'Paged',
      status: true,
      in_out_bound: {
        opt_in_message: { prompt: 'START?', keywords: ['START'], confirmation_message: 'ok' },
        opt_out_message: { message: 'bye', keywords: ['STOP'] },
        help_message: { message: 'help', keywords: ['HELP'] },
        disclaimer: { message: 'rates', enable: false },
      },
    },
  });
  assertContract('createAnSmsConsentPolicy', consent);
  const numbers = await addNumbers(s, 2);
  const consentNumbers = `/accounts/me/number_management/sms_consent/${consent.body.consent_id}/phone_numbers`;
  assertContract('assignPhoneNumbersToSmsConsentPolicy', await api('POST', consentNumbers, { body: { phone_number_ids: numbers.map((n) => n.id) } }));

  const lists: [string, string][] = [
    ['listSmsCampaigns', '/phone/sms_campaigns'],
    ['listSmsCampaignsForNumberManagement', '/accounts/me/number_management/sms_campaigns'],
    ['listSmsConsentPolicies', '/accounts/me/number_management/sms_consent'],
    ['listPhoneNumbersAssignedToSmsConsentPolicy', consentNumbers],
  ];
  const tokens = new Map<string, string>();
  for (const [op, path] of lists) {
    const first = await api('GET', path, { query: { page_size: 1 } });
    assertContract(op, first);
    assert.ok(first.body.next_page_token, op);
    tokens.set(op, first.body.next_page_token);
  }
  clock.advance(15 * 60 * 1000);
  for (const [op, path] of lists) assertContract(op, await api('GET', path, { query: { page_size: 1, next_page_token: tokens.get(op)! } }));
  clock.advance(1);
  const late = (op: string, path: string) => api('GET', path, { query: { page_size: 1, next_page_token: tokens.get(op)! } });
  const [[phoneOp, phonePath], ...others] = lists;
  // Only the Phone list documents its answer; the others answer the sandbox's (src/kit/list.ts).
  assertDocumentedError('listSmsCampaigns', await late(phoneOp, phonePath), 'nextPageTokenIsInvalidOr');
  for (const [op, path] of others) assertUndocumentedError(await late(op, path), 400, 300, 'The next page token is invalid or expired.');
});

test('Phone assign takes 49 numbers and refuses 50', async () => {
  const campaign = await addCampaign(s, { capacity: 100 });
  const numbers = await addNumbers(s, 50);
  const fifty = await phoneAssign(campaign, numbers.map((n) => ({ id: n.id })));
  assertDocumentedError('assignAPhoneNumberToSmsCampaign', fifty, 'maximumSizeForPhoneNumbersIs');
  assert.deepEqual(numbersOf((await phoneGet(campaign)).body), []);
  // Named by E.164 this time: the answer gives each number's id and E.164.
  const res = await phoneAssign(campaign, numbers.slice(0, 49).map((n) => ({ number: n.number })));
  assertContract('assignAPhoneNumberToSmsCampaign', res);
  assert.deepEqual(
    res.body.phone_numbers.map((n: { id: string; number: string }) => `${n.id} ${n.number}`).sort(),
    numbers.slice(0, 49).map((n) => `${n.id} ${n.number}`).sort(),
  );
  assert.equal((await phoneGet(campaign)).body.phone_numbers.length, 49);
});

test('Number Management assign and unassign take 200 numbers and refuse 201', async () => {
  const campaign = await addCampaign(s, { capacity: 300 });
  const numbers = await addNumbers(s, 201);
  const ids = numbers.map((n) => n.id);
  assertDocumentedError('assignAPhoneNumberToSmsCampaignForNumberManagement', await nmAssign(campaign, ids), 'tooManyNumbersShouldLessThan');
  assert.deepEqual(numbersOf((await nmGet(campaign)).body), []);
  assertContract('assignAPhoneNumberToSmsCampaignForNumberManagement', await nmAssign(campaign, ids.slice(0, 200)));
  assert.deepEqual(numbersOf((await nmGet(campaign)).body), ids.slice(0, 200).sort());

  assertDocumentedError('unassignPhoneNumberFromSmsCampaign', await nmUnassign(campaign, ids), 'tooManyNumbersShouldLessThan');
  assert.equal((await nmGet(campaign)).body.phone_numbers.length, 200);
  assertContract('unassignPhoneNumberFromSmsCampaign', await nmUnassign(campaign, ids.slice(0, 200)));
  assert.deepEqual(numbersOf((await nmGet(campaign)).body), []);
});
