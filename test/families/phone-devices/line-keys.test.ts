// Line keys through the HTTP API: a device's positions (one per assignee, moved in
// batches) and an extension's line key settings (added, changed, moved and deleted).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { sites } from '../../support/org.ts';
import { addNumber } from '../../support/fixtures.ts';
import { added, api, extension, user, type Api } from './support.ts';

let s: TestServer;
let a: Api;
before(async () => {
  s = await startServer();
  a = api(s);
});
after(() => s.close());

async function keys(ext: string): Promise<any[]> {
  const res = await a.keys(ext);
  assertContract('getLineKeyPositionAndSettingsInformation', res);
  return res.body.line_keys;
}

async function positions(device: string): Promise<[number, string][]> {
  const res = await a.positions(device);
  assertContract('getDeviceLineKeysInformation', res);
  return res.body.positions.map((p: any) => [p.index, p.extension_id]);
}

test("the demo's line keys: Ada's line, a busy lamp on Grace, a speed dial", async () => {
  const ada = await s.sandbox.db.selectFrom('phone_users').select('extension_id').where('email', '=', 'ada@demo.switchboard.test').executeTakeFirstOrThrow();
  const shown = await keys(ada.extension_id);
  assert.deepEqual(
    shown.map((k) => [k.index, k.type, k.alias, k.key_assignment.display_name ?? k.key_assignment.speed_dial_number]),
    [
      [1, 'line', 'Ada', 'Ada Lovelace'],
      [2, 'blf', 'Grace', 'Grace Hopper'],
      [3, 'speed_dial', 'Front door', '+14155550142'],
    ],
  );
  assert.equal(shown[1].key_assignment.extension_number, '102');
});

test('a device has one line key position per assignee; a batch moves them', async () => {
  const [main] = await sites(s);
  const [one, two, three] = [await user(s, { siteId: main.id, name: 'One' }), await user(s, { siteId: main.id, name: 'Two' }), await user(s, { siteId: main.id, name: 'Three' })];
  const number = await addNumber(s, { assigneeId: one.id });
  const area = await extension(s, 'commonArea', { siteId: main.id, name: 'Hall' });
  const id = await added(a, { display_name: 'Shared', assignee_extension_ids: [one.extensionId, two.extensionId, three.extensionId, area.id] });
  const res = await a.positions(id);
  assertContract('getDeviceLineKeysInformation', res);
  assert.deepEqual([res.body.device_id, res.body.device_name], [id, 'Shared']);
  assert.deepEqual(res.body.positions[0], { index: 1, extension_id: one.extensionId, extension_number: res.body.positions[0].extension_number, extension_type: 'User', display_name: 'One', phone_number: number.number });
  assert.equal(res.body.positions[3].extension_type, 'CommonArea');
  // the named ones move; the others keep their order in the free positions
  const moved = await a.movePositions(id, [{ extension_id: three.extensionId, index: 1 }, { extension_id: one.extensionId, index: 4 }]);
  assertContract('batchUpdateDeviceLineKeyPosition', moved);
  assert.equal(moved.status, 204);
  assert.deepEqual(await positions(id), [[1, three.extensionId], [2, two.extensionId], [3, area.id], [4, one.extensionId]]);
  // the details list the assignees in that order
  const d = await a.get(id);
  assert.deepEqual(d.body.assignees.map((x: any) => x.extension_id), [three.extensionId, two.extensionId, area.id, one.extensionId]);
  assert.equal(d.body.assignee.id, three.id);
});

test('a position batch refused changes nothing: unknown extension, index out of range or taken twice', async () => {
  const [main] = await sites(s);
  const [one, two] = [await user(s, { siteId: main.id }), await user(s, { siteId: main.id })];
  const stranger = await user(s, { siteId: main.id });
  const id = await added(a, { assignee_extension_ids: [one.extensionId, two.extensionId] });
  const unknown = await a.movePositions(id, [{ extension_id: two.extensionId, index: 1 }, { extension_id: stranger.extensionId, index: 2 }]);
  assertDocumentedError('batchUpdateDeviceLineKeyPosition', unknown, 'extensionIdDoesNotExist');
  assert.equal(unknown.body.message, `Extension ID does not exist: ${stranger.extensionId}.`);
  for (const index of [0, 3, -1]) {
    const bad = await a.movePositions(id, [{ extension_id: two.extensionId, index }]);
    assertDocumentedError('batchUpdateDeviceLineKeyPosition', bad, 'indexIsInvalid');
    assert.equal(bad.body.message, `Index is invalid: ${index}.`);
  }
  // index 2 of 2 is the last allowed
  assertDocumentedError('batchUpdateDeviceLineKeyPosition', await a.movePositions(id, [{ extension_id: one.extensionId, index: 2 }, { extension_id: two.extensionId, index: 2 }]), 'indexIsInvalid');
  assert.deepEqual(await positions(id), [[1, one.extensionId], [2, two.extensionId]]);
  assert.equal((await a.movePositions(id, [{ extension_id: one.extensionId, index: 2 }])).status, 204);
  assert.deepEqual(await positions(id), [[1, two.extensionId], [2, one.extensionId]]);
  assertUndocumentedError(await a.positions('no-such-device'), 400, 400, 'Device does not exist in the system.');
  const missing = await a.movePositions('no-such-device', []);
  assert.deepEqual([missing.status, missing.body.code, missing.body.message], [400, 300, 'Device does not exist in the system.']);
});

