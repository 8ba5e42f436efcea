// The zoom-rooms family through the HTTP API: Zoom Rooms added to Zoom Phone take an
// extension of their site, numbers and calling plans of the account's one inventory,
// and give them all back when they leave.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { addNumber, addUser, otherAccount } from '../../support/fixtures.ts';
import { assertPageTokensExpire, type PagedList } from '../../support/pages.ts';
import { ADDRESS, sites } from '../../support/org.ts';
import { addRoom, buyPlans, createSite, DEMO, planCounts, roomExtension, subscribeMore } from './support.ts';

let s: TestServer;
let main: string;
let denver: string;
before(async () => {
  s = await startServer();
  [main, denver] = (await sites(s)).map((x) => x.id);
  for (const type of [100, 202, 3000]) await subscribeMore(s, type, 500);
});
after(() => s.close());

const add = (body: Record<string, unknown>, token?: string) => s.api('POST', '/phone/rooms', { body, token });
const get = (roomId: string, token?: string) => s.api('GET', `/phone/rooms/${roomId}`, { token });
const patch = (roomId: string, body: Record<string, unknown>, token?: string) => s.api('PATCH', `/phone/rooms/${roomId}`, { body, token });
const remove = (roomId: string, token?: string) => s.api('DELETE', `/phone/rooms/${roomId}`, { token });
const givePlans = (roomId: string, plans: Record<string, unknown>[], token?: string) =>
  s.api('POST', `/phone/rooms/${roomId}/calling_plans`, { body: { calling_plans: plans }, token });
const takePlan = (roomId: string, type: number | string, query?: Record<string, string>) => s.api('DELETE', `/phone/rooms/${roomId}/calling_plans/${type}`, { query });
const giveNumbers = (roomId: string, numbers: Record<string, unknown>[], token?: string) =>
  s.api('POST', `/phone/rooms/${roomId}/phone_numbers`, { body: { phone_numbers: numbers }, token });
const takeNumber = (roomId: string, numberId: string, token?: string) => s.api('DELETE', `/phone/rooms/${roomId}/phone_numbers/${numberId}`, { token });
const unassigned = async (query?: Record<string, string>, token?: string) => {
  const res = await s.api('GET', '/phone/rooms/unassigned', { query, token });
  assertContract('listZoomRoomsWithoutZoomPhoneAssignment', res);
  return res.body.rooms as { id: string; display_name: string }[];
};

/** A new room of the demo account added to Zoom Phone (on the main site unless told), with a US/CA Metered plan unless told. */
async function phoneRoom(opts: { siteId?: string; plans?: Record<string, unknown>[]; name?: string } = {}): Promise<string> {
  const id = await addRoom(s, { name: opts.name });
  const res = await add({ id, site_id: opts.siteId ?? main, calling_plans: opts.plans ?? [{ type: 100 }] });
  assertContract('addAZoomRoomToAZoomPhone', res);
  return id;
}

test('the demo account has Zoom Rooms: one in Zoom Phone with its number and plan, two without', async () => {
  const listed = await s.api('GET', '/phone/rooms');
  assertContract('listZoomRoomsUnderZoomPhoneLicense', listed);
  const boardroom = listed.body.rooms.find((r: { name: string }) => r.name === 'Boardroom');
  assert.ok(boardroom, JSON.stringify(listed.body));
  assert.equal(boardroom.site.id, main);
  assert.equal(boardroom.phone_numbers.length, 1);
  assert.deepEqual(boardroom.calling_plans.map((p: { type: number }) => p.type), [100]);
  assert.equal(boardroom.calling_plans[0].name, 'US/CA Metered Calling Plan');
  const details = await get(boardroom.id);
  assertContract('getAZoomRoomUnderZoomPhoneLicense', details);
  assert.equal(details.body.extension_number, boardroom.extension_number);
  assert.equal(details.body.emergency_address.address_line1, '55 Almaden Blvd');
  const number = await s.api('GET', `/phone/numbers/${boardroom.phone_numbers[0].id}`);
  assert.equal(number.body.assignee.id, boardroom.id);
  const waiting = await unassigned();
  assert.deepEqual(waiting.map((r) => r.display_name).slice(0, 2), ['Huddle Room 2B', 'Thames Meeting Room']);
  assert.ok(!waiting.some((r) => r.id === boardroom.id));
});

