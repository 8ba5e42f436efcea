import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type ApiResponse, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { addNumber, addUser, holdFor, otherAccount, siteIds, addDescribedNumber } from './fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const nm = (path: string) => `/accounts/me/number_management${path}`;

// The pages of deleteUnassignedPhoneNumbers and updateASitesUnassignedPhoneNumbers document
// 400 with code 300 and no words: the words are the server's (docs/undocumented-errors.md).
function refusedDelete(res: ApiResponse, message: string) {
  assertDocumentedError('deleteUnassignedPhoneNumbers', res, 'error300');
  assert.equal(res.body.message, message);
}
function refusedMove(res: ApiResponse, message: string) {
  assertDocumentedError('updateASitesUnassignedPhoneNumbers', res, 'error300');
  assert.equal(res.body.message, message);
}

/** The number as the Phone API shows it, or undefined when that view has no such number. */
async function phoneView(id: string) {
  const res = await s.api('GET', `/phone/numbers/${id}`);
  if (res.status === 400) {
    assertDocumentedError('getAPhoneNumber', res, 'phoneNumberDoesNotExistPhonenumberId');
    return undefined;
  }
  assertContract('getAPhoneNumber', res);
  return res.body;
}

/** `count` fresh unassigned Zoom Phone numbers. */
const someNumbers = async (count: number) => Promise.all(Array.from({ length: count }, () => addNumber(s)));

async function allPhone(query: Record<string, string | number> = {}) {
  const res = await s.api('GET', '/phone/numbers', { query: { page_size: 300, ...query } });
  assertContract('listPhoneNumbers', res);
  return res.body.phone_numbers as any[];
}

test('lists the Zoom Phone numbers with the Phone vocabulary, not Contact Center or unallocated ones', async () => {
  const res = await s.api('GET', '/phone/numbers');
  assertContract('listPhoneNumbers', res);
  assert.equal(res.body.total_records, res.body.phone_numbers.length);
  const byNumber = new Map(res.body.phone_numbers.map((p: any) => [p.number, p]));
  const demo: any = byNumber.get('+14085551000');
  assert.equal(demo.source, 'internal');
  assert.equal(demo.status, 'available');
  assert.equal(demo.number_type, 'toll');
  assert.deepEqual(demo.capability, ['incoming', 'outgoing']);
  assert.equal(demo.assignee.type, 'user');
  assert.equal((byNumber.get('+14085552000') as any).status, 'pending');
  assert.equal((byNumber.get('+14085551011') as any).number_type, 'tollfree');
  assert.equal((byNumber.get('+17205550100') as any).source, 'external');
  assert.ok(!byNumber.has('+18885550123'), 'a Contact Center number is not listed by Zoom Phone');
  assert.ok(!byNumber.has('+14085552001'), 'an unallocated number is not listed by Zoom Phone');
});

test('every documented filter narrows the list', async () => {
  const all = await allPhone({ type: 'all' });
  const assigned = await allPhone({ type: 'assigned' });
  const unassigned = await allPhone({ type: 'unassigned' });
  assert.ok(assigned.length > 0 && unassigned.length > 0);
  assert.equal(assigned.length + unassigned.length, all.length);
  assert.ok(assigned.every((p) => p.assignee));
  assert.ok(unassigned.every((p) => !p.assignee));
  const byoc = await allPhone({ type: 'byoc' });
  assert.ok(byoc.length > 0 && byoc.every((p) => p.source === 'external'));
  const users = await allPhone({ extension_type: 'user' });
  assert.deepEqual(users.map((p) => p.id).sort(), assigned.filter((p) => p.assignee.type === 'user').map((p) => p.id).sort());
  // The demo's call queues hold one number each.
  const queues = await allPhone({ extension_type: 'callQueue' });
  assert.ok(queues.length > 0);
  assert.deepEqual(queues.map((p) => p.id).sort(), assigned.filter((p) => p.assignee.type === 'callQueue').map((p) => p.id).sort());
  const tollfree = await allPhone({ number_type: 'tollfree' });
  const toll = await allPhone({ number_type: 'toll' });
  assert.ok(tollfree.length > 0 && tollfree.every((p) => p.number_type === 'tollfree'));
  assert.equal(tollfree.length + toll.length, all.length);
  const noPending = await allPhone({ pending_numbers: 'false' });
  assert.ok(noPending.every((p) => p.status !== 'pending'));
  assert.equal(noPending.length, all.length - all.filter((p) => p.status === 'pending').length);
  const [main] = await siteIds(s);
  const atMain = await allPhone({ site_id: main });
  assert.ok(atMain.length > 0 && atMain.every((p) => p.site.id === main));
  assert.ok(atMain.length < all.length);
});