test('line keys are added, changed, moved and deleted in batches', async () => {
  const [main] = await sites(s);
  const me = await user(s, { siteId: main.id, name: 'Me' });
  const watched = await user(s, { siteId: main.id, name: 'Watched' });
  assert.deepEqual(await keys(me.extensionId), []);
  const res = await a.setKeys(me.extensionId, [
    { type: 'line', alias: 'My line', key_assignment: { extension_id: me.extensionId } },
    { type: 'blf', key_assignment: { extension_id: watched.extensionId } },
    { type: 'speed_dial', alias: 'Pizza', key_assignment: { speed_dial_number: '+14155550100' } },
    { type: 'call_park', index: 7, key_assignment: { retrieval_code: '*801' } },
  ]);
  assertContract('batchUpdateLineKeyPositionAndSettingsInformation', res);
  assert.equal(res.status, 204);
  let shown = await keys(me.extensionId);
  assert.deepEqual(
    shown.map((k) => [k.index, k.type, k.alias, k.key_assignment.extension_id, k.key_assignment.speed_dial_number, k.key_assignment.retrieval_code]),
    [
      [1, 'line', 'My line', me.extensionId, undefined, undefined],
      [2, 'blf', undefined, watched.extensionId, undefined, undefined],
      [3, 'speed_dial', 'Pizza', undefined, '+14155550100', undefined],
      [7, 'call_park', undefined, undefined, undefined, '*801'],
    ],
  );
  assert.equal(shown[1].key_assignment.display_name, 'Watched');
  const [line, blf, dial, park] = shown.map((k) => k.line_key_id);
  // swap two keys' positions and change a type: what is not named stays
  ok(await a.setKeys(me.extensionId, [
    { line_key_id: blf, index: 3 },
    { line_key_id: dial, index: 2, alias: 'Pizza place', outbound_caller_id: 'anonymous' },
    { line_key_id: park, type: 'zoom_meeting' },
  ]));
  shown = await keys(me.extensionId);
  assert.deepEqual(
    shown.map((k) => [k.line_key_id, k.index, k.type, k.alias, k.outbound_caller_id]),
    [
      [line, 1, 'line', 'My line', undefined],
      [dial, 2, 'speed_dial', 'Pizza place', 'anonymous'],
      [blf, 3, 'blf', undefined, undefined],
      [park, 7, 'zoom_meeting', undefined, undefined],
    ],
  );
  assert.equal(shown[3].key_assignment.retrieval_code, undefined, 'a key of another type keeps nothing of the old one');
  const del = await a.deleteKey(me.extensionId, park);
  assertContract('deleteALineKeySetting', del);
  assert.equal(del.status, 204);
  assert.deepEqual((await keys(me.extensionId)).map((k) => k.line_key_id), [line, dial, blf]);
  const again = await a.deleteKey(me.extensionId, park);
  assertDocumentedError('deleteALineKeySetting', again, 'lineKeyIdDoesNotExist');
  assert.equal(again.body.message, `Line key ID does not exist: ${park}.`);
  // another extension's key is not this one's
  assertDocumentedError('deleteALineKeySetting', await a.deleteKey(watched.extensionId, line), 'lineKeyIdDoesNotExist');
  // a common area has line keys too
  const area = await extension(s, 'commonArea', { siteId: main.id });
  ok(await a.setKeys(area.id, [{ type: 'group_call_pickup' }]));
  assert.deepEqual((await keys(area.id)).map((k) => [k.index, k.type]), [[1, 'group_call_pickup']]);
});

