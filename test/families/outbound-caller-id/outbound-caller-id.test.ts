// The outbound-caller-id family through the HTTP API: the customized outbound caller
// ID lists of the account, its sites and its users. The demo account has three sites
// (multiple sites on: its sites' lists are managed, its account list is not); the
// demo sub account has one (its account list is managed, its sites' are not).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type ApiResponse, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { addNumber as addFixtureNumber, otherAccount } from '../../support/fixtures.ts';
import { addUser, DEMO, sites, SUB, tokenFor } from '../../support/org.ts';
import { assertPageTokensExpire } from '../../support/pages.ts';

let s: TestServer;
let siteIds: string[];
let subToken: string;
before(async () => {
  s = await startServer();
  siteIds = (await sites(s)).map((x) => x.id);
  subToken = await tokenFor(s, SUB);
});
after(() => s.close());

const ACCOUNT = '/phone/outbound_caller_id/customized_numbers';
const SITE = (siteId: string) => `/phone/sites/${encodeURIComponent(siteId)}/outbound_caller_id/customized_numbers`;
const USER = (userId: string) => `/phone/users/${encodeURIComponent(userId)}/outbound_caller_id/customized_numbers`;

type Opts = { token?: string; query?: Record<string, string | number> };
const list = (path: string, opts: Opts = {}) => s.api('GET', path, opts);
const add = (path: string, ids: string[] | undefined, opts: Opts = {}) => s.api('POST', path, { ...opts, body: ids === undefined ? {} : { phone_number_ids: ids } });
const remove = (path: string, ids: string[], opts: Opts = {}) => s.api('DELETE', path, { ...opts, query: ids.length ? { customize_ids: ids.join(',') } : {} });

/** A fresh Zoom Phone number of the account (the demo's by default), on a site, able to call in and out. */
const freshNumber = (opts: { accountId?: string; siteId?: string | null; assigneeId?: string } = {}) =>
  addFixtureNumber(s, { accountId: opts.accountId, site_id: opts.siteId ?? null, assigneeId: opts.assigneeId, prefix: '+1415666' });

/** Every item of a list, page after page. */
async function all(path: string, opts: Opts = {}): Promise<any[]> {
  const items: any[] = [];
  let token = '';
  do {
    const res = await list(path, { ...opts, query: { ...opts.query, page_size: 300, ...(token ? { next_page_token: token } : {}) } });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    items.push(...res.body.customize_numbers);
    token = res.body.next_page_token;
  } while (token);
  return items;
}

const numberIdsOf = (items: any[]) => items.map((i) => i.phone_number_id);
const MULTI_SITES = 'Account level settings cannot be managed until disable multiple sites.';
const SINGLE_SITE = 'Validation Failed. Multiple Site is disabled.';
const refusedAs = (res: ApiResponse, message: string | RegExp) => assertUndocumentedError(res, 400, 300, message);

test("a site's list shows each number with its holder's extension and its site, as the numbers API shows them", async () => {
  const res = await list(SITE(siteIds[0]));
  assertContract('listCustomizedOutboundCallerIdPhoneNumbers', res);
  assert.ok(res.body.customize_numbers.length >= 1, 'the demo main site has customized numbers');
  assert.equal(res.body.total_records, res.body.customize_numbers.length);
  for (const item of res.body.customize_numbers) {
    const number = await s.api('GET', `/phone/numbers/${item.phone_number_id}`);
    assert.equal(number.status, 200);
    assert.equal(item.phone_number, number.body.number);
    assert.equal(item.display_name, number.body.display_name);
    assert.deepEqual(item.site, number.body.site);
    assert.equal(item.extension_type, number.body.assignee.type);
    assert.equal(item.extension_name, number.body.assignee.name);
    assert.equal(item.extension_number, String(number.body.assignee.extension_number));
    assert.equal(typeof item.extension_id, 'string');
    assert.equal(item.incoming, number.body.capability.includes('incoming'));
    assert.equal(item.outgoing, number.body.capability.includes('outgoing'));
    assert.equal(typeof item.customize_id, 'string');
  }
});

