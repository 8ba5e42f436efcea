// A common area's desk_phone setting: the account's desk phones (phone-devices)
// assigned to the common area, shown by its settings and by the device, their hot
// desking changed, and let go again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertUndocumentedError } from '../../support/contract.ts';
import { createArea, listed, mainSite, siteRows } from './fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

let macs = 0;

/** A desk phone of the account, unassigned, on the main site: its id. */
async function addPhone(body: Record<string, unknown> = {}): Promise<string> {
  const site = await mainSite(s);
  const mac = `0c0a0e${(++macs).toString(16).padStart(6, '0')}`;
  const res = await s.api('POST', '/phone/devices', { body: { display_name: `Lobby phone ${macs}`, type: 'yealink', model: 'T54W', mac_address: mac, site_id: site.id, ...body } });
  assertContract('addADevice', res);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.id;
}

async function settings(areaId: string) {
  const res = await s.api('GET', `/phone/common_areas/${areaId}/settings`);
  assertContract('getCommonAreaSettings', res);
  assert.equal(res.status, 200);
  return res.body as { desk_phones: { id: string; display_name: string; device_type: string; status: string; mac_address: string; hot_desking: { status: string }; private_ip: string; public_ip: string }[] };
}

async function device(id: string) {
  const res = await s.api('GET', `/phone/devices/${id}`);
  assertContract('getDeviceDetails', res);
  assert.equal(res.status, 200);
  return res.body as { assignee?: { id: string; extension_type: string }; assignees?: { id: string; extension_id: string }[]; policy: { hot_desking: { status: string } }; status: string };
}

const extensionOf = async (areaId: string) =>
  (await s.sandbox.db.selectFrom('common_areas').select('extension_id').where('id', '=', areaId).executeTakeFirstOrThrow()).extension_id;

test('a desk phone added to a common area is shown by its settings and the device, and deleted from both', async () => {
  const a = await createArea(s);
  const phone = await addPhone();
  assert.deepEqual((await settings(a.id)).desk_phones, []);

  const res = await s.api('POST', `/phone/common_areas/${a.id}/settings/desk_phone`, { body: { device_id: phone } });
  assertContract('addCommonAreaSetting', res);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  assert.deepEqual(res.body.desk_phones, [{ id: phone, display_name: `Lobby phone ${macs}` }]);
  // Added again: it stays, once.
  const again = await s.api('POST', `/phone/common_areas/${a.id}/settings/desk_phone`, { body: { device_id: phone } });
  assertContract('addCommonAreaSetting', again);
  assert.deepEqual(again.body.desk_phones, res.body.desk_phones);

  const shown = (await settings(a.id)).desk_phones;
  assert.equal(shown.length, 1);
  assert.equal(shown[0].id, phone);
  assert.equal(shown[0].device_type, 'Yealink T54W');
  assert.equal(shown[0].status, 'online');
  assert.equal(shown[0].hot_desking.status, 'off');
  assert.match(shown[0].mac_address, /^0c0a0e/);
  // The list shows the phone too, and the common area online while its phone is.
  const inList = (await listed(s)).find((x) => x.id === a.id)!;
  assert.deepEqual(inList.desk_phones, [{ id: phone, display_name: `Lobby phone ${macs}`, device_type: 'Yealink T54W', status: 'online' }]);
  assert.equal(inList.status, 'online');
  const d = await device(phone);
  assert.equal(d.assignee?.id, a.id);
  assert.equal(d.assignee?.extension_type, 'commonArea');
  assert.deepEqual(d.assignees?.map((x) => x.extension_id), [await extensionOf(a.id)]);

  const del = await s.api('DELETE', `/phone/common_areas/${a.id}/settings/desk_phone`, { query: { device_id: phone } });
  assertContract('deleteCommonAreaSetting', del);
  assert.equal(del.status, 204);
  assert.deepEqual((await settings(a.id)).desk_phones, []);
  const after = await device(phone);
  assert.equal(after.assignee, undefined);
  assert.deepEqual(after.assignees ?? [], []);
  assert.equal(after.status, 'offline');
  const gone = (await listed(s)).find((x) => x.id === a.id)!;
  assert.deepEqual([gone.desk_phones, gone.status], [[], 'offline']);
});