function ok(res: { status: number; body: unknown }): void {
  assert.equal(res.status, 204, JSON.stringify(res.body));
}

test('a line key batch refused changes nothing', async () => {
  const [main] = await sites(s);
  const me = await user(s, { siteId: main.id });
  ok(await a.setKeys(me.extensionId, [{ type: 'speed_dial', alias: 'x'.repeat(32), key_assignment: { speed_dial_number: '911' } }]));
  const before = await keys(me.extensionId);
  const id = before[0].line_key_id;
  const unknown = await a.setKeys(me.extensionId, [{ line_key_id: id, index: 5 }, { line_key_id: 'no-such-key', index: 2 }]);
  assertDocumentedError('batchUpdateLineKeyPositionAndSettingsInformation', unknown, 'lineKeyIdDoesNotExist');
  assert.equal(unknown.body.message, 'Line key ID does not exist: no-such-key.');
  const badType = await a.setKeys(me.extensionId, [{ type: 'intercom' }]);
  assertDocumentedError('batchUpdateLineKeyPositionAndSettingsInformation', badType, 'lineKeyTypeIsInvalid');
  assert.equal(badType.body.message, 'Line key type is invalid: intercom.');
  // the alias: 32 characters at most
  const long = await a.setKeys(me.extensionId, [{ line_key_id: id, alias: 'x'.repeat(33) }]);
  assert.deepEqual([long.status, long.body.code], [400, 300]);
  const refusals: [unknown[], RegExp][] = [
    [[{ key_assignment: { speed_dial_number: '1' } }], /^type is required/],
    [[{ type: 'blf' }], /^key_assignment\.extension_id is required for a blf line key/],
    [[{ type: 'speed_dial' }], /^key_assignment\.speed_dial_number is required/],
    [[{ type: 'speed_dial', key_assignment: { speed_dial_number: 'call me' } }], /^speed_dial_number is not a number/],
    [[{ type: 'line', index: 0 }], /^Index is invalid: 0/],
    [[{ line_key_id: id, index: 2 }, { type: 'zoom_meeting', index: 2 }], /^Index is invalid: 2\. Two line keys/],
  ];
  for (const [batch, message] of refusals) {
    const r = await a.setKeys(me.extensionId, batch);
    assert.deepEqual([r.status, r.body.code], [400, 300], JSON.stringify(r.body));
    assert.match(r.body.message, message);
  }
  assertUndocumentedError(await a.setKeys(me.extensionId, [{ type: 'blf', key_assignment: { extension_id: 'nobody' } }]), 400, 300, 'Extension does not exist: nobody.');
  assert.deepEqual(await keys(me.extensionId), before);
  // extensions that are not a user's or a common area's have no line keys
  const queue = await extension(s, 'callQueue');
  assertUndocumentedError(await a.keys(queue.id), 400, 300, `Extension does not exist: ${queue.id}.`);
  assertUndocumentedError(await a.setKeys('no-such-extension', []), 400, 300, 'Extension does not exist: no-such-extension.');
  assertUndocumentedError(await a.deleteKey('no-such-extension', id), 400, 300, 'Extension does not exist: no-such-extension.');
});

test('concurrent line key batches of one extension never collide', async () => {
  const [main] = await sites(s);
  const me = await user(s, { siteId: main.id });
  const results = await Promise.all(Array.from({ length: 5 }, (_, i) => a.setKeys(me.extensionId, [{ type: 'speed_dial', alias: `k${i}`, key_assignment: { speed_dial_number: `10${i}` } }])));
  assert.deepEqual(results.map((r) => r.status), [204, 204, 204, 204, 204]);
  assert.deepEqual((await keys(me.extensionId)).map((k) => k.index), [1, 2, 3, 4, 5]);
});

test('concurrent position batches of one device apply one after another', async () => {
  const [main] = await sites(s);
  const [one, two, three] = [await user(s, { siteId: main.id }), await user(s, { siteId: main.id }), await user(s, { siteId: main.id })];
  const id = await added(a, { assignee_extension_ids: [one.extensionId, two.extensionId, three.extensionId] });
  const results = await Promise.all([
    a.movePositions(id, [{ extension_id: three.extensionId, index: 1 }]),
    a.movePositions(id, [{ extension_id: one.extensionId, index: 3 }]),
  ]);
  assert.deepEqual(results.map((r) => r.status), [204, 204]);
  const got = (await positions(id)).map(([i]) => i);
  assert.deepEqual(got, [1, 2, 3], 'every position is held once');
});