test("numbers added to a site's list are listed; selected=false lists the account's numbers not yet added", async () => {
  const site = siteIds[1];
  const [a, b, c] = [await freshNumber({ siteId: site }), await freshNumber({ siteId: siteIds[2] }), await freshNumber()];
  const before = numberIdsOf(await all(SITE(site)));
  const res = await add(SITE(site), [a.id, b.id]);
  assertContract('addCustomizedOutboundCallerIdPhoneNumbers', res);
  const after = await all(SITE(site));
  assert.deepEqual(numberIdsOf(after), [...before, a.id, b.id]);
  const shown = after.find((i) => i.phone_number_id === a.id);
  assert.equal(shown.phone_number, a.number);
  assert.deepEqual([shown.incoming, shown.outgoing], [true, true]);
  assert.equal(shown.site.id, site);
  assert.equal(shown.extension_id, undefined, 'an unassigned number has no extension');
  const explicit = await list(SITE(site), { query: { selected: 'true' } });
  assertContract('listCustomizedOutboundCallerIdPhoneNumbers', explicit);
  assert.deepEqual(numberIdsOf(explicit.body.customize_numbers), numberIdsOf(after));
  const notYet = await all(SITE(site), { query: { selected: 'false' } });
  assert.ok(numberIdsOf(notYet).includes(c.id));
  assert.ok(!numberIdsOf(notYet).includes(a.id) && !numberIdsOf(notYet).includes(b.id));
  assert.ok(notYet.every((i) => i.customize_id === undefined), 'a number not yet added has no customization');
  // Another site's list is its own.
  assert.ok(!numberIdsOf(await all(SITE(siteIds[2]))).includes(a.id));
});

test('a number already in the list, or one the account does not have, is refused and adds nothing', async () => {
  const site = siteIds[1];
  const [a, b] = [await freshNumber({ siteId: site }), await freshNumber({ siteId: site })];
  assert.equal((await add(SITE(site), [a.id])).status, 201);
  const before = await all(SITE(site));
  refusedAs(await add(SITE(site), [b.id, a.id]), `Validation Failed. Phone number ${a.number} has already been added.`);
  refusedAs(await add(SITE(site), [b.id, 'no-such-number']), 'Validation Failed. Phone number does not exist: no-such-number.');
  refusedAs(await add(SITE(site), []), 'Validation Failed. phone_number_ids is required.');
  refusedAs(await add(SITE(site), undefined), 'Validation Failed. phone_number_ids is required.');
  // A number the account holds for another product is no Zoom Phone number.
  const contactCenter = await addFixtureNumber(s, { allocated_product: 'ZOOM_CONTACT_CENTER', prefix: '+1415667' });
  refusedAs(await add(SITE(site), [contactCenter.id]), `Validation Failed. Phone number does not exist: ${contactCenter.id}.`);
  assert.deepEqual(await all(SITE(site)), before);
  // The same number twice in one request is added once.
  assert.equal((await add(SITE(site), [b.id, b.id])).status, 201);
  assert.equal(numberIdsOf(await all(SITE(site))).filter((id) => id === b.id).length, 1);
});

test('removing customizations takes them out of the list; an id the list does not hold is refused and removes nothing', async () => {
  const user = await addUser(s, { siteId: siteIds[0] });
  const [a, b] = [await freshNumber(), await freshNumber()];
  assert.equal((await add(USER(user), [a.id, b.id])).status, 201);
  const [ca, cb] = (await all(USER(user))).map((i) => i.customize_id);
  refusedAs(await remove(USER(user), [ca, 'no-such-customization']), 'Validation Failed. Customized number does not exist: no-such-customization.');
  refusedAs(await remove(USER(user), []), 'Validation Failed. customize_ids is required.');
  // A customization of another list is not this list's.
  assert.equal((await add(SITE(siteIds[1]), [a.id])).status, 201);
  const siteCustomization = (await all(SITE(siteIds[1]))).find((i) => i.phone_number_id === a.id).customize_id;
  refusedAs(await remove(USER(user), [siteCustomization]), `Validation Failed. Customized number does not exist: ${siteCustomization}.`);
  assert.equal((await all(USER(user))).length, 2);
  const res = await remove(USER(user), [ca]);
  assertContract('removeUsersCustomizedOutboundCallerIdPhoneNumbers', res);
  assert.deepEqual(numberIdsOf(await all(USER(user))), [b.id]);
  assert.ok(numberIdsOf(await all(SITE(siteIds[1]))).includes(a.id), "the site's list keeps its own");
  // Removed, the number can be added again, with a new customization.
  assert.equal((await add(USER(user), [a.id])).status, 201);
  const again = await all(USER(user));
  assert.deepEqual(numberIdsOf(again), [b.id, a.id]);
  assert.notEqual(again[1].customize_id, ca);
  // The SDK writes arrays as customize_ids[]=…&customize_ids[]=…
  const both = await s.api('DELETE', `${USER(user)}?customize_ids[]=${cb}&customize_ids[]=${again[1].customize_id}`);
  assert.equal(both.status, 204, JSON.stringify(both.body));
  assert.deepEqual(await all(USER(user)), []);
  // The site's list removes its own the same way.
  assertContract('removeCustomizedOutboundCallerIdPhoneNumbers', await remove(SITE(siteIds[1]), [siteCustomization]));
  assert.ok(!numberIdsOf(await all(SITE(siteIds[1]))).includes(a.id));
});