test('a room added to Zoom Phone takes an extension of its site and leaves the unassigned list', async () => {
  const siteCode = 61;
  const site = await createSite(s, siteCode);
  const before = await planCounts(s, 100);
  const id = await addRoom(s, { name: 'Granite Room' });
  assert.ok((await unassigned()).some((r) => r.id === id));
  const res = await add({ id, site_id: site, calling_plans: [{ type: 100, billing_subscription_id: 'FT-SUBREF-1000001' }] });
  assertContract('addAZoomRoomToAZoomPhone', res);

  const details = await get(id);
  assertContract('getAZoomRoomUnderZoomPhoneLicense', details);
  assert.equal(details.body.id, id);
  assert.equal(details.body.name, 'Granite Room');
  assert.equal(details.body.site.id, site);
  // The site's code, then its first free short extension.
  assert.equal(details.body.extension_number, 61100);
  assert.deepEqual(details.body.phone_numbers, []);
  assert.deepEqual(
    details.body.calling_plans.map((p: Record<string, unknown>) => [p.type, p.name, p.billing_subscription_id]),
    [[100, 'US/CA Metered Calling Plan', 'FT-SUBREF-1000001']],
  );
  // The demo account's document: international calling on, outbound caller ID selectable.
  assert.deepEqual(details.body.policy, { international_calling: { enable: true, locked_by: 'invalid' }, select_outbound_caller_id: { enable: true, locked_by: 'invalid' } });
  const entry = await roomExtension(s, id);
  assert.deepEqual(entry && [entry.kind, entry.extension_number, entry.site_id, entry.name, entry.id], ['zoomRoom', 61100, site, 'Granite Room', details.body.extension_id]);
  assert.ok(!(await unassigned()).some((r) => r.id === id), 'no longer among the unassigned rooms');
  const after = await planCounts(s, 100);
  assert.deepEqual([after.assigned, after.available], [before.assigned + 1, before.available - 1]);

  // The next room on the site takes the next number; without a site, the room goes to the main site.
  const next = await phoneRoom({ siteId: site });
  assert.equal((await get(next)).body.extension_number, 61101);
  const mainRoom = await addRoom(s);
  assertContract('addAZoomRoomToAZoomPhone', await add({ id: mainRoom }));
  assert.equal((await get(mainRoom)).body.site.id, main);
  assert.deepEqual((await get(mainRoom)).body.calling_plans, []);
});

test('the list filters by site, calling plan and name', async () => {
  const site = await createSite(s, 62);
  const a = await phoneRoom({ siteId: site, name: 'Cedar Studio', plans: [{ type: 202 }] });
  const b = await phoneRoom({ siteId: site, name: 'Birch Studio', plans: [{ type: 100 }] });
  const ids = async (query: Record<string, string | number>) => {
    const res = await s.api('GET', '/phone/rooms', { query: { page_size: 300, ...query } });
    assertContract('listZoomRoomsUnderZoomPhoneLicense', res);
    return { ids: res.body.rooms.map((r: { id: string }) => r.id), total: res.body.total_records };
  };
  assert.deepEqual(await ids({ site_id: site }), { ids: [a, b], total: 2 });
  assert.deepEqual(await ids({ site_id: site, calling_type: 202 }), { ids: [a], total: 1 });
  assert.deepEqual(await ids({ site_id: site, keyword: 'birch' }), { ids: [b], total: 1 });
  assert.deepEqual(await ids({ keyword: 'studio', calling_type: 100 }), { ids: [b], total: 1 });
  assert.deepEqual(await ids({ site_id: 'no-such-site' }), { ids: [], total: 0 });
  // The unassigned list searches the rooms' names too.
  const waiting = await addRoom(s, { name: 'Willow Lounge' });
  assert.deepEqual((await unassigned({ keyword: 'WILLOW' })).map((r) => r.id), [waiting]);
});

test('the list pages by next_page_token, 300 a page at most', async () => {
  const site = await createSite(s, 63);
  const rooms = [await phoneRoom({ siteId: site }), await phoneRoom({ siteId: site }), await phoneRoom({ siteId: site })];
  const seen: string[] = [];
  let token = '';
  do {
    const res = await s.api('GET', '/phone/rooms', { query: { site_id: site, page_size: 2, ...(token ? { next_page_token: token } : {}) } });
    assertContract('listZoomRoomsUnderZoomPhoneLicense', res);
    assert.equal(res.body.total_records, 3);
    assert.equal(res.body.page_size, 2);
    seen.push(...res.body.rooms.map((r: { id: string }) => r.id));
    token = res.body.next_page_token;
  } while (token);
  assert.deepEqual(seen, rooms);
  assertContract('listZoomRoomsUnderZoomPhoneLicense', await s.api('GET', '/phone/rooms', { query: { page_size: 300 } }));
  const past = await s.api('GET', '/phone/rooms', { query: { page_size: 301 } });
  assert.deepEqual([past.status, past.body.code], [400, 300]);
});