test('pages through the list with next_page_token', async () => {
  const all = await allPhone();
  const seen: string[] = [];
  let token = '';
  do {
    const res = await s.api('GET', '/phone/numbers', { query: { page_size: 4, ...(token ? { next_page_token: token } : {}) } });
    assertContract('listPhoneNumbers', res);
    assert.equal(res.body.total_records, all.length);
    seen.push(...res.body.phone_numbers.map((p: any) => p.id));
    token = res.body.next_page_token;
  } while (token);
  assert.deepEqual(seen, all.map((p) => p.id));
});

test('gets a number by id or E.164; unknown or foreign ones are the documented 400', async () => {
  const n = await addNumber(s);
  const res = await s.api('GET', `/phone/numbers/${n.id}`);
  assertContract('getAPhoneNumber', res);
  assert.equal(res.body.number, n.number);
  assert.equal(res.body.location, 'Palo Alto, CA, US');
  assert.equal((await s.api('GET', `/phone/numbers/${encodeURIComponent(n.number)}`)).body.id, n.id);
  const missing = await s.api('GET', '/phone/numbers/nope');
  assertDocumentedError('getAPhoneNumber', missing, 400);
  assert.equal(missing.body.message, 'Phone number does not exist, phonenumberId:nope');
  const other = await otherAccount(s, 'numbers-other-phone');
  const theirs = await addNumber(s, { accountId: other.accountId });
  assertDocumentedError('getAPhoneNumber', await s.api('GET', `/phone/numbers/${theirs.id}`), 400);
  const own = await s.api('GET', `/phone/numbers/${theirs.id}`, { token: other.token });
  assertContract('getAPhoneNumber', own);
  assert.equal(own.body.id, theirs.id);
});

/** A BYOC number with every field the Phone views show, held by a user with an extension. */
async function fullyDescribedNumber(extension: number) {
  const [, denver] = await siteIds(s);
  const sites = await s.api('GET', '/phone/sites', { query: { page_size: 300 } });
  const site = sites.body.sites.find((x: { id: string }) => x.id === denver);
  const group = (await s.api('GET', '/phone/sip_groups')).body.sip_groups[0];
  const user = await addUser(s, { siteId: denver, name: 'Every Field', extension });
  const n = await addDescribedNumber(s, denver, group);
  assertContract('assignAPhoneNumberToAUser', await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } }));
  const phone = {
    id: n.id,
    number: n.number,
    source: 'external',
    status: 'available',
    number_type: 'toll',
    capability: ['incoming', 'outgoing'],
    display_name: 'Front desk',
    location: 'Denver, CO, US',
    site: { id: denver, name: site.name },
    carrier: { code: 2, name: 'Inteliquent' },
    sip_group: { id: group.id, display_name: group.display_name },
    emergency_address: { address_line1: '1700 Lincoln St', address_line2: 'Floor 2', city: 'Denver', state_code: 'CO', zip: '80202', country: 'US' },
    emergency_address_status: 1,
    emergency_address_update_time: '2024-10-29T14:18:28Z',
    assignee: { id: user, name: 'Every Field', extension_number: extension, type: 'user' },
  };
  return { n, user, group, site, phone };
}

test('every field of a BYOC number reads as stored, in the list (type byoc) and on its own page', async () => {
  const { n, phone } = await fullyDescribedNumber(47001);
  const one = await phoneView(n.id);
  assert.deepEqual(one, phone);
  const listed = await s.api('GET', '/phone/numbers', { query: { type: 'byoc', page_size: 300 } });
  assertContract('listPhoneNumbers', listed);
  assert.deepEqual(listed.body.phone_numbers.find((p: { id: string }) => p.id === n.id), phone);
  assert.equal(listed.body.page_size, 300);
  assert.equal(listed.body.next_page_token, '');
  assert.equal(listed.body.total_records, listed.body.phone_numbers.length);
});