test('a site the account does not have answers the documented error', async () => {
  const n = await freshNumber();
  assertDocumentedError('addCustomizedOutboundCallerIdPhoneNumbers', await add(SITE('no-such-site'), [n.id]), 'validationFailedSiteDoesNotExist');
  assertDocumentedError('removeCustomizedOutboundCallerIdPhoneNumbers', await remove(SITE('no-such-site'), ['x']), 'validationFailedSiteDoesNotExist');
  refusedAs(await list(SITE('no-such-site')), 'Validation Failed. Site does not exist.');
});

test("the account's list is refused while the account has multiple sites", async () => {
  const n = await freshNumber();
  refusedAs(await list(ACCOUNT), MULTI_SITES);
  refusedAs(await add(ACCOUNT, [n.id]), MULTI_SITES);
  refusedAs(await remove(ACCOUNT, ['x']), MULTI_SITES);
});

test("an account with one site manages its own list, and not its site's", async () => {
  const token = subToken;
  const [main] = await sites(s, SUB);
  assert.ok(main, 'the sub account has its main site');
  const [a, b] = [await freshNumber({ accountId: SUB, siteId: main.id }), await freshNumber({ accountId: SUB })];
  const res = await add(ACCOUNT, [a.id, b.id], { token });
  assertContract('addPhoneNumbersForAnAccountsCustomizedOutboundCallerId', res);
  const listed = await list(ACCOUNT, { token });
  assertContract('listAnAccountsCustomizedOutboundCallerIdPhoneNumbers', listed);
  assert.deepEqual(numberIdsOf(listed.body.customize_numbers), [a.id, b.id]);
  assert.deepEqual(listed.body.customize_numbers[0].site, { id: main.id, name: main.name });
  assert.equal(listed.body.customize_numbers[1].site, undefined);
  const gone = await remove(ACCOUNT, [listed.body.customize_numbers[0].customize_id], { token });
  assertContract('deletePhoneNumbersForAnAccountsCustomizedOutboundCallerId', gone);
  assert.deepEqual(numberIdsOf(await all(ACCOUNT, { token })), [b.id]);
  refusedAs(await list(SITE(main.id), { token }), SINGLE_SITE);
  refusedAs(await add(SITE(main.id), [a.id], { token }), SINGLE_SITE);
  refusedAs(await remove(SITE(main.id), ['x'], { token }), SINGLE_SITE);
  // The demo account's numbers are not the sub account's.
  const demoNumber = await freshNumber();
  refusedAs(await add(ACCOUNT, [demoNumber.id], { token }), `Validation Failed. Phone number does not exist: ${demoNumber.id}.`);
});

test('a user is named by its id: "me" is an invalid user id, a user the account does not have is not found', async () => {
  const n = await freshNumber();
  assertDocumentedError('listUsersPhoneNumbersForACustomizedOutboundCallerId', await list(USER('me')), 'invalidUserId');
  assertDocumentedError('addPhoneNumbersForUsersCustomizedOutboundCallerId', await add(USER('me'), [n.id]), 'invalidUserId');
  assertDocumentedError('listUsersPhoneNumbersForACustomizedOutboundCallerId', await list(USER('no-such-user')), 'userDoesNotExist');
  assertDocumentedError('addPhoneNumbersForUsersCustomizedOutboundCallerId', await add(USER('no-such-user'), [n.id]), 'userDoesNotExist');
  assertUndocumentedError(await remove(USER('no-such-user'), ['x']), 404, 1001, 'User does not exist:no-such-user.');
});