test('a room the account does not have cannot be added, nor one already in Zoom Phone, and nothing changes', async () => {
  const directoryBefore = await s.sandbox.db.selectFrom('extensions').select('id').where('account_id', '=', DEMO).execute();
  assertDocumentedError('addAZoomRoomToAZoomPhone', await add({ id: 'no-such-room' }), 'roomDoesNotExist');
  assert.equal((await add({ id: 'no-such-room' })).body.message, 'Room does not exist:no-such-room.');
  assertUndocumentedError(await add({ site_id: main }), 400, 300, 'Room ID is required.');

  const id = await addRoom(s);
  assertUndocumentedError(await add({ id, site_id: 'no-such-site' }), 400, 404, 'Site does not exist.');
  const before = await planCounts(s, 100);
  // An unknown plan type, and a type the account has bought none of: nothing is added, no plan or extension taken.
  assertDocumentedError('addAZoomRoomToAZoomPhone', await add({ id, calling_plans: [{ type: 100 }, { type: 999 }] }), 'unknownOrInvalidCallingPlan');
  assert.equal((await add({ id, calling_plans: [{ type: 100 }, { type: 999 }] })).body.message, 'Unknown or invalid calling plan: 999.');
  assertDocumentedError('addAZoomRoomToAZoomPhone', await add({ id, calling_plans: [{ type: 101 }] }), 'unknownOrInvalidCallingPlan');
  assertDocumentedError('addAZoomRoomToAZoomPhone', await add({ id, calling_plans: [{ type: 100, billing_subscription_id: 'FT-NOT-OURS' }] }), 'unknownOrInvalidCallingPlan');
  assertDocumentedError('addAZoomRoomToAZoomPhone', await add({ id, calling_plans: [{ type: 100 }, { type: 100 }] }), 'unknownOrInvalidCallingPlan');
  assert.deepEqual(await planCounts(s, 100), before);
  assert.ok((await unassigned()).some((r) => r.id === id));
  assert.equal(await roomExtension(s, id), undefined);
  const directoryAfter = await s.sandbox.db.selectFrom('extensions').select('id').where('account_id', '=', DEMO).execute();
  assert.equal(directoryAfter.length, directoryBefore.length);

  assertContract('addAZoomRoomToAZoomPhone', await add({ id }));
  assertUndocumentedError(await add({ id }), 400, 409, `Room already exists in Zoom Phone:${id}.`);
});

test('concurrent adds of one room: one wins, the others are refused', async () => {
  const id = await addRoom(s);
  const answers = await Promise.all(Array.from({ length: 6 }, () => add({ id, site_id: denver, calling_plans: [{ type: 100 }] })));
  assert.deepEqual(answers.map((r) => r.status).sort(), [201, 400, 400, 400, 400, 400]);
  for (const r of answers.filter((x) => x.status !== 201)) assertUndocumentedError(r, 400, 409, `Room already exists in Zoom Phone:${id}.`);
  const entries = await s.sandbox.db.selectFrom('extensions').select('id').where('account_id', '=', DEMO).where('owner_id', '=', id).execute();
  assert.equal(entries.length, 1, 'one extension for the room');
  assert.equal((await get(id)).body.calling_plans.length, 1);
});

test('an update renumbers the room inside its site and refuses a number outside it or taken', async () => {
  const site = await createSite(s, 64);
  const id = await phoneRoom({ siteId: site });
  const other = await phoneRoom({ siteId: site });
  const taken = (await get(other)).body.extension_number;
  const res = await patch(id, { extension_number: 64555 });
  assertContract('updateAZoomRoomUnderZoomPhoneLicense', res);
  assert.equal((await get(id)).body.extension_number, 64555);
  assert.equal((await roomExtension(s, id))?.extension_number, 64555);
  // The old number is free again: another room can take it.
  assertContract('updateAZoomRoomUnderZoomPhoneLicense', await patch(other, { extension_number: 64100 }));

  for (const wrong of [555, 65555, 645550, taken === 64100 ? 64101 : taken, 64100]) {
    if (wrong === taken) continue;
    assertDocumentedError('updateAZoomRoomUnderZoomPhoneLicense', await patch(id, { extension_number: wrong }), 'extensionNumberError');
  }
  assert.equal((await get(id)).body.extension_number, 64555, 'a refused number changes nothing');
});

test('an update moves the room to another site with its extension and numbers', async () => {
  const from = await createSite(s, 65);
  const to = await createSite(s, 66);
  const id = await phoneRoom({ siteId: from });
  const number = await addNumber(s, { site_id: from });
  assertContract('assignPhoneNumbersToAZoomRoom', await giveNumbers(id, [{ id: number.id }]));
  assertContract('updateAZoomRoomUnderZoomPhoneLicense', await patch(id, { site_id: to }));
  const details = (await get(id)).body;
  assert.equal(details.site.id, to);
  // Its number was of the old site's block: it takes the first free one of the new site.
  assert.equal(details.extension_number, 66100);
  assert.equal((await roomExtension(s, id))?.site_id, to);
  assert.equal((await s.api('GET', `/phone/numbers/${number.id}`)).body.site.id, to);
  // A move with a number of the new site takes that number.
  assertContract('updateAZoomRoomUnderZoomPhoneLicense', await patch(id, { site_id: from, extension_number: 65777 }));
  assert.deepEqual([(await get(id)).body.site.id, (await get(id)).body.extension_number], [from, 65777]);
  assertDocumentedError('updateAZoomRoomUnderZoomPhoneLicense', await patch(id, { site_id: to, extension_number: 65778 }), 'extensionNumberError');
  assert.equal((await get(id)).body.site.id, from, 'a refused move changes nothing');
});

test('an update of a room or site the account does not have answers the sentence of the documented row that applies', async () => {
  assertUndocumentedError(await patch('no-such-room', { extension_number: 100555 }), 400, 404, 'Room does not exist:no-such-room.');
  const waiting = await addRoom(s);
  assertUndocumentedError(await patch(waiting, {}), 400, 404, `Room does not exist:${waiting}.`);
  const id = await phoneRoom();
  assertUndocumentedError(await patch(id, { site_id: 'no-such-site' }), 400, 404, 'Site does not exist.');
  assert.equal((await get(id)).body.site.id, main);
});