test('desk phone refusals change nothing: an unknown device, one on another site, one the common area does not use', async () => {
  const [main, other] = await siteRows(s);
  assert.ok(other, 'the demo account has a second site');
  const a = await createArea(s, { site_id: main.id });
  const b = await createArea(s, { site_id: other.id });
  const phone = await addPhone();
  const ok = await s.api('POST', `/phone/common_areas/${b.id}/settings/desk_phone`, { body: { device_id: phone } });
  assertContract('addCommonAreaSetting', ok);
  assert.equal(ok.status, 201, JSON.stringify(ok.body));

  // Its assignee is on another site: all assignees of a desk phone share one.
  const site = await s.api('POST', `/phone/common_areas/${a.id}/settings/desk_phone`, { body: { device_id: phone } });
  assertUndocumentedError(site, 400, 300, 'Validation failed.');
  assertUndocumentedError(await s.api('POST', `/phone/common_areas/${a.id}/settings/desk_phone`, { body: { device_id: 'no-such-phone' } }), 400, 404, 'Device does not exist: no-such-phone.');
  assertUndocumentedError(await s.api('POST', `/phone/common_areas/${a.id}/settings/desk_phone`, { body: {} }), 400, 300, 'Validation failed.');
  // Not a's phone: neither deleted nor changed through a.
  assertUndocumentedError(await s.api('DELETE', `/phone/common_areas/${a.id}/settings/desk_phone`, { query: { device_id: phone } }), 400, 404, `Device does not exist: ${phone}.`);
  assertUndocumentedError(
    await s.api('PATCH', `/phone/common_areas/${a.id}/settings/desk_phone`, { body: { desk_phones: [{ id: phone, hot_desking: { status: 'on' } }] } }),
    400, 404, `Device does not exist: ${phone}.`,
  );
  assert.deepEqual((await settings(a.id)).desk_phones, []);
  assert.deepEqual((await settings(b.id)).desk_phones.map((p) => p.id), [phone]);
  const d = await device(phone);
  assert.equal(d.assignee?.id, b.id);
  assert.equal(d.assignees?.length, 1);
  assert.equal(d.policy.hot_desking.status, 'off');
});

test("hot desking of the common area's desk phones changes by device; a phone without hot desking changes nothing", async () => {
  const a = await createArea(s);
  const ztp = await addPhone();
  const manual = await addPhone({ type: 'other', model: 'SIP-1' });
  for (const id of [ztp, manual]) {
    const res = await s.api('POST', `/phone/common_areas/${a.id}/settings/desk_phone`, { body: { device_id: id } });
    assertContract('addCommonAreaSetting', res);
  }
  const on = await s.api('PATCH', `/phone/common_areas/${a.id}/settings/desk_phone`, { body: { desk_phones: [{ id: ztp, hot_desking: { status: 'on' } }] } });
  assertContract('updateCommonAreaSetting', on);
  assert.equal(on.status, 204);
  const shown = new Map((await settings(a.id)).desk_phones.map((p) => [p.id, p.hot_desking.status]));
  assert.deepEqual([shown.get(ztp), shown.get(manual)], ['on', 'unsupported']);
  assert.equal((await device(ztp)).policy.hot_desking.status, 'on');

  // One refused item refuses the request: the first phone's change is not kept either.
  const bad = await s.api('PATCH', `/phone/common_areas/${a.id}/settings/desk_phone`, {
    body: { desk_phones: [{ id: ztp, hot_desking: { status: 'off' } }, { id: manual, hot_desking: { status: 'on' } }] },
  });
  assertUndocumentedError(bad, 400, 300, 'Validation failed.');
  assert.equal((await device(ztp)).policy.hot_desking.status, 'on');
  assert.equal((await device(manual)).policy.hot_desking.status, 'unsupported');
});