test("each user keeps a list of its own, apart from its site's and the account's", async () => {
  const [u1, u2] = [await addUser(s, { siteId: siteIds[0] }), await addUser(s, { siteId: siteIds[0] })];
  const n = await freshNumber({ siteId: siteIds[0] });
  const res = await add(USER(u1), [n.id]);
  assertContract('addPhoneNumbersForUsersCustomizedOutboundCallerId', res);
  const listed = await list(USER(u1));
  assertContract('listUsersPhoneNumbersForACustomizedOutboundCallerId', listed);
  assert.deepEqual(numberIdsOf(listed.body.customize_numbers), [n.id]);
  assert.deepEqual(await all(USER(u2)), []);
  assert.ok(!numberIdsOf(await all(SITE(siteIds[0]))).includes(n.id));
  // The user's email names it too.
  const email = (await s.sandbox.db.selectFrom('phone_users').select('email').where('id', '=', u1).executeTakeFirstOrThrow()).email;
  assert.deepEqual(numberIdsOf(await all(USER(email))), [n.id]);
});

test('site_id, extension_type and keyword pick the numbers of a list and of the numbers not yet added', async () => {
  const user = await addUser(s, { siteId: siteIds[0], extension: 48213 });
  const holder = await addUser(s, { siteId: siteIds[1], extension: 48377 });
  const onSite = await freshNumber({ siteId: siteIds[1] });
  const held = await freshNumber({ siteId: siteIds[1], assigneeId: holder });
  const queueNumber = (await all(SITE(siteIds[0]))).find((i) => i.extension_type === 'callQueue');
  assert.ok(queueNumber, 'the demo main site lists a call queue number');
  assert.equal((await add(USER(user), [onSite.id, held.id, queueNumber.phone_number_id])).status, 201);
  const pick = (query: Record<string, string>) => all(USER(user), { query }).then(numberIdsOf);
  assert.deepEqual(await pick({ site_id: siteIds[1] }), [onSite.id, held.id]);
  assert.deepEqual(await pick({ extension_type: 'callQueue' }), [queueNumber.phone_number_id]);
  assert.deepEqual(await pick({ extension_type: 'autoReceptionist' }), []);
  assert.deepEqual(await pick({ keyword: onSite.number.slice(-4) }), [onSite.id]);
  assert.deepEqual(await pick({ keyword: '48377' }), [held.id], "the holder's extension number");
  assert.deepEqual(await pick({ site_id: 'no-such-site' }), []);
  const filtered = await list(USER(user), { query: { site_id: siteIds[1], page_size: 1 } });
  assertContract('listUsersPhoneNumbersForACustomizedOutboundCallerId', filtered);
  assert.equal(filtered.body.total_records, 2);
  const heldItem = (await all(USER(user))).find((i) => i.phone_number_id === held.id);
  assert.deepEqual([heldItem.extension_type, heldItem.extension_number], ['user', '48377']);
  // The numbers not yet added, filtered the same way.
  const notYet = await all(USER(user), { query: { selected: 'false', extension_type: 'callQueue' } });
  assert.ok(notYet.length > 0 && notYet.every((i) => i.extension_type === 'callQueue'));
  assert.ok(!numberIdsOf(notYet).includes(queueNumber.phone_number_id));
  const other = await freshNumber({ siteId: siteIds[1] });
  assert.deepEqual(numberIdsOf(await all(USER(user), { query: { selected: 'false', keyword: other.number } })), [other.id]);
  assert.deepEqual(numberIdsOf(await all(USER(user), { query: { selected: 'false', keyword: onSite.number } })), []);
});