test("a policy the room changes shows over its site's; a reset follows the site; a site lock refuses a change", async () => {
  const site = await createSite(s, 67);
  const id = await phoneRoom({ siteId: site });
  assertContract('updateAZoomRoomUnderZoomPhoneLicense', await patch(id, { policy: { international_calling: { enable: false } } }));
  let policy = (await get(id)).body.policy;
  assert.deepEqual(policy, { international_calling: { enable: false, locked_by: 'invalid' }, select_outbound_caller_id: { enable: true, locked_by: 'invalid' } });

  // The site disables and locks caller id selection: the room shows it, locked by the site, and cannot change it.
  assertContract('updateAZoomRoomUnderZoomPhoneLicense', await patch(id, { policy: { select_outbound_caller_id: { enable: true } } }));
  const locked = await s.api('PATCH', `/phone/sites/${site}`, { body: { policy: { select_outbound_caller_id: { enable: false, locked: true } } } });
  assert.equal(locked.status, 204, JSON.stringify(locked.body));
  policy = (await get(id)).body.policy;
  assert.deepEqual(policy.select_outbound_caller_id, { enable: false, locked_by: 'site' });
  const refused = await patch(id, { extension_number: 67999, policy: { select_outbound_caller_id: { enable: true } } });
  assertDocumentedError('updateAZoomRoomUnderZoomPhoneLicense', refused, 'policyLocked');
  assert.equal(refused.body.message, 'Policy locked: select_outbound_caller_id.');
  assert.notEqual((await get(id)).body.extension_number, 67999, 'a refused update changes nothing');

  // "reset: Using site setting": the room's own value goes, a reset wins over an enable sent with it.
  assertContract('updateAZoomRoomUnderZoomPhoneLicense', await patch(id, { policy: { international_calling: { enable: false, reset: true } } }));
  assert.deepEqual((await get(id)).body.policy.international_calling, { enable: true, locked_by: 'invalid' });
});

test('calling plans given to a room come from the inventory and go back when removed', async () => {
  const id = await phoneRoom({ plans: [] });
  const before = { 202: await planCounts(s, 202), 3000: await planCounts(s, 3000) };
  const res = await givePlans(id, [{ type: 202 }, { type: 3000, billing_subscription_id: 'FT-SUBREF-1000001' }]);
  assertContract('assignCallingPlansToAZoomRoom', res);
  assert.deepEqual((await get(id)).body.calling_plans.map((p: { type: number; name: string }) => [p.type, p.name]), [
    [202, 'United Kingdom/Ireland Unlimited Calling Plan'],
    [3000, 'Zoom Phone Pro'],
  ]);
  assert.equal((await planCounts(s, 202)).assigned, before[202].assigned + 1);
  assert.equal((await planCounts(s, 3000)).available, before[3000].available - 1);

  assertContract('removeACallingPlanFromAZoomRoom', await takePlan(id, 202));
  assert.deepEqual((await get(id)).body.calling_plans.map((p: { type: number }) => p.type), [3000]);
  assert.deepEqual(await planCounts(s, 202), before[202]);
  // A billing account named must be the plan's own.
  const billing = await s.sandbox.db.selectFrom('billing_accounts').select('id').where('account_id', '=', DEMO).orderBy('seq').executeTakeFirstOrThrow();
  assertContract('assignCallingPlansToAZoomRoom', await givePlans(id, [{ type: 202, billing_account_id: billing.id }]));
  const shown = (await get(id)).body.calling_plans.find((p: { type: number }) => p.type === 202);
  assert.deepEqual([shown.billing_account_id, shown.billing_account_name], [billing.id, 'Demo billing']);
  assertDocumentedError('removeACallingPlanFromAZoomRoom', await takePlan(id, 202, { billing_account_id: 'another' }), 'planInvalid');
  assertContract('removeACallingPlanFromAZoomRoom', await takePlan(id, 202, { billing_account_id: billing.id }));
  assert.deepEqual(await planCounts(s, 202), before[202]);
});