test('carrier, sip_group and the emergency address fields are listed only when the type request parameter is byoc', async () => {
  const { n, phone } = await fullyDescribedNumber(47002);
  const { carrier, sip_group, emergency_address, emergency_address_status, emergency_address_update_time, ...rest } = phone;
  assert.ok(carrier && sip_group && emergency_address && emergency_address_status && emergency_address_update_time);
  for (const type of [undefined, 'all', 'assigned']) {
    const listed = await s.api('GET', '/phone/numbers', { query: { page_size: 300, ...(type ? { type } : {}) } });
    assertContract('listPhoneNumbers', listed);
    assert.deepEqual(listed.body.phone_numbers.find((p: { id: string }) => p.id === n.id), rest, `type ${type}`);
  }
});

test('the one-number page shows the emergency address fields of BYOC numbers only', async () => {
  const zoom = await addNumber(s, {
    data: {
      capability: ['Incoming'],
      emergency_address: { address_line1: '55 Almaden Blvd', city: 'San Jose', state_code: 'CA', zip: '95113', country: 'US' },
      emergency_address_status: 2,
      emergency_address_update_time: Date.UTC(2024, 0, 1),
    },
  });
  const one = await phoneView(zoom.id);
  assert.equal(one.source, 'internal');
  for (const field of ['emergency_address', 'emergency_address_status', 'emergency_address_update_time']) assert.ok(!(field in one), field);
});

test('updates display name and capability, seen by both views', async () => {
  const n = await addNumber(s);
  const res = await s.api('PATCH', `/phone/numbers/${n.id}`, { body: { display_name: 'Reception', capability: ['incoming'] } });
  assertContract('updateAPhoneNumber', res);
  const phone = await s.api('GET', `/phone/numbers/${n.id}`);
  assert.equal(phone.body.display_name, 'Reception');
  assert.deepEqual(phone.body.capability, ['incoming']);
  const managed = await s.api('GET', nm(`/numbers/${n.id}`));
  assert.equal(managed.body.display_name, 'Reception');
  assert.deepEqual(managed.body.capability, ['Incoming']);
});

test('update refuses an invalid capability and BYOC-only fields on a Zoom number, changing nothing', async () => {
  const n = await addNumber(s);
  const bad = await s.api('PATCH', `/phone/numbers/${n.id}`, { body: { capability: ['sideways'], display_name: 'X' } });
  assertDocumentedError('updateAPhoneNumber', bad, 'valueOfCapabilityIsInvalidProvide');
  assert.match(bad.body.message, /capability is invalid/);
  const notByoc = await s.api('PATCH', `/phone/numbers/${n.id}`, { body: { sip_group_id: 'sg1' } });
  assertDocumentedError('updateAPhoneNumber', notByoc, 'phoneNumberIsNotByocPhone');
  assert.match(notByoc.body.message, /not BYOC/);
  const emergency = await s.api('PATCH', `/phone/numbers/${n.id}`, { body: { emergency_address_status: 2, display_name: 'X' } });
  assertDocumentedError('updateAPhoneNumber', emergency, 'phoneNumberIsNotByocPhone');
  // "Add one or both": none is not a capability.
  assertDocumentedError('updateAPhoneNumber', await s.api('PATCH', `/phone/numbers/${n.id}`, { body: { capability: [], display_name: 'X' } }), 'valueOfCapabilityIsInvalidProvide');
  const after = await phoneView(n.id);
  assert.equal(after.display_name, '');
  assert.deepEqual(after.capability, ['incoming', 'outgoing']);
});

test('update: an unknown number, or one the Zoom Phone API does not see, is 404 Phone number not found', async () => {
  assertUndocumentedError(await s.api('PATCH', '/phone/numbers/nope', { body: { display_name: 'x' } }), 404, 100002, 'Phone number not found');
  const cc = await addNumber(s, { allocated_product: 'ZOOM_CONTACT_CENTER' });
  assertUndocumentedError(await s.api('PATCH', `/phone/numbers/${cc.id}`, { body: { display_name: 'x' } }), 404, 100002, 'Phone number not found');
  assert.equal((await s.api('GET', nm(`/numbers/${cc.id}`))).body.display_name, '');
});

