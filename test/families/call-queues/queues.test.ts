// Call queues through the HTTP API: a queue is an extension of the account's one
// directory (kind callQueue), listed, shown, changed and deleted from state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { addNumber, addUser, createQueue, DEMO, directory, otherAccount, siteRows } from './fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const queueCount = async () => Number((await s.sandbox.db.selectFrom('call_queues').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

test('a queue created is listed and shown, its extension in the directory as a callQueue', async () => {
  const [main] = await siteRows(s);
  const res = await s.api('POST', '/phone/call_queues', {
    body: { name: 'Billing', site_id: main.id, description: 'Billing line', cost_center: 'CC-9', department: 'Finance' },
  });
  assertContract('createACallQueue', res);
  assert.equal(res.body.name, 'Billing');
  assert.equal(res.body.status, 'active');
  // No extension given: the site's first free short extension, behind its site code (100).
  assert.match(String(res.body.extension_number), /^100\d{3}$/);
  const id = res.body.id;

  const one = await s.api('GET', `/phone/call_queues/${id}`);
  assertContract('getCallQueueDetails', one);
  assert.equal(one.body.name, 'Billing');
  assert.equal(one.body.extension_number, res.body.extension_number);
  assert.deepEqual(one.body.site, { id: main.id, name: main.name });
  assert.equal(one.body.cost_center, 'CC-9');
  assert.equal(one.body.department, 'Finance');
  assert.deepEqual(one.body.members, { users: [], common_areas: [] });
  assert.deepEqual(one.body.phone_numbers, []);

  const list = await s.api('GET', '/phone/call_queues', { query: { page_size: 300 } });
  assertContract('listCallQueues', list);
  const listed = list.body.call_queues.find((q: { id: string }) => q.id === id);
  assert.deepEqual(listed, { id, name: 'Billing', extension_id: one.body.extension_id, extension_number: res.body.extension_number, site: { id: main.id, name: main.name }, status: 'active', phone_numbers: [] });

  const ext = (await directory(s, DEMO)).find((e) => e.id === one.body.extension_id);
  assert.deepEqual(ext, { id: one.body.extension_id, kind: 'callQueue', extension_number: res.body.extension_number, name: 'Billing', site_id: main.id, owner_id: id });
});

test("an extension number given is the site's short extension behind its site code, of the site's length", async () => {
  const [main] = await siteRows(s);
  const q = await createQueue(s, { extension_number: 321 });
  assert.equal(q.extension_number, Number(`${main.site_code}321`));
  for (const short of [32, 3210]) {
    const before = await queueCount();
    const res = await s.api('POST', '/phone/call_queues', { body: { name: 'Short', site_id: main.id, extension_number: short } });
    assertDocumentedError('createACallQueue', res, 'invalidShortNumberLength');
    assert.equal(await queueCount(), before);
  }
});

test("an extension number is the account's once, whatever holds it: user and queue cannot take each other's", async () => {
  const [main] = await siteRows(s);
  // A user holding 100654: a queue cannot take it.
  const user = await addUser(s, { extension: 100654, siteId: main.id });
  const before = await queueCount();
  const taken = await s.api('POST', '/phone/call_queues', { body: { name: 'Clash', site_id: main.id, extension_number: 654 } });
  assertDocumentedError('createACallQueue', taken, 'extensionNumberIsAlreadyUsed');
  assert.equal(taken.body.message, 'Extension number 100654 is already used.');
  assert.equal(await queueCount(), before);

  // A queue holding 100655: a user cannot take it, nor another queue.
  const q = await createQueue(s, { extension_number: 655 });
  const patch = await s.api('PATCH', `/phone/users/${user}`, { body: { extension_number: String(q.extension_number) } });
  assert.equal(patch.status, 409, JSON.stringify(patch.body));
  const again = await s.api('POST', '/phone/call_queues', { body: { name: 'Clash 2', site_id: main.id, extension_number: 655 } });
  assertDocumentedError('createACallQueue', again, 'extensionNumberIsAlreadyUsed');
  // Nor can another queue be renumbered onto it.
  const other = await createQueue(s);
  const renumber = await s.api('PATCH', `/phone/call_queues/${other.id}`, { body: { extension_number: 655 } });
  assertUndocumentedError(renumber, 400, 400, `Extension number ${q.extension_number} is already used.`);
  const shown = await s.api('GET', `/phone/call_queues/${other.id}`);
  assert.equal(shown.body.extension_number, other.extension_number);
});