test('calling plan requests are refused for bad plans, more than 5, or an unknown room, and change nothing', async () => {
  await buyPlans(s, 101, 10, 'Australia/New Zealand Metered Calling Plan');
  await buyPlans(s, 102, 10, 'United Kingdom/Ireland Metered Calling Plan');
  const id = await phoneRoom({ plans: [{ type: 100 }] });
  const counts = async () => Promise.all([100, 101, 102, 200, 202, 3000].map((t) => planCounts(s, t)));
  const before = await counts();
  const refusals: Record<string, unknown>[][] = [
    [],
    [{ type: 999 }],
    [{ type: 101 }, { type: 100 }],
    [{ type: 101 }, { type: 101 }],
    [{ type: 101, billing_account_id: 'no-such-billing-account' }],
    [{ type: 101, billing_subscription_id: 'FT-NOT-OURS' }],
    [{ billing_account_id: 'x' }],
  ];
  for (const plans of refusals) assertDocumentedError('assignCallingPlansToAZoomRoom', await givePlans(id, plans), 'planInvalid');
  const six = [101, 102, 200, 202, 3000, 107].map((type) => ({ type }));
  assertDocumentedError('assignCallingPlansToAZoomRoom', await givePlans(id, six), 'roomBatchOperationIsLimitedTo');
  assert.deepEqual(await counts(), before);
  assert.deepEqual((await get(id)).body.calling_plans.map((p: { type: number }) => p.type), [100]);
  // Five at once is the limit, not past it.
  assertContract('assignCallingPlansToAZoomRoom', await givePlans(id, six.slice(0, 5)));
  assert.deepEqual((await get(id)).body.calling_plans.map((p: { type: number }) => p.type), [100, 101, 102, 200, 202, 3000]);
  assertDocumentedError('assignCallingPlansToAZoomRoom', await givePlans('no-such-room', [{ type: 100 }]), 'roomDoesNotExist');
  assert.equal((await givePlans('no-such-room', [{ type: 100 }])).body.message, 'Room does not exist:no-such-room.');
});

test('a room in India needs a billing account for each plan', async () => {
  const created = await s.api('POST', '/phone/sites', {
    body: {
      name: 'Rooms Bengaluru', site_code: 68, auto_receptionist_name: 'Bengaluru desk',
      default_emergency_address: { address_line1: '1 MG Road', city: 'Bengaluru', state_code: 'KA', zip: '560001', country: 'IN' },
      india_state_code: 'KA', india_city: 'Bengaluru', india_sdca_npa: '080', india_entity_name: 'Demo India',
    },
  });
  if (created.status !== 201) return assert.fail(`an India site: ${JSON.stringify(created.body)}`);
  const id = await phoneRoom({ siteId: created.body.id, plans: [] });
  assertDocumentedError('assignCallingPlansToAZoomRoom', await givePlans(id, [{ type: 100 }]), 'planInvalid');
  const billing = await s.sandbox.db.selectFrom('billing_accounts').select('id').where('account_id', '=', DEMO).orderBy('seq').executeTakeFirstOrThrow();
  assertContract('assignCallingPlansToAZoomRoom', await givePlans(id, [{ type: 100, billing_account_id: billing.id }]));
});

test('concurrent assignments of the last plan of a type: one room gets it', async () => {
  await buyPlans(s, 103, 1, 'Europe Zone A Metered Calling Plan');
  const rooms = await Promise.all([phoneRoom({ plans: [] }), phoneRoom({ plans: [] }), phoneRoom({ plans: [] })]);
  const answers = await Promise.all(rooms.map((id) => givePlans(id, [{ type: 103 }])));
  assert.deepEqual(answers.map((r) => r.status).sort(), [201, 400, 400]);
  for (const r of answers.filter((x) => x.status !== 201)) assertDocumentedError('assignCallingPlansToAZoomRoom', r, 'planInvalid');
  assert.deepEqual(await planCounts(s, 103), { assigned: 1, available: 0 });
  // One room, one plan of a type: concurrent assignments of it to one room take one plan.
  await buyPlans(s, 104, 5, 'Europe Zone B Metered Calling Plan');
  const same = await Promise.all([givePlans(rooms[0]!, [{ type: 104 }]), givePlans(rooms[0]!, [{ type: 104 }])]);
  assert.deepEqual(same.map((r) => r.status).sort(), [201, 400]);
  assert.deepEqual(await planCounts(s, 104), { assigned: 1, available: 4 });
});

test('a calling plan removal answers Plan invalid for a plan the room does not hold', async () => {
  const id = await phoneRoom({ plans: [{ type: 100 }] });
  const before = await planCounts(s, 100);
  for (const type of [200, 'metered', 999]) assertDocumentedError('removeACallingPlanFromAZoomRoom', await takePlan(id, type), 'planInvalid');
  assertDocumentedError('removeACallingPlanFromAZoomRoom', await takePlan('no-such-room', 100), 'roomDoesNotExist');
  assert.deepEqual(await planCounts(s, 100), before);
  assertContract('removeACallingPlanFromAZoomRoom', await takePlan(id, 100));
  assertDocumentedError('removeACallingPlanFromAZoomRoom', await takePlan(id, 100), 'planInvalid');
  assert.equal((await planCounts(s, 100)).assigned, before.assigned - 1, 'given back once');
});

