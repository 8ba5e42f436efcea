// A common area's phone numbers and calling plans: the same single inventory users
// draw from. A number given to a common area is no longer free and both number views
// show it as the assignee; a plan given is counted by listCallingPlans; deleting the
// common area gives number, plan and extension back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { addNumber, createArea, DEMO, directory, otherAccount, plan } from './fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

async function phoneView(type: 'assigned' | 'unassigned') {
  const res = await s.api('GET', '/phone/numbers', { query: { type, page_size: 300 } });
  assertContract('listPhoneNumbers', res);
  return res.body.phone_numbers as { id: string; assignee?: { id: string; name: string; extension_number: number; type: string } }[];
}

test('a number assigned to a common area is no longer free, and both number views show the assignee', async () => {
  const a = await createArea(s, { display_name: 'Reception Desk' });
  const n = await addNumber(s);
  assert.ok((await phoneView('unassigned')).some((p) => p.id === n.id));
  const res = await s.api('POST', `/phone/common_areas/${a.id}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } });
  assertContract('assignPhoneNumbersToACommonArea', res);
  assert.equal(res.status, 201);
  assert.deepEqual(res.body, { phone_numbers: [{ id: n.id, number: n.number }] });

  assert.equal((await phoneView('unassigned')).some((p) => p.id === n.id), false);
  const assigned = (await phoneView('assigned')).find((p) => p.id === n.id);
  assert.deepEqual(assigned?.assignee, { id: a.id, name: 'Reception Desk', extension_number: a.extension_number, type: 'commonArea' });
  const one = await s.api('GET', `/phone/numbers/${n.id}`);
  assertContract('getAPhoneNumber', one);
  assert.deepEqual(one.body.assignee, { id: a.id, name: 'Reception Desk', extension_number: a.extension_number, type: 'commonArea' });
  const nm = await s.api('GET', '/accounts/me/number_management/numbers', { query: { keyword: n.number.slice(1), page_size: 10 } });
  assertContract('listPhoneNumbersForNumberManagement', nm);
  const managed = nm.body.numbers.find((x: { number: string }) => x.number === n.number);
  assert.equal(managed.assigned_list?.[0]?.assigned_to_type ?? managed.assigned_to_type, 'CommonArea', JSON.stringify(managed));

  const shown = await s.api('GET', `/phone/common_areas/${a.id}`);
  assert.deepEqual(shown.body.phone_numbers, [{ id: n.id, number: n.number, source: 'internal' }]);
  // By its E.164 value too, and again: it holds it already.
  assert.equal((await s.api('POST', `/phone/common_areas/${a.id}/phone_numbers`, { body: { phone_numbers: [{ number: n.number }] } })).status, 201);
});

test('an unknown number, or one someone else holds, is refused and assigns nothing of the request', async () => {
  const a = await createArea(s);
  const b = await createArea(s);
  const free = await addNumber(s);
  const held = await addNumber(s);
  await s.api('POST', `/phone/common_areas/${b.id}/phone_numbers`, { body: { phone_numbers: [{ id: held.id }] } });
  const taken = await s.api('POST', `/phone/common_areas/${a.id}/phone_numbers`, { body: { phone_numbers: [{ id: free.id }, { id: held.id }] } });
  assertUndocumentedError(taken, 400, 300, `Phone number ${held.number} is already assigned.`);
  const unknown = await s.api('POST', `/phone/common_areas/${a.id}/phone_numbers`, { body: { phone_numbers: [{ id: free.id }, { number: '+19995550000' }] } });
  assertUndocumentedError(unknown, 400, 300, 'Phone number does not exist: +19995550000.');
  assertUndocumentedError(await s.api('POST', `/phone/common_areas/${a.id}/phone_numbers`, { body: { phone_numbers: [] } }), 400, 300, /at least one phone number/);
  assert.deepEqual((await s.api('GET', `/phone/common_areas/${a.id}`)).body.phone_numbers, []);
  assert.ok((await phoneView('unassigned')).some((p) => p.id === free.id));
  // Another account's number is one this account does not have.
  const other = await otherAccount(s, 'ca-numbers-other');
  const theirs = await addNumber(s, { accountId: other.accountId });
  assertUndocumentedError(await s.api('POST', `/phone/common_areas/${a.id}/phone_numbers`, { body: { phone_numbers: [{ id: theirs.id }] } }), 400, 300, `Phone number does not exist: ${theirs.id}.`);
});

test('unassigning a number frees it; one the common area does not hold is refused', async () => {
  const a = await createArea(s);
  const n = await addNumber(s);
  const other = await addNumber(s);
  await s.api('POST', `/phone/common_areas/${a.id}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } });
  await s.api('PATCH', `/phone/common_areas/${a.id}`, { body: { outbound_caller_id: n.number } });
  assertUndocumentedError(await s.api('DELETE', `/phone/common_areas/${a.id}/phone_numbers/${other.id}`), 400, 300, `Phone number ${other.id} is not assigned to the common area.`);
  assertUndocumentedError(await s.api('DELETE', `/phone/common_areas/${a.id}/phone_numbers/nope`), 400, 300, 'Phone number does not exist: nope.');
  const res = await s.api('DELETE', `/phone/common_areas/${a.id}/phone_numbers/${n.id}`);
  assertContract('unassignPhoneNumbersFromCommonArea', res);
  const shown = await s.api('GET', `/phone/common_areas/${a.id}`);
  assert.deepEqual(shown.body.phone_numbers, []);
  assert.deepEqual(shown.body.outbound_caller_ids, []);
  assert.ok((await phoneView('unassigned')).some((p) => p.id === n.id));
});