test('concurrent creates on one extension number: one queue gets it, the others are refused', async () => {
  const [main] = await siteRows(s);
  const results = await Promise.all(
    Array.from({ length: 6 }, (_, i) => s.api('POST', '/phone/call_queues', { body: { name: `Race ${i}`, site_id: main.id, extension_number: 777 } })),
  );
  assert.equal(results.filter((r) => r.status === 201).length, 1, JSON.stringify(results.map((r) => r.body)));
  for (const r of results.filter((r) => r.status !== 201)) assertDocumentedError('createACallQueue', r, 'extensionNumberIsAlreadyUsed');
  assert.equal((await directory(s, DEMO)).filter((e) => e.extension_number === 100777).length, 1);
});

test('a site the account does not have is refused and creates nothing', async () => {
  const before = await queueCount();
  const res = await s.api('POST', '/phone/call_queues', { body: { name: 'Nowhere', site_id: 'no-such-site' } });
  assertUndocumentedError(res, 400, 300, 'Validation Failed. Site does not exist.');
  const missing = await s.api('POST', '/phone/call_queues', { body: { name: 'No site' } });
  assert.equal(missing.status, 400);
  assert.equal(missing.body.code, 300);
  assert.equal(await queueCount(), before);
});

test('members given at creation must be users of the account, at most 10 at a time; common areas are refused', async () => {
  const [main] = await siteRows(s);
  const before = await queueCount();
  const unknown = await s.api('POST', '/phone/call_queues', { body: { name: 'M', site_id: main.id, members: { users: [{ id: 'nobody' }] } } });
  assertDocumentedError('createACallQueue', unknown, 'userNotFound');
  assert.equal(unknown.body.message, 'User not found: nobody');
  const users = await Promise.all(Array.from({ length: 11 }, () => addUser(s)));
  const many = await s.api('POST', '/phone/call_queues', { body: { name: 'M', site_id: main.id, members: { users: users.map((id) => ({ id })) } } });
  assertUndocumentedError(many, 400, 300, 'Validation Failed. Exceeded the maximum number to add members per time.');
  const area = await s.api('POST', '/phone/call_queues', { body: { name: 'M', site_id: main.id, members: { common_area_ids: ['ca-1'] } } });
  assertUndocumentedError(area, 400, 404, 'Common area does not exist: ca-1.');
  assert.equal(await queueCount(), before);

  // Ten, by id or by email, each once.
  const email = (await s.sandbox.db.selectFrom('phone_users').select('email').where('id', '=', users[1]).executeTakeFirstOrThrow()).email;
  const ok = await createQueue(s, { members: { users: [...users.slice(0, 9).map((id) => ({ id })), { email }] } });
  const shown = await s.api('GET', `/phone/call_queues/${ok.id}`);
  assert.deepEqual(shown.body.members.users.map((u: { id: string }) => u.id), users.slice(0, 9));
  assert.ok(shown.body.members.users.every((u: { level: string; receive_call: boolean }) => u.level === 'user' && u.receive_call === true));
});

test('an unknown queue is not found; another account neither sees nor changes the queues', async () => {
  const missing = await s.api('GET', '/phone/call_queues/nope');
  assertDocumentedError('getCallQueueDetails', missing, 'callQueueDoesNotExistCallQueueId');
  assert.equal(missing.body.message, 'The Call Queue does not exist, callQueueId:nope.');

  const q = await createQueue(s, { name: 'Private' });
  const other = await otherAccount(s, 'cq-other-1');
  const list = await s.api('GET', '/phone/call_queues', { token: other.token });
  assertContract('listCallQueues', list);
  assert.deepEqual(list.body.call_queues, []);
  assertDocumentedError('getCallQueueDetails', await s.api('GET', `/phone/call_queues/${q.id}`, { token: other.token }), 'callQueueDoesNotExistCallQueueId');
  assertUndocumentedError(await s.api('PATCH', `/phone/call_queues/${q.id}`, { token: other.token, body: { name: 'Mine' } }), 400, 300, `Validation Failed. The group does not exist, groupId:${q.id}`);
  assertDocumentedError('deleteACallQueue', await s.api('DELETE', `/phone/call_queues/${q.id}`, { token: other.token }), 'groupDoesNotExistGroupId');
  const shown = await s.api('GET', `/phone/call_queues/${q.id}`);
  assert.equal(shown.body.name, 'Private');
});