test('numbers given to a room show it as assignee in both number views and leave the unassigned numbers', async () => {
  const id = await phoneRoom({ name: 'Aspen Room' });
  const byId = await addNumber(s, { site_id: denver });
  const byE164 = await addNumber(s);
  const res = await giveNumbers(id, [{ id: byId.id }, { number: byE164.number }]);
  assertContract('assignPhoneNumbersToAZoomRoom', res);
  assert.deepEqual(res.body, {});
  const details = (await get(id)).body;
  assert.deepEqual(details.phone_numbers, [{ id: byId.id, number: byId.number }, { id: byE164.id, number: byE164.number }]);

  const one = await s.api('GET', `/phone/numbers/${byId.id}`);
  assertContract('getAPhoneNumber', one);
  assert.deepEqual(one.body.assignee, { id, name: 'Aspen Room', extension_number: details.extension_number });
  // Numbers follow their room to its site.
  assert.equal(one.body.site.id, main);
  const nm = await s.api('GET', `/accounts/me/number_management/numbers/${byE164.id}`);
  assert.equal(nm.status, 200, JSON.stringify(nm.body));
  assert.deepEqual([nm.body.assigned_list[0].assigned_to_id, nm.body.assigned_list[0].assgined_to_name, nm.body.assigned_list[0].extension_number], [id, 'Aspen Room', String(details.extension_number)]);

  const free = await s.api('GET', '/phone/numbers', { query: { type: 'unassigned', page_size: 300 } });
  assertContract('listPhoneNumbers', free);
  assert.ok(!free.body.phone_numbers.some((n: { id: string }) => n.id === byId.id || n.id === byE164.id));
  const held = await s.api('GET', '/phone/numbers', { query: { type: 'assigned', page_size: 300 } });
  assert.equal(held.body.phone_numbers.find((n: { id: string }) => n.id === byId.id)?.assignee?.id, id);
});

test('a room needs a Metered, Unlimited or Pro plan before it takes a number', async () => {
  await buyPlans(s, 600, 5, 'Beta Calling Plan');
  const id = await phoneRoom({ plans: [] });
  const number = await addNumber(s);
  assertDocumentedError('assignPhoneNumbersToAZoomRoom', await giveNumbers(id, [{ id: number.id }]), 'thisFunctionRequiresAZoomPhone');
  assertContract('assignCallingPlansToAZoomRoom', await givePlans(id, [{ type: 600 }]));
  assertDocumentedError('assignPhoneNumbersToAZoomRoom', await giveNumbers(id, [{ id: number.id }]), 'thisFunctionRequiresAZoomPhone');
  assertContract('assignCallingPlansToAZoomRoom', await givePlans(id, [{ type: 3000 }]));
  assertContract('assignPhoneNumbersToAZoomRoom', await giveNumbers(id, [{ id: number.id }]));
});

test('number requests are refused for unknown, taken, or more than 5 numbers, and assign none', async () => {
  const id = await phoneRoom();
  const free = await addNumber(s);
  const user = await addUser(s);
  const usersNumber = await addNumber(s, { assigneeId: user });
  const unassignedOnes = async () => (await s.api('GET', '/phone/numbers', { query: { type: 'unassigned', page_size: 300 } })).body.phone_numbers.map((n: { id: string }) => n.id);

  assertDocumentedError('assignPhoneNumbersToAZoomRoom', await giveNumbers(id, [{ id: free.id }, { id: 'no-such-number' }]), 'phoneNumberDoesNotExist');
  assertDocumentedError('assignPhoneNumbersToAZoomRoom', await giveNumbers(id, [{ id: free.id }, {}]), 'phoneNumberDoesNotExist');
  assertDocumentedError('assignPhoneNumbersToAZoomRoom', await giveNumbers(id, [{ id: free.id }, { number: usersNumber.number }]), 'phoneNumberAlreadyInUse');
  assertDocumentedError('assignPhoneNumbersToAZoomRoom', await giveNumbers('no-such-room', [{ id: free.id }]), 'roomDoesNotExist');
  assertUndocumentedError(await giveNumbers(id, []), 400, 300, 'phone_numbers must name at least one number.');
  const six = await Promise.all(Array.from({ length: 6 }, () => addNumber(s)));
  assertDocumentedError('assignPhoneNumbersToAZoomRoom', await giveNumbers(id, six.map((n) => ({ id: n.id }))), 'roomBatchOperationIsLimitedTo');
  const still = await unassignedOnes();
  for (const n of [free, ...six]) assert.ok(still.includes(n.id), `${n.number} stays unassigned`);
  assert.equal((await s.api('GET', `/phone/numbers/${usersNumber.id}`)).body.assignee.id, user);
  assert.deepEqual((await get(id)).body.phone_numbers, []);

  // Five at once is the limit, not past it; a number the room holds already is no conflict.
  assertContract('assignPhoneNumbersToAZoomRoom', await giveNumbers(id, six.slice(0, 5).map((n) => ({ id: n.id }))));
  assertContract('assignPhoneNumbersToAZoomRoom', await giveNumbers(id, [{ id: six[0]!.id }]));
  assert.equal((await get(id)).body.phone_numbers.length, 5);
  // A room's number cannot go to another room.
  const other = await phoneRoom();
  assertDocumentedError('assignPhoneNumbersToAZoomRoom', await giveNumbers(other, [{ id: six[0]!.id }]), 'phoneNumberAlreadyInUse');
});

