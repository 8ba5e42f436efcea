// A receptionist's IVR: two menus (business and closed hours), twelve keys, each
// key's action and its target (an extension of the directory, a phone number),
// and where a caller who presses nothing goes. A target that leaves the directory
// leaves the IVR.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { addUser, createQueue, createReceptionist, createSite, DEMO, directory } from './fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const ivr = (id: string, query: Record<string, string> = {}) => s.api('GET', `/phone/auto_receptionists/${id}/ivr`, { query });
const setIvr = (id: string, body: Record<string, unknown>) => s.api('PATCH', `/phone/auto_receptionists/${id}/ivr`, { body });
interface KeyAction {
  key: string;
  action: number;
  target?: { id?: string };
}
const key = (body: { key_actions: KeyAction[] }, k: string) => body.key_actions.find((a) => a.key === k);
const userExtension = async (userId: string) => (await directory(s, DEMO)).find((e) => e.owner_id === userId)!;

test("a new receptionist's IVR: every key disabled, a caller who presses nothing is disconnected", async () => {
  const r = await createReceptionist(s);
  for (const hours_type of ['business_hours', 'closed_hours']) {
    const res = await ivr(r.id, { hours_type });
    assertContract('getAutoReceptionistIvr', res);
    assert.deepEqual(res.body.caller_enters_no_action, { action: -1, audio_prompt_repeat: 1 });
    assert.deepEqual(res.body.key_actions.map((a: { key: string }) => a.key), ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#']);
    assert.ok(res.body.key_actions.every((a: { action: number }) => a.action === -1));
  }
});

test('keys route to a call queue, a user, a phone number and voicemail; the IVR names each target as the directory does', async () => {
  const site = await createSite(s, { site_code: 61 });
  const queue = await createQueue(s, site.id);
  const user = await addUser(s, { name: 'Pat Doe' });
  const ux = await userExtension(user);
  const r = site.main;
  const sets = [
    { audio_prompt_id: 'greeting-1', key_action: { key: '1', action: 7, target: { extension_id: queue.extension_id } } },
    { key_action: { key: '2', action: 2, target: { extension_id: ux.id } } },
    { key_action: { key: '3', action: 10, target: { phone_number: '+14155550123' } } },
    { key_action: { key: '0', action: 200, target: { extension_id: ux.id }, voicemail_greeting_id: 'vm-greeting' } },
    { key_action: { key: '*', action: 21 } },
    { caller_enters_no_action: { action: 7, audio_prompt_repeat: 2, forward_to_extension_id: queue.extension_id } },
    { hours_type: 'closed_hours', key_action: { key: '9', action: 6, target: { extension_id: r.extension_id } } },
  ];
  for (const body of sets) assertContract('updateAutoReceptionistIvr', await setIvr(r.id, body));

  const got = await ivr(r.id);
  assertContract('getAutoReceptionistIvr', got);
  const queueTarget = { display_name: (await s.api('GET', `/phone/call_queues/${queue.id}`)).body.name, extension_id: queue.extension_id, extension_number: String(queue.extension_number), id: queue.id };
  const userTarget = { display_name: 'Pat Doe', extension_id: ux.id, extension_number: String(ux.extension_number), id: user };
  assert.deepEqual(got.body.audio_prompt, { id: 'greeting-1' });
  assert.deepEqual(key(got.body, '1'), { key: '1', action: 7, target: queueTarget });
  assert.deepEqual(key(got.body, '2'), { key: '2', action: 2, target: userTarget });
  assert.deepEqual(key(got.body, '3'), { key: '3', action: 10, target: { phone_number: '+14155550123' } });
  assert.deepEqual(key(got.body, '0'), { key: '0', action: 200, target: userTarget, voicemail_greeting: { id: 'vm-greeting' } });
  assert.deepEqual(key(got.body, '*'), { key: '*', action: 21 });
  assert.deepEqual(got.body.caller_enters_no_action, { action: 7, audio_prompt_repeat: 2, forward_to: queueTarget });
  // The closed-hours menu is its own.
  const closed = (await ivr(r.id, { hours_type: 'closed_hours' })).body;
  assert.deepEqual(key(closed, '9'), { key: '9', action: 6, target: { display_name: r.name, extension_id: r.extension_id, extension_number: String(r.extension_number), id: r.id } });
  assert.equal(key(closed, '1')?.action, -1);

  // A key set to -1 is disabled again.
  assertContract('updateAutoReceptionistIvr', await setIvr(r.id, { key_action: { key: '2', action: -1 } }));
  assert.deepEqual(key((await ivr(r.id)).body, '2'), { key: '2', action: -1 });
});

test("a key's action must be one its key takes, with the target the action needs; a refused change changes nothing", async () => {
  const site = await createSite(s, { site_code: 62 });
  const queue = await createQueue(s, site.id);
  const user = await addUser(s);
  const ux = await userExtension(user);
  const r = await createReceptionist(s, { site_id: site.id });
  const before = (await ivr(r.id)).body;

  assertDocumentedError('updateAutoReceptionistIvr', await setIvr(r.id, { key_action: { key: '*', action: 7, target: { extension_id: queue.extension_id } } }), 'actionValueIsNotCorrect');
  assertDocumentedError('updateAutoReceptionistIvr', await setIvr(r.id, { key_action: { key: '1', action: 21 } }), 'actionValueIsNotCorrect');
  assertDocumentedError('updateAutoReceptionistIvr', await setIvr(r.id, { key_action: { key: '1', action: 999 } }), 'actionValueIsNotCorrect');
  assertDocumentedError('updateAutoReceptionistIvr', await setIvr(r.id, { key_action: { key: '1', action: 400, target: { extension_id: queue.extension_id } } }), 'voicemailGreetingFileIdIsRequired');
  assertDocumentedError('updateAutoReceptionistIvr', await setIvr(r.id, { key_action: { key: '1', action: 10 } }), 'phoneNumberToForwardToIs');
  assertDocumentedError('updateAutoReceptionistIvr', await setIvr(r.id, { key_action: { key: '1', action: 10, target: { phone_number: '555' } } }), 'phoneNumberToForwardToIs');
  // The target must be an extension of the directory, of the kind the action forwards to.
  assertUndocumentedError(await setIvr(r.id, { key_action: { key: '1', action: 7, target: { extension_id: 'no-such-extension' } } }), 400, 300, 'Extension does not exist: no-such-extension.');
  assertUndocumentedError(await setIvr(r.id, { key_action: { key: '1', action: 7, target: { extension_id: ux.id } } }), 400, 300, `Extension does not exist: ${ux.id}.`);
  assertUndocumentedError(await setIvr(r.id, { key_action: { key: '1', action: 7 } }), 400, 300, 'Extension does not exist: .');
  assertUndocumentedError(await setIvr(r.id, { key_action: { key: 'A', action: 7 } }), 400, 300, "Validation Failed. The key must be one of '0'-'9', '*' or '#'.");
  assertUndocumentedError(await setIvr(r.id, { key_action: { action: 7 } }), 400, 300, 'Validation Failed. key_action needs its key and its action.');

  // Where a caller who presses nothing goes.
  assertDocumentedError('updateAutoReceptionistIvr', await setIvr(r.id, { caller_enters_no_action: { action: 10, audio_prompt_repeat: 1 } }), 'actionValueSetForIfCaller');
  assertDocumentedError('updateAutoReceptionistIvr', await setIvr(r.id, { caller_enters_no_action: { action: 7, forward_to_extension_id: queue.extension_id } }), 'numberOfTimesToRepeatThe');
  assertDocumentedError('updateAutoReceptionistIvr', await setIvr(r.id, { caller_enters_no_action: { action: 7, audio_prompt_repeat: 4, forward_to_extension_id: queue.extension_id } }), 'numberOfTimesToRepeatThe');
  assertDocumentedError('updateAutoReceptionistIvr', await setIvr(r.id, { caller_enters_no_action: { action: 7, audio_prompt_repeat: 1 } }), 'idForNoActionToForwardTo');
  assertDocumentedError('updateAutoReceptionistIvr', await setIvr(r.id, { caller_enters_no_action: { action: 2, audio_prompt_repeat: 1, forward_to_extension_id: queue.extension_id } }), 'idForNoActionToForwardTo');
  // A good key with a bad no-action in one request: neither is written.
  assertDocumentedError(
    'updateAutoReceptionistIvr',
    await setIvr(r.id, { audio_prompt_id: 'new', key_action: { key: '1', action: 7, target: { extension_id: queue.extension_id } }, caller_enters_no_action: { action: 7, audio_prompt_repeat: 1 } }),
    'idForNoActionToForwardTo',
  );
  assert.deepEqual((await ivr(r.id)).body, before);
});

test('holidays, hours types and receptionists the account does not have are refused', async () => {
  const r = await createReceptionist(s);
  const holiday = await ivr(r.id, { holiday_id: 'h-1' });
  assertDocumentedError('getAutoReceptionistIvr', holiday, 'holidayHoursHandlingDoesNotExist');
  assert.equal(holiday.body.message, 'Holiday hours handling does not exist: h-1.');
  assertDocumentedError('updateAutoReceptionistIvr', await setIvr(r.id, { holiday_id: 'h-1', key_action: { key: '1', action: -1 } }), 'holidayHoursHandlingDoesNotExist');
  assertUndocumentedError(await ivr(r.id, { hours_type: 'lunch_hours' }), 400, 300, 'Validation Failed. hours_type must be business_hours or closed_hours.');
  assertUndocumentedError(await setIvr(r.id, { hours_type: 'lunch_hours' }), 400, 300, 'Validation Failed. hours_type must be business_hours or closed_hours.');
  const missing = await ivr('nope');
  assertDocumentedError('getAutoReceptionistIvr', missing, 'autoReceptionistDoesNotExist');
  assert.equal(missing.body.message, 'Auto Receptionist does not exist: nope.');
  assertDocumentedError('updateAutoReceptionistIvr', await setIvr('nope', { audio_prompt_id: 'x' }), 'autoReceptionistDoesNotExist');
});

test('a target that leaves the directory leaves the IVR: its key is disabled, a caller who presses nothing is disconnected', async () => {
  const site = await createSite(s, { site_code: 63 });
  const queue = await createQueue(s, site.id);
  const other = await createReceptionist(s, { site_id: site.id });
  const r = site.main;
  await setIvr(r.id, { key_action: { key: '1', action: 7, target: { extension_id: queue.extension_id } } });
  await setIvr(r.id, { key_action: { key: '2', action: 6, target: { extension_id: (await s.api('GET', `/phone/auto_receptionists/${other.id}`)).body.extension_id } } });
  await setIvr(r.id, { caller_enters_no_action: { action: 7, audio_prompt_repeat: 3, forward_to_extension_id: queue.extension_id } });

  assert.equal((await s.api('DELETE', `/phone/call_queues/${queue.id}`)).status, 204);
  assertContract('deleteANonPrimaryAutoReceptionist', await s.api('DELETE', `/phone/auto_receptionists/${other.id}`));
  const got = (await ivr(r.id)).body;
  assert.deepEqual([key(got, '1'), key(got, '2')], [{ key: '1', action: -1 }, { key: '2', action: -1 }]);
  assert.deepEqual(got.caller_enters_no_action, { action: -1, audio_prompt_repeat: 3 });
});

test("the demo sites' main receptionists route key 1 to a demo call queue", async () => {
  const sites = (await s.api('GET', '/phone/sites', { query: { page_size: 3 } })).body.sites;
  const queues = (await s.api('GET', '/phone/call_queues', { query: { page_size: 300 } })).body.call_queues;
  for (const site of sites) {
    const got = (await ivr(site.main_auto_receptionist.id)).body;
    const target = key(got, '1');
    assert.equal(target?.action, 7);
    const queue = queues.find((q: { id: string }) => q.id === target?.target?.id);
    assert.ok(queue, `key 1 of ${site.name} routes to a demo queue`);
    assert.equal(got.caller_enters_no_action.forward_to.id, queue.id);
  }
});