test('an update changes what it names and keeps the rest; the directory shows the new name', async () => {
  const q = await createQueue(s, { name: 'Before', department: 'D1', cost_center: 'C1' });
  const res = await s.api('PATCH', `/phone/call_queues/${q.id}`, {
    body: { name: 'After', status: 'inactive', timezone: 'Europe/London', audio_prompt_language: 'fr-FR', default_transcription_language: 'de-DE', recording_storage_location: 'DE', extension_number: 432 },
  });
  assertContract('updateCallQueueDetails', res);
  const shown = await s.api('GET', `/phone/call_queues/${q.id}`);
  assertContract('getCallQueueDetails', shown);
  assert.equal(shown.body.name, 'After');
  assert.equal(shown.body.status, 'inactive');
  assert.equal(shown.body.timezone, 'Europe/London');
  assert.equal(shown.body.audio_prompt_language, 'fr-FR');
  assert.equal(shown.body.default_transcription_language, 'de-DE');
  assert.equal(shown.body.recording_storage_location, 'DE');
  assert.equal(shown.body.extension_number, 100432);
  assert.equal(shown.body.department, 'D1');
  assert.equal(shown.body.cost_center, 'C1');
  const ext = (await directory(s, DEMO)).find((e) => e.owner_id === q.id);
  assert.equal(ext?.name, 'After');
  assert.equal(ext?.extension_number, 100432);
  // Its old number is free again.
  assert.equal((await createQueue(s, { extension_number: q.extension_number % 1000 })).extension_number, q.extension_number);
});

test('an unknown timezone or a bad short extension is refused and changes nothing', async () => {
  const q = await createQueue(s, { name: 'Steady' });
  const tz = await s.api('PATCH', `/phone/call_queues/${q.id}`, { body: { name: 'Changed', timezone: 'Mars/Olympus' } });
  assertUndocumentedError(tz, 400, 300, 'Validation Failed. Timezone not found in the system.');
  const short = await s.api('PATCH', `/phone/call_queues/${q.id}`, { body: { name: 'Changed', extension_number: 12 } });
  assertUndocumentedError(short, 400, 400, 'Invalid short number length.');
  const site = await s.api('PATCH', `/phone/call_queues/${q.id}`, { body: { name: 'Changed', site_id: 'no-site' } });
  assertUndocumentedError(site, 400, 300, 'Validation Failed. Site does not exist.');
  const bad = await s.api('PATCH', `/phone/call_queues/${q.id}`, { body: { status: 'paused' } });
  assert.equal(bad.status, 400);
  const shown = await s.api('GET', `/phone/call_queues/${q.id}`);
  assert.equal(shown.body.name, 'Steady');
  assert.equal(shown.body.status, 'active');
  assert.equal(shown.body.timezone, undefined);
  assert.equal(shown.body.extension_number, q.extension_number);
});