test('concurrent assignments of one number to two rooms: exactly one wins', async () => {
  const rooms = [await phoneRoom(), await phoneRoom(), await phoneRoom()];
  const number = await addNumber(s);
  const answers = await Promise.all(rooms.map((id) => giveNumbers(id, [{ id: number.id }])));
  assert.deepEqual(answers.map((r) => r.status).sort(), [201, 400, 400]);
  for (const r of answers.filter((x) => x.status !== 201)) assertDocumentedError('assignPhoneNumbersToAZoomRoom', r, 'phoneNumberAlreadyInUse');
  const winner = rooms[answers.findIndex((r) => r.status === 201)];
  assert.equal((await s.api('GET', `/phone/numbers/${number.id}`)).body.assignee.id, winner);
});

test('a number removed from a room is free again; one it does not hold answers the documented error', async () => {
  const id = await phoneRoom();
  const [a, b] = [await addNumber(s), await addNumber(s)];
  assertContract('assignPhoneNumbersToAZoomRoom', await giveNumbers(id, [{ id: a.id }, { id: b.id }]));
  assertContract('removeAPhoneNumberFromAZoomRoom', await takeNumber(id, a.id));
  assert.deepEqual((await get(id)).body.phone_numbers, [{ id: b.id, number: b.number }]);
  assert.equal((await s.api('GET', `/phone/numbers/${a.id}`)).body.assignee, undefined);
  // By its E.164 value too.
  assertContract('removeAPhoneNumberFromAZoomRoom', await takeNumber(id, encodeURIComponent(b.number)));
  assert.deepEqual((await get(id)).body.phone_numbers, []);

  const user = await addUser(s);
  const usersNumber = await addNumber(s, { assigneeId: user });
  for (const key of [a.id, usersNumber.id, 'no-such-number']) assertDocumentedError('removeAPhoneNumberFromAZoomRoom', await takeNumber(id, key), 'phoneNumberDoesNotExist');
  assert.equal((await s.api('GET', `/phone/numbers/${usersNumber.id}`)).body.assignee.id, user);
  assertDocumentedError('removeAPhoneNumberFromAZoomRoom', await takeNumber('no-such-room', a.id), 'roomDoesNotExist');
});

test('removing a room gives back its extension, numbers and plans, and lists it among the unassigned again', async () => {
  const site = await createSite(s, 69);
  const id = await phoneRoom({ siteId: site, plans: [{ type: 100 }, { type: 202 }] });
  const number = await addNumber(s);
  assertContract('assignPhoneNumbersToAZoomRoom', await giveNumbers(id, [{ id: number.id }]));
  const held = { 100: await planCounts(s, 100), 202: await planCounts(s, 202) };

  const res = await remove(id);
  assertContract('removeAZoomRoomFromAZpAccount', res);
  assertUndocumentedError(await get(id), 400, 404, `Room does not exist:${id}.`);
  assert.ok((await unassigned()).some((r) => r.id === id), 'back among the unassigned rooms');
  assert.equal(await roomExtension(s, id), undefined, 'its extension left the directory');
  assert.equal((await s.api('GET', `/phone/numbers/${number.id}`)).body.assignee, undefined);
  assert.equal((await planCounts(s, 100)).assigned, held[100].assigned - 1);
  assert.equal((await planCounts(s, 202)).assigned, held[202].assigned - 1);
  assertDocumentedError('removeAZoomRoomFromAZpAccount', await remove(id), 'roomDoesNotExist');
  assert.equal((await remove(id)).body.message, `Room does not exist:${id}.`);

  // Added again, it starts afresh and takes the site's first free number again.
  assertContract('addAZoomRoomToAZoomPhone', await add({ id, site_id: site }));
  const again = (await get(id)).body;
  assert.deepEqual([again.extension_number, again.phone_numbers, again.calling_plans], [69100, [], []]);
});

test('concurrent removals of one room give its plans back once', async () => {
  const id = await phoneRoom({ plans: [{ type: 100 }] });
  const before = await planCounts(s, 100);
  const answers = await Promise.all([remove(id), remove(id), remove(id)]);
  assert.deepEqual(answers.map((r) => r.status).sort(), [204, 400, 400]);
  for (const r of answers.filter((x) => x.status !== 204)) assertDocumentedError('removeAZoomRoomFromAZpAccount', r, 'roomDoesNotExist');
  assert.equal((await planCounts(s, 100)).assigned, before.assigned - 1);
});