test('concurrent assignments of one number to two common areas: one wins, never a 500', async () => {
  const a = await createArea(s);
  const b = await createArea(s);
  const n = await addNumber(s);
  const answers = await Promise.all([a, b].map((x) => s.api('POST', `/phone/common_areas/${x.id}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } })));
  assert.deepEqual(answers.map((r) => r.status).sort(), [201, 400], JSON.stringify(answers.map((r) => r.body)));
  const holders = [a, b].filter((_, i) => answers[i].status === 201);
  const one = await s.api('GET', `/phone/numbers/${n.id}`);
  assert.equal(one.body.assignee.id, holders[0].id);
});

test('a calling plan assigned is taken from the inventory, and unassigning gives it back', async () => {
  const a = await createArea(s);
  const before = await plan(s, 100);
  const res = await s.api('POST', `/phone/common_areas/${a.id}/calling_plans`, { body: { calling_plans: [{ type: 100 }] } });
  assertContract('assignCallingPlansToACommonArea', res);
  assert.equal(res.status, 201);
  assert.deepEqual(res.body, { calling_plans: [{ type: 100, name: 'US/CA Metered Calling Plan' }] });
  const during = await plan(s, 100);
  assert.equal(during.assigned, before.assigned + 1);
  assert.equal(during.available, before.available - 1);
  const shown = await s.api('GET', `/phone/common_areas/${a.id}`);
  assert.deepEqual(shown.body.calling_plans.map((p: { type: number; name: string }) => [p.type, p.name]), [[100, 'US/CA Metered Calling Plan']]);

  const removed = await s.api('DELETE', `/phone/common_areas/${a.id}/calling_plans/100`);
  assertContract('unassignACallingPlanFromTheCommonArea', removed);
  assert.deepEqual(await plan(s, 100), before);
  assertUndocumentedError(await s.api('DELETE', `/phone/common_areas/${a.id}/calling_plans/100`), 400, 300, 'The common area has no calling plan of type 100.');
  assert.deepEqual(await plan(s, 100), before);
});

test('a plan type none is left of, or one the common area holds already, is refused and takes nothing', async () => {
  const a = await createArea(s);
  const before = await plan(s, 100);
  assertUndocumentedError(
    await s.api('POST', `/phone/common_areas/${a.id}/calling_plans`, { body: { calling_plans: [{ type: 100 }, { type: 99999 }] } }),
    400, 300, 'No calling plan of type 99999 is available in the account.',
  );
  assert.deepEqual(await plan(s, 100), before);
  assertUndocumentedError(await s.api('POST', `/phone/common_areas/${a.id}/calling_plans`, { body: { calling_plans: [] } }), 400, 300, 'calling_plans must name at least one calling plan.');
  await s.api('POST', `/phone/common_areas/${a.id}/calling_plans`, { body: { calling_plans: [{ type: 100 }] } });
  assertUndocumentedError(await s.api('POST', `/phone/common_areas/${a.id}/calling_plans`, { body: { calling_plans: [{ type: 100 }] } }), 400, 300, 'The common area already has calling plan 100.');
  assert.equal((await plan(s, 100)).assigned, before.assigned + 1);
  assertUndocumentedError(
    await s.api('POST', `/phone/common_areas/${a.id}/calling_plans`, { body: { calling_plans: [{ type: 202, billing_account_id: 'no-such-account' }] } }),
    400, 300, 'Billing account does not exist: no-such-account.',
  );
});

test('concurrent assignments of the last plans: as many win as are left, never a 500', async () => {
  // Type 3000: three bought; use them up but one, then race for the last.
  const start = await plan(s, 3000);
  const areas = await Promise.all([1, 2, 3, 4].map(() => createArea(s)));
  for (let i = 0; i < start.available - 1; i++) {
    const x = await createArea(s);
    assert.equal((await s.api('POST', `/phone/common_areas/${x.id}/calling_plans`, { body: { calling_plans: [{ type: 3000 }] } })).status, 201);
  }
  const answers = await Promise.all(areas.map((x) => s.api('POST', `/phone/common_areas/${x.id}/calling_plans`, { body: { calling_plans: [{ type: 3000 }] } })));
  assert.deepEqual(answers.map((r) => r.status).sort(), [201, 400, 400, 400], JSON.stringify(answers.map((r) => r.body)));
  const after = await plan(s, 3000);
  assert.equal(after.assigned, after.subscribed);
  assert.equal(after.available, 0);
});

test('a common area added with calling plans takes them from the inventory; one refused adds nothing', async () => {
  const before = await plan(s, 202);
  const a = await createArea(s, { calling_plans: [{ type: 202 }] });
  assert.equal((await plan(s, 202)).assigned, before.assigned + 1);
  assert.deepEqual((await s.api('GET', `/phone/common_areas/${a.id}`)).body.calling_plans.map((p: { type: number }) => p.type), [202]);
  const extensions = (await directory(s, DEMO)).length;
  const refused = await s.api('POST', '/phone/common_areas', { body: { display_name: 'No Plan Left', calling_plans: [{ type: 99999 }] } });
  assertUndocumentedError(refused, 400, 300, 'No calling plan of type 99999 is available in the account.');
  assert.equal((await directory(s, DEMO)).length, extensions);
});

test('deleting a common area gives back its numbers, plans and extension', async () => {
  const a = await createArea(s, { extension_number: 588 });
  const n = await addNumber(s);
  const before = await plan(s, 100);
  await s.api('POST', `/phone/common_areas/${a.id}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } });
  await s.api('POST', `/phone/common_areas/${a.id}/calling_plans`, { body: { calling_plans: [{ type: 100 }] } });
  assert.equal((await plan(s, 100)).assigned, before.assigned + 1);
  const res = await s.api('DELETE', `/phone/common_areas/${a.id}`);
  assertContract('deleteACommonArea', res);
  assertDocumentedError('getCommonAreaDetails', await s.api('GET', `/phone/common_areas/${a.id}`), 'commonAreaDoesNotExist');
  assertDocumentedError('deleteACommonArea', await s.api('DELETE', `/phone/common_areas/${a.id}`), 'commonAreaDoesNotExist');
  assert.deepEqual(await plan(s, 100), before);
  assert.ok((await phoneView('unassigned')).some((p) => p.id === n.id));
  assert.equal((await directory(s, DEMO)).some((e) => e.owner_id === a.id), false);
  // Its extension number is free again.
  assert.equal((await createArea(s, { extension_number: 588 })).extension_number, a.extension_number);
});