test("a BYOC number's emergency_address_status is 1 or 2 (2 confirms, 1 asks the carrier for an update); another value is refused", async () => {
  const n = await addNumber(s, { source: 'BYOCPremises', data: { capability: ['Incoming', 'Outgoing'], emergency_address_status: 2 } });
  assertUndocumentedError(
    await s.api('PATCH', `/phone/numbers/${n.id}`, { body: { emergency_address_status: 3 } }),
    400,
    300,
    'The emergency_address_status can only be 1 (carrier update required) or 2 (confirmed).',
  );
  assert.equal((await phoneView(n.id)).emergency_address_status, 2);
  assertContract('updateAPhoneNumber', await s.api('PATCH', `/phone/numbers/${n.id}`, { body: { emergency_address_status: 1 } }));
  assert.equal((await phoneView(n.id)).emergency_address_status, 1);
  assert.equal((await s.api('GET', nm(`/numbers/${n.id}`))).body.address_update_required, true);
});

test('BYOC numbers confirm their emergency address and take a SIP group of the account, shown with its name', async () => {
  const n = await addNumber(s, { source: 'BYOCPremises', data: { capability: ['Incoming', 'Outgoing'], emergency_address_status: 1 } });
  const group = (await s.api('GET', '/phone/sip_groups')).body.sip_groups[0];
  const unknown = await s.api('PATCH', `/phone/numbers/${n.id}`, { body: { sip_group_id: 'no-such-group' } });
  assertUndocumentedError(unknown, 400, 100001, 'Sip Group not found');
  const unknownNm = await s.api('PATCH', nm(`/numbers/${n.id}`), { body: { sip_group_id: 'no-such-group' } });
  assertDocumentedError('updateAPhoneNumberForNumberManagement', unknownNm, 100001);
  assert.equal((await s.api('GET', `/phone/numbers/${n.id}`)).body.sip_group, undefined);
  assertContract('updateAPhoneNumber', await s.api('PATCH', `/phone/numbers/${n.id}`, { body: { emergency_address_status: 2, sip_group_id: group.id } }));
  const phone = await s.api('GET', `/phone/numbers/${n.id}`);
  assert.equal(phone.body.emergency_address_status, 2);
  assert.deepEqual(phone.body.sip_group, { id: group.id, display_name: group.display_name });
  assert.match(phone.body.emergency_address_update_time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  assert.deepEqual((await s.api('GET', nm(`/numbers/${n.id}`))).body.sip_group, { id: group.id, name: group.display_name });
});

test('deletes unassigned numbers; they are gone from both views', async () => {
  const a = await addNumber(s);
  const b = await addNumber(s);
  const res = await s.api('DELETE', '/phone/numbers', { query: { phone_numbers: `${a.id},${b.number}` } });
  assertContract('deleteUnassignedPhoneNumbers', res);
  assertDocumentedError('getAPhoneNumber', await s.api('GET', `/phone/numbers/${a.id}`), 400);
  assertUndocumentedError(await s.api('GET', nm(`/numbers/${b.id}`)), 404, 100002, 'Phone number not found');
});

test('up to 20 phone numbers can be removed in a single request; 21 are refused and none goes', async () => {
  const twenty = await someNumbers(20);
  assertContract('deleteUnassignedPhoneNumbers', await s.api('DELETE', '/phone/numbers', { query: { phone_numbers: twenty.map((n) => n.id).join(',') } }));
  for (const n of twenty) assert.equal(await phoneView(n.id), undefined);
  const twentyOne = await someNumbers(21);
  refusedDelete(
    await s.api('DELETE', '/phone/numbers', { query: { phone_numbers: twentyOne.map((n) => n.id).join(',') } }),
    'Up to 20 phone numbers can be removed in a single request.',
  );
  for (const n of twentyOne) assert.equal((await phoneView(n.id))?.id, n.id);
});

test('delete refuses numbers held by a user or a call queue, unknown ones and Contact Center ones, and deletes none of the batch', async () => {
  const free = await addNumber(s);
  const held = await addNumber(s);
  const user = await addUser(s);
  assertContract('assignAPhoneNumberToAUser', await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [{ id: held.id }] } }));
  const queued = await addNumber(s);
  await holdFor(s, queued.id, 'CallQueue', 'queue-delete');
  const cc = await addNumber(s, { allocated_product: 'ZOOM_CONTACT_CENTER' });
  const refusals: [string, string][] = [
    [`${free.id},${held.id}`, `Phone number has been assigned and cannot be deleted: ${held.number}.`],
    [`${free.id},${queued.number}`, `Phone number has been assigned and cannot be deleted: ${queued.number}.`],
    [`${free.id},nope`, 'Phone number does not exist: nope.'],
    [`${free.id},${cc.id}`, `Phone number does not exist: ${cc.id}.`],
    ['', 'phone_numbers cannot be empty.'],
  ];
  for (const [phoneNumbers, message] of refusals) refusedDelete(await s.api('DELETE', '/phone/numbers', { query: { phone_numbers: phoneNumbers } }), message);
  assert.equal((await phoneView(free.id))?.id, free.id);
  assert.equal((await phoneView(held.id))?.assignee.id, user);
  assert.equal((await phoneView(queued.id))?.assignee.type, 'callQueue');
  const stillThere = await s.api('GET', nm(`/numbers/${cc.id}`));
  assertContract('getAPhoneNumberForNumberManagement', stillThere);
  assert.equal(stillThere.body.allocated_product, 'ZOOM_CONTACT_CENTER');
});