test('the lists page by next_page_token, 300 a page at most', async () => {
  const user = await addUser(s, { siteId: siteIds[0] });
  const numbers = [];
  for (let i = 0; i < 5; i++) numbers.push(await freshNumber());
  assert.equal((await add(USER(user), numbers.map((n) => n.id))).status, 201);
  const first = await list(USER(user), { query: { page_size: 2 } });
  assertContract('listUsersPhoneNumbersForACustomizedOutboundCallerId', first);
  assert.deepEqual([first.body.page_size, first.body.total_records, first.body.customize_numbers.length], [2, 5, 2]);
  assert.notEqual(first.body.next_page_token, '');
  const seen = numberIdsOf(first.body.customize_numbers);
  let token = first.body.next_page_token;
  while (token) {
    const page = await list(USER(user), { query: { page_size: 2, next_page_token: token } });
    assert.equal(page.status, 200);
    seen.push(...numberIdsOf(page.body.customize_numbers));
    token = page.body.next_page_token;
  }
  assert.deepEqual(seen, numbers.map((n) => n.id));
  assert.equal((await list(USER(user), { query: { page_size: 300 } })).status, 200);
  const tooMany = await list(USER(user), { query: { page_size: 301 } });
  assertUndocumentedError(tooMany, 400, 300, 'Validation Failed.');
  assert.equal(tooMany.body.errors[0].field, 'page_size');
  assertDocumentedError('listUsersPhoneNumbersForACustomizedOutboundCallerId', await list(USER(user), { query: { next_page_token: 'not-a-token' } }), 'nextPageTokenIsInvalidOr');
  // A token of one filter does not serve another.
  const filteredFirst = await list(USER(user), { query: { page_size: 2, keyword: '1415666' } });
  assert.notEqual(filteredFirst.body.next_page_token, '');
  assertDocumentedError(
    'listUsersPhoneNumbersForACustomizedOutboundCallerId',
    await list(USER(user), { query: { page_size: 2, next_page_token: filteredFirst.body.next_page_token } }),
    'nextPageTokenIsInvalidOr',
  );
});

test('a page token expires after 15 minutes', async () => {
  const user = await addUser(s, { siteId: siteIds[0] });
  const numbers = [await freshNumber(), await freshNumber()];
  assert.equal((await add(USER(user), numbers.map((n) => n.id))).status, 201);
  await assertPageTokensExpire(
    s,
    [
      { op: 'listUsersPhoneNumbersForACustomizedOutboundCallerId', get: (query) => list(USER(user), { query }) },
      { op: 'listCustomizedOutboundCallerIdPhoneNumbers', get: (query) => list(SITE(siteIds[0]), { query: { ...query, selected: 'false' } }) },
    ],
    (l, res) => {
      if (l.op === 'listUsersPhoneNumbersForACustomizedOutboundCallerId') assertDocumentedError(l.op, res, 'nextPageTokenIsInvalidOr');
      else refusedAs(res, 'The next page token is invalid or expired.');
    },
  );
});

test('a number deleted from the account leaves every list it was in', async () => {
  const user = await addUser(s, { siteId: siteIds[0] });
  const n = await freshNumber({ siteId: siteIds[1] });
  assert.equal((await add(USER(user), [n.id])).status, 201);
  assert.equal((await add(SITE(siteIds[1]), [n.id])).status, 201);
  const res = await s.api('DELETE', '/phone/numbers', { query: { phone_numbers: n.number } });
  assert.equal(res.status, 204, JSON.stringify(res.body));
  assert.ok(!numberIdsOf(await all(USER(user))).includes(n.id));
  assert.ok(!numberIdsOf(await all(SITE(siteIds[1]))).includes(n.id));
  const rows = await s.sandbox.db.selectFrom('outbound_caller_id_numbers').select('id').where('number_id', '=', n.id).execute();
  assert.deepEqual(rows, []);
});