test("another account neither sees nor changes the account's rooms", async () => {
  const other = await otherAccount(s, 'zoom-rooms-other');
  const id = await phoneRoom();
  const waiting = await addRoom(s);
  const number = await addNumber(s);
  assertContract('assignPhoneNumbersToAZoomRoom', await giveNumbers(id, [{ id: number.id }]));

  const listed = await s.api('GET', '/phone/rooms', { token: other.token });
  assertContract('listZoomRoomsUnderZoomPhoneLicense', listed);
  assert.deepEqual([listed.body.rooms, listed.body.total_records], [[], 0]);
  assert.deepEqual(await unassigned({}, other.token), []);
  assertUndocumentedError(await get(id, other.token), 400, 404, `Room does not exist:${id}.`);
  assertDocumentedError('addAZoomRoomToAZoomPhone', await add({ id: waiting }, other.token), 'roomDoesNotExist');
  assertUndocumentedError(await patch(id, { extension_number: 100999 }, other.token), 400, 404, `Room does not exist:${id}.`);
  assertDocumentedError('assignCallingPlansToAZoomRoom', await givePlans(id, [{ type: 100 }], other.token), 'roomDoesNotExist');
  assertDocumentedError('removeAPhoneNumberFromAZoomRoom', await takeNumber(id, number.id, other.token), 'roomDoesNotExist');
  assertDocumentedError('removeAZoomRoomFromAZpAccount', await remove(id, other.token), 'roomDoesNotExist');

  // The other account's own room cannot take the account's number.
  const theirs = await addRoom(s, { accountId: other.accountId });
  assert.deepEqual((await unassigned({}, other.token)).map((r) => r.id), [theirs]);
  // An account without a site has nowhere to put a room; with one, its room goes there.
  assertUndocumentedError(await add({ id: theirs }, other.token), 400, 404, 'Site does not exist.');
  const site = await s.api('POST', '/phone/sites', { token: other.token, body: { name: 'Other HQ', auto_receptionist_name: 'Other desk', default_emergency_address: ADDRESS } });
  assert.equal(site.status, 201, JSON.stringify(site.body));
  assertContract('addAZoomRoomToAZoomPhone', await add({ id: theirs }, other.token));
  assert.deepEqual((await unassigned({}, other.token)).map((r) => r.id), []);
  assertDocumentedError('assignPhoneNumbersToAZoomRoom', await giveNumbers(theirs, [{ id: number.id }], other.token), 'thisFunctionRequiresAZoomPhone');
  const mine = (await get(id)).body;
  assert.deepEqual(mine.phone_numbers, [{ id: number.id, number: number.number }]);
  assert.deepEqual((await get(theirs, other.token)).body.site.id, site.body.id);
  assertUndocumentedError(await get(theirs), 400, 404, `Room does not exist:${theirs}.`);
  assert.equal((await unassigned()).some((r) => r.id === waiting), true);
});

test("a deleted site's rooms move to the transfer site with their extensions and numbers", async () => {
  const doomed = await createSite(s, 71);
  const target = await createSite(s, 72);
  const id = await phoneRoom({ siteId: doomed });
  const number = await addNumber(s);
  assertContract('assignPhoneNumbersToAZoomRoom', await giveNumbers(id, [{ id: number.id }]));
  const deleted = await s.api('DELETE', `/phone/sites/${doomed}`, { query: { transfer_site_id: target } });
  assert.equal(deleted.status, 204, JSON.stringify(deleted.body));
  const details = await get(id);
  assertContract('getAZoomRoomUnderZoomPhoneLicense', details);
  assert.equal(details.body.site.id, target);
  assert.equal((await roomExtension(s, id))?.site_id, target);
  assert.equal((await s.api('GET', `/phone/numbers/${number.id}`)).body.site.id, target);
  const listed = await s.api('GET', '/phone/rooms', { query: { site_id: target } });
  assert.deepEqual(listed.body.rooms.map((r: { id: string }) => r.id), [id]);
});

test('a site deleted while its rooms are changed: every answer is documented, never a 500', async () => {
  for (let round = 0; round < 3; round++) {
    const doomed = await createSite(s, 81 + round * 2);
    const target = await createSite(s, 82 + round * 2);
    const [patched, removed, numbered, moved] = [await phoneRoom({ siteId: doomed }), await phoneRoom({ siteId: doomed }), await phoneRoom({ siteId: doomed }), await phoneRoom({ siteId: doomed })];
    const number = await addNumber(s);
    const code = 81 + round * 2;
    const answers = await Promise.all([
      patch(patched, { extension_number: Number(`${code}777`), policy: { international_calling: { enable: true } } }),
      s.api('DELETE', `/phone/sites/${doomed}`, { query: { transfer_site_id: target } }),
      remove(removed),
      giveNumbers(numbered, [{ id: number.id }]),
      patch(moved, { site_id: target }),
    ]);
    for (const r of answers) assert.ok(r.status < 500, JSON.stringify(r.body));
    assert.equal(answers[1]!.status, 204, JSON.stringify(answers[1]!.body));
    assert.equal(answers[2]!.status, 204, JSON.stringify(answers[2]!.body));
    assert.equal(answers[3]!.status, 201, JSON.stringify(answers[3]!.body));
    assert.equal(answers[4]!.status, 204, JSON.stringify(answers[4]!.body));
    for (const id of [patched, numbered, moved]) assert.equal((await get(id)).body.site.id, target);
    assert.equal((await s.api('GET', `/phone/numbers/${number.id}`)).body.site.id, target, 'the number is on its room\'s site');
    assertUndocumentedError(await get(removed), 400, 404, `Room does not exist:${removed}.`);
  }
});

test('a page token expires after 15 minutes', async () => {
  await phoneRoom();
  const list: PagedList = { op: 'listZoomRoomsUnderZoomPhoneLicense', get: (query) => s.api('GET', '/phone/rooms', { query }) };
  await assertPageTokensExpire(s, [list], (_, res) => assertUndocumentedError(res, 400, 300, 'The next page token is invalid or expired.'));
});