test('moves unassigned numbers to a site, by id or E.164', async () => {
  const [, , london] = await siteIds(s);
  const a = await addNumber(s);
  const b = await addNumber(s);
  const res = await s.api('PATCH', `/phone/numbers/sites/${london}`, { body: { phone_numbers: [a.id, b.number] } });
  assertContract('updateASitesUnassignedPhoneNumbers', res);
  assert.equal((await phoneView(a.id)).site.id, london);
  assert.equal((await s.api('GET', nm(`/numbers/${b.id}`))).body.site.site_id, london);
});

test('up to 20 phone numbers can be updated in a single request; 21 are refused and none moves', async () => {
  const [, denver] = await siteIds(s);
  const twenty = await someNumbers(20);
  assertContract('updateASitesUnassignedPhoneNumbers', await s.api('PATCH', `/phone/numbers/sites/${denver}`, { body: { phone_numbers: twenty.map((n) => n.id) } }));
  for (const n of twenty) assert.equal((await phoneView(n.id)).site.id, denver);
  const twentyOne = await someNumbers(21);
  refusedMove(
    await s.api('PATCH', `/phone/numbers/sites/${denver}`, { body: { phone_numbers: twentyOne.map((n) => n.id) } }),
    'Up to 20 phone numbers can be updated in a single request.',
  );
  for (const n of twentyOne) assert.equal((await phoneView(n.id)).site, undefined);
});

test('moving refuses numbers held by a user or a call queue, unknown numbers and sites, and moves none of the batch', async () => {
  const [, , london] = await siteIds(s);
  const held = await addNumber(s);
  const user = await addUser(s);
  assertContract('assignAPhoneNumberToAUser', await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [{ id: held.id }] } }));
  const queued = await addNumber(s);
  await holdFor(s, queued.id, 'CallQueue', 'queue-move');
  const c = await addNumber(s);
  const move = (siteId: string, phoneNumbers: string[]) => s.api('PATCH', `/phone/numbers/sites/${siteId}`, { body: { phone_numbers: phoneNumbers } });
  refusedMove(await move(london, [c.id, held.id]), `Phone number has been assigned and cannot change site: ${held.number}.`);
  refusedMove(await move(london, [c.id, queued.id]), `Phone number has been assigned and cannot change site: ${queued.number}.`);
  refusedMove(await move(london, [c.id, 'nope']), 'Phone number does not exist: nope.');
  refusedMove(await move('nope', [c.id]), 'Site does not exist: nope.');
  refusedMove(await move(london, []), 'phone_numbers cannot be empty.');
  assert.equal((await phoneView(c.id)).site, undefined);
  assert.notEqual((await phoneView(held.id)).site?.id, london);
  assert.equal((await phoneView(queued.id)).site, undefined);
});

// Last: it moves the sandbox clock, which the tests above do not expect.
test('a page token of the list expires after 15 minutes', async () => {
  const first = await s.api('GET', '/phone/numbers', { query: { page_size: 2 } });
  assertContract('listPhoneNumbers', first);
  const token = first.body.next_page_token;
  assert.ok(token);
  assert.equal((await s.admin('POST', '/clock', { advance_seconds: 14 * 60 })).status, 200);
  assertContract('listPhoneNumbers', await s.api('GET', '/phone/numbers', { query: { page_size: 2, next_page_token: token } }));
  assert.equal((await s.admin('POST', '/clock', { advance_seconds: 61 })).status, 200);
  const expired = await s.api('GET', '/phone/numbers', { query: { page_size: 2, next_page_token: token } });
  assertUndocumentedError(expired, 400, 300, 'The next page token is invalid or expired.');
});