test("a deleted site's list and a removed user's list go with them", async () => {
  const created = await s.api('POST', '/phone/sites', {
    body: { name: `Caller ID office ${Date.now()}`, auto_receptionist_name: 'Caller ID office AR', default_emergency_address: { address_line1: '55 Almaden Blvd', city: 'San Jose', state_code: 'CA', zip: '95113', country: 'US' } },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const siteId = created.body.id;
  const user = await addUser(s, { siteId: siteIds[0] });
  const [a, b] = [await freshNumber({ siteId }), await freshNumber()];
  assert.equal((await add(SITE(siteId), [a.id])).status, 201);
  assert.equal((await add(USER(user), [b.id])).status, 201);
  const deleted = await s.api('DELETE', `/phone/sites/${siteId}`, { query: { transfer_site_id: siteIds[0] } });
  assert.equal(deleted.status, 204, JSON.stringify(deleted.body));
  refusedAs(await list(SITE(siteId)), 'Validation Failed. Site does not exist.');
  assert.ok(!numberIdsOf(await all(SITE(siteIds[0]))).includes(a.id), "the transfer site's list stays its own");
  assert.equal((await s.admin('DELETE', `/accounts/${DEMO}/users/${user}`)).status, 204);
  assertDocumentedError('listUsersPhoneNumbersForACustomizedOutboundCallerId', await list(USER(user)), 'userDoesNotExist');
  const rows = await s.sandbox.db.selectFrom('outbound_caller_id_numbers').select('id').where('owner_id', 'in', [siteId, user]).execute();
  assert.deepEqual(rows, []);
});

test("another account neither sees nor changes the account's lists", async () => {
  const other = await otherAccount(s, 'outbound-caller-id-other');
  const token = other.token;
  const user = await addUser(s, { siteId: siteIds[0] });
  const n = await freshNumber();
  assert.equal((await add(USER(user), [n.id])).status, 201);
  const [customization] = await all(USER(user));
  assertDocumentedError('listUsersPhoneNumbersForACustomizedOutboundCallerId', await list(USER(user), { token }), 'userDoesNotExist');
  assertDocumentedError('addPhoneNumbersForUsersCustomizedOutboundCallerId', await add(USER(user), [n.id], { token }), 'userDoesNotExist');
  assertUndocumentedError(await remove(USER(user), [customization.customize_id], { token }), 404, 1001, `User does not exist:${user}.`);
  assertDocumentedError('addCustomizedOutboundCallerIdPhoneNumbers', await add(SITE(siteIds[0]), [n.id], { token }), 'validationFailedSiteDoesNotExist');
  refusedAs(await list(SITE(siteIds[0]), { token }), 'Validation Failed. Site does not exist.');
  // Its own account list (it has no site: multiple sites off) neither takes the demo's numbers nor its customizations.
  refusedAs(await add(ACCOUNT, [n.id], { token }), `Validation Failed. Phone number does not exist: ${n.id}.`);
  refusedAs(await remove(ACCOUNT, [customization.customize_id], { token }), `Validation Failed. Customized number does not exist: ${customization.customize_id}.`);
  assert.deepEqual(await all(ACCOUNT, { token }), []);
  assert.deepEqual(numberIdsOf(await all(USER(user))), [n.id]);
});

test('concurrent adds of one number: one wins, the others are refused', async () => {
  const user = await addUser(s, { siteId: siteIds[0] });
  const n = await freshNumber();
  const answers = await Promise.all([1, 2, 3, 4].map(() => add(USER(user), [n.id])));
  assert.deepEqual(answers.map((r) => r.status).sort(), [201, 400, 400, 400], JSON.stringify(answers.map((r) => r.body)));
  for (const r of answers.filter((r) => r.status === 400)) refusedAs(r, `Validation Failed. Phone number ${n.number} has already been added.`);
  assert.deepEqual(numberIdsOf(await all(USER(user))), [n.id]);
});

test('concurrent removes of one customization and an add racing a delete of its number leave no link behind', async () => {
  const user = await addUser(s, { siteId: siteIds[0] });
  const [a, b] = [await freshNumber(), await freshNumber()];
  assert.equal((await add(USER(user), [a.id])).status, 201);
  const [c] = await all(USER(user));
  const removes = await Promise.all([1, 2, 3].map(() => remove(USER(user), [c.customize_id])));
  for (const r of removes) assert.ok(r.status === 204 || r.status === 400, JSON.stringify(r.body));
  assert.ok(removes.some((r) => r.status === 204));
  assert.deepEqual(await all(USER(user)), []);
  const [added, deleted] = await Promise.all([add(USER(user), [b.id]), s.api('DELETE', '/phone/numbers', { query: { phone_numbers: b.number } })]);
  assert.ok(added.status === 201 || added.status === 400, JSON.stringify(added.body));
  assert.equal(deleted.status, 204, JSON.stringify(deleted.body));
  const rows = await s.sandbox.db.selectFrom('outbound_caller_id_numbers').select('id').where('number_id', '=', b.id).execute();
  assert.deepEqual(rows, []);
});