test('a queue moved to another site takes its extension and numbers along', async () => {
  const [, denver] = await siteRows(s);
  const q = await createQueue(s);
  const n = await addNumber(s);
  assertContract('assignNumbersToACallQueue', await s.api('POST', `/phone/call_queues/${q.id}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } }));
  assertContract('updateCallQueueDetails', await s.api('PATCH', `/phone/call_queues/${q.id}`, { body: { site_id: denver.id, extension_number: 456 } }));
  const shown = await s.api('GET', `/phone/call_queues/${q.id}`);
  assert.deepEqual(shown.body.site, { id: denver.id, name: denver.name });
  assert.equal(shown.body.extension_number, Number(`${denver.site_code}456`));
  assert.equal((await directory(s, DEMO)).find((e) => e.owner_id === q.id)?.site_id, denver.id);
  const number = await s.api('GET', `/phone/numbers/${n.id}`);
  assert.equal(number.body.site.id, denver.id);
});

test('the list filters by site, department and cost center, and pages by next_page_token', async () => {
  const [, , london] = await siteRows(s);
  const a = await createQueue(s, { site_id: london.id, department: 'Dept-X', cost_center: 'CC-X' });
  const b = await createQueue(s, { site_id: london.id, department: 'Dept-Y', cost_center: 'CC-X' });
  const bySite = await s.api('GET', '/phone/call_queues', { query: { site_id: london.id } });
  assertContract('listCallQueues', bySite);
  assert.deepEqual(bySite.body.call_queues.map((q: { id: string }) => q.id), [a.id, b.id]);
  assert.equal(bySite.body.total_records, 2);
  const byDept = await s.api('GET', '/phone/call_queues', { query: { department: 'Dept-Y' } });
  assert.deepEqual(byDept.body.call_queues.map((q: { id: string }) => q.id), [b.id]);
  const byCost = await s.api('GET', '/phone/call_queues', { query: { cost_center: 'CC-X', page_size: 1 } });
  assertContract('listCallQueues', byCost);
  assert.deepEqual(byCost.body.call_queues.map((q: { id: string }) => q.id), [a.id]);
  assert.ok(byCost.body.next_page_token);
  const next = await s.api('GET', '/phone/call_queues', { query: { cost_center: 'CC-X', page_size: 1, next_page_token: byCost.body.next_page_token } });
  assert.deepEqual(next.body.call_queues.map((q: { id: string }) => q.id), [b.id]);
  assert.equal(next.body.next_page_token, '');
  const tooBig = await s.api('GET', '/phone/call_queues', { query: { page_size: 301 } });
  assert.equal(tooBig.status, 400);
});

test('deleting a queue frees its extension number and releases its numbers', async () => {
  const q = await createQueue(s, { extension_number: 987 });
  const n = await addNumber(s);
  await s.api('POST', `/phone/call_queues/${q.id}/phone_numbers`, { body: { phone_numbers: [{ number: n.number }] } });
  const res = await s.api('DELETE', `/phone/call_queues/${q.id}`);
  assertContract('deleteACallQueue', res);
  assertDocumentedError('getCallQueueDetails', await s.api('GET', `/phone/call_queues/${q.id}`), 'callQueueDoesNotExistCallQueueId');
  assert.equal((await directory(s, DEMO)).some((e) => e.owner_id === q.id), false);
  const number = await s.api('GET', `/phone/numbers/${n.id}`);
  assert.equal(number.body.assignee, undefined);
  const again = await s.api('DELETE', `/phone/call_queues/${q.id}`);
  assertDocumentedError('deleteACallQueue', again, 'groupDoesNotExistGroupId');
  assert.equal(again.body.message, `The group does not exist, groupId:${q.id}.`);
  assert.equal((await createQueue(s, { extension_number: 987 })).extension_number, q.extension_number);
});

test("deleting a site moves its queues, their extensions and numbers to the transfer site", async () => {
  const [main] = await siteRows(s);
  const created = await s.api('POST', '/phone/sites', {
    body: { name: 'Doomed Site', site_code: 7, short_extension: { length: 3 }, auto_receptionist_name: 'Doomed AR', default_emergency_address: { address_line1: '1 Main St', city: 'Austin', state_code: 'TX', zip: '78701', country: 'US' } },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const siteId = created.body.id;
  const q = await createQueue(s, { site_id: siteId, extension_number: 101 });
  assert.equal(q.extension_number, 7101);
  const n = await addNumber(s, { siteId });
  await s.api('POST', `/phone/call_queues/${q.id}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } });
  const del = await s.api('DELETE', `/phone/sites/${siteId}`, { query: { transfer_site_id: main.id } });
  assert.equal(del.status, 204, JSON.stringify(del.body));
  const shown = await s.api('GET', `/phone/call_queues/${q.id}`);
  assert.equal(shown.body.site.id, main.id);
  assert.equal(shown.body.extension_number, 7101);
  assert.equal((await directory(s, DEMO)).find((e) => e.owner_id === q.id)?.site_id, main.id);
  assert.equal((await s.api('GET', `/phone/numbers/${n.id}`)).body.site.id, main.id);
});

test('the demo account has two queues with two members and one number each', async () => {
  const list = await s.api('GET', '/phone/call_queues', { query: { department: 'Sales' } });
  const support = await s.api('GET', '/phone/call_queues', { query: { department: 'Support' } });
  for (const [res, name] of [[list, 'Sales'], [support, 'Support']] as const) {
    assert.equal(res.body.call_queues.length, 1);
    const [q] = res.body.call_queues;
    assert.equal(q.name, name);
    assert.equal(q.phone_numbers.length, 1);
    const shown = await s.api('GET', `/phone/call_queues/${q.id}`);
    assertContract('getCallQueueDetails', shown);
    assert.equal(shown.body.members.users.length, 2);
    assert.deepEqual(shown.body.members.users.map((u: { level: string }) => u.level), ['manager', 'user']);
    assert.ok(shown.body.members.users.every((u: { name?: string }) => u.name));
    const number = await s.api('GET', `/phone/numbers/${q.phone_numbers[0].id}`);
    assert.deepEqual(number.body.assignee, { id: q.id, name, extension_number: q.extension_number, type: 'callQueue' });
  }
});
