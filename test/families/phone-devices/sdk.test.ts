// Desk phones and line keys through Zoom's own JavaScript SDK (@zoom/rivet, pinned):
// its method names, bodies and query encoding.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { PhoneS2SAuthClient } from '@zoom/rivet/phone';
import { startServer, type TestServer } from '../../support/server.ts';
import { phoneEndpoints } from '../../support/sdk.ts';
import { sites } from '../../support/org.ts';
import { user } from './support.ts';

let s: TestServer;
let phone: PhoneS2SAuthClient['endpoints'];
before(async () => {
  s = await startServer();
  phone = await phoneEndpoints(s);
});
after(() => s.close());

test("through Zoom's SDK: a desk phone is added, assigned, given line keys, rebooted and deleted", async () => {
  const devices = phone.phoneDevices;
  const [main] = await sites(s);
  const u = await user(s, { siteId: main.id, name: 'Sdk User' });
  const second = await user(s, { siteId: main.id, name: 'Sdk Second' });
  const add = await devices.addDevice({ body: { display_name: 'SDK phone', mac_address: '3c:3b:ad:00:00:01', type: 'Poly', model: 'VVX 450', assignee_extension_ids: [u.extensionId] } });
  assert.equal(add.statusCode, 201);
  const id = add.data!.id!;
  assert.equal((await devices.assignEntityToDevice({ path: { deviceId: id }, body: { assignee_extension_ids: [second.extensionId] } })).statusCode, 201);
  const listed = await devices.listDevices({ query: { type: 'assigned', device_type: 'poly', keyword: 'SDK' } });
  assert.deepEqual(listed.data!.devices!.map((d) => [d.id, d.mac_address, d.assignee?.name]), [[id, '3c3bad000001', 'Sdk User']]);
  const details = await devices.getDeviceDetails({ path: { deviceId: id } });
  assert.equal(details.data!.status, 'online');
  assert.equal((await devices.rebootDeskPhone({ path: { deviceId: id } })).statusCode, 202);
  assert.equal((await devices.getDeviceDetails({ path: { deviceId: id } })).data!.status, 'offline');
  const keys = phone.lineKeys;
  assert.equal((await keys.batchUpdateLineKeyPositionAndSettingsInformation({ path: { extensionId: u.extensionId }, body: { line_keys: [{ type: 'speed_dial', key_assignment: { speed_dial_number: '411' } }] } })).statusCode, 204);
  const shown = await keys.getLineKeyPositionAndSettingsInformation({ path: { extensionId: u.extensionId } });
  const key = shown.data!.line_keys![0];
  assert.deepEqual([key.index, key.type, key.key_assignment?.speed_dial_number], [1, 'speed_dial', '411']);
  assert.equal((await keys.deleteLineKeySetting({ path: { extensionId: u.extensionId, lineKeyId: key.line_key_id! } })).statusCode, 204);
  const positions = await phone.deviceLineKeys.getDeviceLineKeysInformation({ path: { deviceId: id } });
  assert.deepEqual(positions.data!.positions!.map((p) => [p.index, p.extension_id]), [[1, u.extensionId], [2, second.extensionId]]);
  assert.equal((await phone.deviceLineKeys.batchUpdateDeviceLineKeyPosition({ path: { deviceId: id }, body: { positions: [{ extension_id: second.extensionId, index: 1 }] } })).statusCode, 204);
  assert.equal((await devices.getDeviceDetails({ path: { deviceId: id } })).data!.assignee!.name, 'Sdk Second');
  for (const ext of [u.extensionId, second.extensionId]) assert.equal((await devices.unassignEntityFromDevice({ path: { deviceId: id, extensionId: ext } })).statusCode, 204);
  assert.equal((await devices.deleteDevice({ path: { deviceId: id } })).statusCode, 204);
  const smart = await devices.listSmartphones({ query: { keyword: 'EC50' } });
  assert.deepEqual(smart.data!.smartphones!.map((p) => p.device_name), ['EC50']);
});
