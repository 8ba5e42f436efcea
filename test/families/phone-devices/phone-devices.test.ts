// The account's desk phones through the HTTP API: added by MAC address and make,
// listed and shown, assigned to users and common areas within the documented
// limits, given provision templates, deleted; what leaving users do to them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { otherAccount } from '../../support/fixtures.ts';
import { sites } from '../../support/org.ts';
import { releaseExtensions } from '../../../src/families/extensions/public.ts';
import { added, api, assigneeIds, DEMO, details, extension, freshMac, ok, user, type Api } from './support.ts';

let s: TestServer;
let a: Api;
let accounts = 0;
before(async () => {
  s = await startServer();
  a = api(s);
});
after(() => s.close());

/** A master account of its own (no sites, no devices), with its API. */
async function fresh(): Promise<{ a: Api; accountId: string; token: string }> {
  const acct = await otherAccount(s, `pd-acct-${++accounts}`);
  return { a: api(s, acct.token), ...acct };
}

async function listed(x: Api, query: Record<string, string | number>): Promise<any[]> {
  const res = await x.list({ page_size: 300, ...query });
  assertContract('listDevices', res);
  return res.body.devices;
}

test('the demo account lists its seeded desk phones, assigned and not', async () => {
  const assigned = await a.list({ type: 'assigned' });
  assertContract('listDevices', assigned);
  assert.equal(assigned.body.total_records, 3);
  assert.equal(assigned.body.page_size, 30);
  assert.deepEqual(
    assigned.body.devices.map((d: any) => [d.display_name, d.device_type, d.assignees.map((x: any) => x.name), d.status]),
    [
      ["Ada's desk phone", 'Yealink T54W', ['Ada Lovelace'], 'online'],
      ['Reception', 'Poly VVX 450', ['Grace Hopper', 'Barbara Liskov'], 'online'],
      ["Katherine's desk phone", 'AudioCodes 445HD', ['Katherine Johnson'], 'online'],
    ],
  );
  const reception = assigned.body.devices[1];
  // assignee: the first of the assignees, without its extension id
  const { extension_id: _first, ...first } = reception.assignees[0];
  assert.deepEqual(reception.assignee, first);
  assert.equal(first.name, 'Grace Hopper');
  const spare = await a.list({ type: 'unassigned' });
  assertContract('listDevices', spare);
  assert.deepEqual(spare.body.devices.map((d: any) => [d.display_name, d.status, d.assignees]), [['Spare 8841', 'offline', []]]);
});

test('a desk phone added by MAC address and make is listed and shown', async () => {
  const { a: x } = await fresh();
  const res = await x.add({ display_name: 'Front desk', mac_address: '54:39:68:A7:8E:E7', type: 'Yealink', model: 'T54W' });
  assertContract('addADevice', res);
  assert.equal(res.status, 201);
  const id = res.body.id;
  assert.deepEqual(res.body, { id, display_name: 'Front desk' });
  const d = await details(x, id);
  assert.equal(d.mac_address, '543968a78ee7');
  assert.equal(d.device_type, 'Yealink T54W');
  assert.equal(d.status, 'offline', 'a phone assigned to nobody registers no line');
  assert.deepEqual(d.assignees, []);
  assert.equal(d.assignee, undefined);
  assert.equal(d.provision_template_id, '');
  assert.deepEqual(d.provision, { type: 'ztp' });
  assert.deepEqual(d.policy, { call_control: { status: 'off' }, hot_desking: { status: 'off' } });
  assert.deepEqual((await listed(x, { type: 'unassigned' })).map((l) => [l.id, l.mac_address]), [[id, '543968a78ee7']]);
  assert.deepEqual(await listed(x, { type: 'assigned' }), []);
  // other documented spellings: bare, upper case, dashes; makes in any case; a model is optional
  for (const [mac, type, shown] of [
    ['AABBCCDDEE01', 'POLY', 'Poly'],
    ['aa-bb-cc-dd-ee-02', 'audiocodes', 'AudioCodes'],
    ['aabbccddee03', 'other', 'Other'],
  ]) {
    const other = await added(x, { mac_address: mac, type, model: undefined });
    const got = await details(x, other);
    assert.equal(got.mac_address, mac.toLowerCase().replace(/-/g, ''));
    assert.equal(got.device_type, shown);
  }
  const manual = (await listed(x, { type: 'unassigned', device_type: 'other' }))[0];
  assert.deepEqual((await details(x, manual.id)).provision, { type: 'manual', sip_accounts: [] });
});

test('a malformed MAC address or an unknown make is refused and adds nothing', async () => {
  const { a: x } = await fresh();
  for (const mac of ['54396', '543968a78ee', '543968a78ee7a', '54:39:68:a7:8e', '54:39-68:a7:8e:e7', 'zz3968a78ee7', '5439.68a7.8ee7']) {
    assertUndocumentedError(await x.add({ display_name: 'Bad', mac_address: mac, type: 'yealink' }), 400, 300, 'Mac Address format invalid.');
  }
  assertUndocumentedError(await x.add({ display_name: 'Bad', mac_address: freshMac(), type: 'DeviceBrand' }), 400, 300, 'Device type is invalid: DeviceBrand.');
  assertUndocumentedError(await x.add({ display_name: '  ', mac_address: freshMac(), type: 'poly' }), 400, 300, 'display_name must not be empty.');
  const missing = await x.add({ display_name: 'No MAC', type: 'poly' });
  assert.equal(missing.status, 400);
  assert.equal(missing.body.code, 300);
  assert.deepEqual(await listed(x, { type: 'unassigned' }), []);
});

test('a MAC address is one phone in the whole sandbox, in any spelling', async () => {
  const one = await fresh();
  const two = await fresh();
  await added(one.a, { mac_address: '0004f25eec3d' });
  assertUndocumentedError(await one.a.add({ display_name: 'Again', mac_address: '00:04:F2:5E:EC:3D', type: 'poly' }), 400, 300, 'The MAC address 0004f25eec3d is already in use.');
  assertUndocumentedError(await two.a.add({ display_name: 'Elsewhere', mac_address: '00-04-f2-5e-ec-3d', type: 'poly' }), 400, 300, 'The MAC address 0004f25eec3d is already in use.');
  assert.deepEqual(await listed(two.a, { type: 'unassigned' }), []);
  // the demo's seeded phones hold theirs too
  assertUndocumentedError(await two.a.add({ display_name: 'Copy', mac_address: '805ec0a1b2c3', type: 'yealink' }), 400, 300, /already in use/);
});

test('concurrent adds of one MAC address: one wins, the others are refused', async () => {
  const { a: x } = await fresh();
  const mac = freshMac();
  const results = await Promise.all(Array.from({ length: 6 }, (_, i) => x.add({ display_name: `Race ${i}`, mac_address: mac, type: 'yealink' })));
  assert.deepEqual(results.map((r) => r.status).sort(), [201, 400, 400, 400, 400, 400]);
  for (const r of results.filter((r) => r.status === 400)) assertUndocumentedError(r, 400, 300, /already in use/);
  assert.equal((await listed(x, { type: 'unassigned' })).length, 1);
});

test('a phone added for a user or extensions is assigned to them and takes their site', async () => {
  const [main, denver] = await sites(s);
  const ada = await user(s, { siteId: denver.id, name: 'Ada Added' });
  const byUser = await added(a, { assigned_to: ada.id });
  let d = await details(a, byUser);
  assert.deepEqual(d.assignee, { extension_number: d.assignees[0].extension_number, id: ada.id, name: 'Ada Added', extension_type: 'user' });
  assert.deepEqual(d.assignees, [{ extension_id: ada.extensionId, extension_number: d.assignees[0].extension_number, extension_type: 'user', id: ada.id, name: 'Ada Added' }]);
  assert.equal(d.site.id, denver.id);
  assert.equal(d.status, 'online');
  // by email, with a common area of the same site through assignee_extension_ids
  const email = (await s.sandbox.db.selectFrom('phone_users').select('email').where('id', '=', ada.id).executeTakeFirstOrThrow()).email;
  const lobby = await extension(s, 'commonArea', { siteId: denver.id, name: 'Lobby' });
  const both = await added(a, { assigned_to: email, assignee_extension_ids: [lobby.id] });
  d = await details(a, both);
  assert.deepEqual(d.assignees.map((x: any) => [x.extension_id, x.extension_type]), [[ada.extensionId, 'user'], [lobby.id, 'commonArea']]);
  // an unassigned phone on a site given; the site of an account with several sites is required
  const spare = await added(a, { site_id: main.id });
  assert.equal((await details(a, spare)).site.id, main.id);
  assertUndocumentedError(await a.add({ display_name: 'Where?', mac_address: freshMac(), type: 'poly' }), 400, 300, /site_id is required/);
  assertUndocumentedError(await a.add({ display_name: 'Nowhere', mac_address: freshMac(), type: 'poly', site_id: 'no-such-site' }), 400, 300, 'Site does not exist: no-such-site.');
  // unknown user, extension, or one that is neither a user nor a common area: the 404 and nothing added
  const before = (await listed(a, { type: 'unassigned' })).length + (await listed(a, { type: 'assigned' })).length;
  assertUndocumentedError(await a.add({ display_name: 'X', mac_address: freshMac(), type: 'poly', assigned_to: 'nobody@nowhere.test' }), 404, 1001, 'User not found: nobody@nowhere.test.');
  assertUndocumentedError(await a.add({ display_name: 'X', mac_address: freshMac(), type: 'poly', assignee_extension_ids: ['nope'] }), 404, 1001, 'User extension ID or common area extension ID not found.');
  const queue = await extension(s, 'callQueue');
  assertUndocumentedError(await a.add({ display_name: 'X', mac_address: freshMac(), type: 'poly', assignee_extension_ids: [queue.id] }), 404, 1001, 'User extension ID or common area extension ID not found.');
  assert.equal((await listed(a, { type: 'unassigned' })).length + (await listed(a, { type: 'assigned' })).length, before);
});

test('assigning extensions: users and common areas, the documented 404 for others', async () => {
  const [, denver] = await sites(s);
  const u = await user(s, { siteId: denver.id });
  const area = await extension(s, 'commonArea', { siteId: denver.id });
  const id = await added(a, { site_id: denver.id });
  const res = await a.assign(id, [u.extensionId, area.id]);
  assertContract('assignAnEntityToADevice', res);
  assert.equal(res.status, 201);
  assert.deepEqual(assigneeIds(await details(a, id)), [u.extensionId, area.id]);
  assert.ok((await listed(a, { type: 'assigned', assignee_type: 'commonArea' })).some((d) => d.id === id));
  // again: nothing changes
  ok(await a.assign(id, [area.id]), 201);
  assert.deepEqual(assigneeIds(await details(a, id)), [u.extensionId, area.id]);
  const queue = await extension(s, 'callQueue', { siteId: denver.id });
  assertDocumentedError('assignAnEntityToADevice', await a.assign(id, [queue.id]), 'userExtensionIdOrCommonArea');
  assertDocumentedError('assignAnEntityToADevice', await a.assign(id, ['no-such-extension']), 'userExtensionIdOrCommonArea');
  const empty = await a.assign(id, []);
  assertDocumentedError('assignAnEntityToADevice', empty, 'error300');
  assert.equal(empty.body.message, 'assignee_extension_ids must name at least one extension.');
  const missing = await a.assign('no-such-device', [u.extensionId]);
  assertDocumentedError('assignAnEntityToADevice', missing, 'error300');
  assert.equal(missing.body.message, 'Device does not exist in the system.');
  assert.deepEqual(assigneeIds(await details(a, id)), [u.extensionId, area.id]);
});

test('each user can be assigned up to 3 desk phones', async () => {
  const [main] = await sites(s);
  const u = await user(s, { siteId: main.id });
  const phones = [];
  for (let i = 0; i < 3; i++) phones.push(await added(a, { assigned_to: u.id }));
  const fourth = await added(a, { site_id: main.id });
  const refused = await a.assign(fourth, [u.extensionId]);
  assertDocumentedError('assignAnEntityToADevice', refused, 'error300');
  assert.match(refused.body.message, /^Each user can be assigned up to 3 desk phones/);
  assert.deepEqual(assigneeIds(await details(a, fourth)), []);
  assertUndocumentedError(await a.add({ display_name: 'Fifth', mac_address: freshMac(), type: 'poly', assigned_to: u.id }), 400, 300, /^Each user can be assigned up to 3 desk phones/);
  // one let go frees a place
  ok(await a.unassign(phones[0], u.extensionId), 204);
  ok(await a.assign(fourth, [u.extensionId]), 201);
  assert.deepEqual(assigneeIds(await details(a, fourth)), [u.extensionId]);
  // a common area has no such limit
  const area = await extension(s, 'commonArea', { siteId: main.id });
  for (let i = 0; i < 4; i++) await added(a, { assignee_extension_ids: [area.id] });
});

test('concurrent assignments of one user past 3 phones: only the free slots are taken', async () => {
  const [main] = await sites(s);
  const u = await user(s, { siteId: main.id });
  const phones = [];
  for (let i = 0; i < 5; i++) phones.push(await added(a, { site_id: main.id }));
  const results = await Promise.all(phones.map((p) => a.assign(p, [u.extensionId])));
  assert.deepEqual(results.map((r) => r.status).sort(), [201, 201, 201, 400, 400]);
  let held = 0;
  for (const p of phones) held += assigneeIds(await details(a, p)).length;
  assert.equal(held, 3);
});

test('all users of a phone must be on one site', async () => {
  const [main, denver] = await sites(s);
  const here = await user(s, { siteId: main.id });
  const there = await user(s, { siteId: denver.id });
  const id = await added(a, { assigned_to: here.id });
  const refused = await a.assign(id, [there.extensionId]);
  assertDocumentedError('assignAnEntityToADevice', refused, 'error300');
  assert.equal(refused.body.message, 'All users must belong to the same site if a desk phone is assigned to multiple users.');
  assertUndocumentedError(
    await a.add({ display_name: 'Mixed', mac_address: freshMac(), type: 'poly', assignee_extension_ids: [here.extensionId, there.extensionId] }),
    400,
    300,
    'All users must belong to the same site if a desk phone is assigned to multiple users.',
  );
  assert.deepEqual(assigneeIds(await details(a, id)), [here.extensionId]);
});

test('unassigning an extension takes it off the phone and closes up the positions', async () => {
  const [main] = await sites(s);
  const [one, two, three] = [await user(s, { siteId: main.id }), await user(s, { siteId: main.id }), await user(s, { siteId: main.id })];
  const id = await added(a, { assignee_extension_ids: [one.extensionId, two.extensionId, three.extensionId] });
  const res = await a.unassign(id, one.extensionId);
  assertContract('unassignAnEntityFromTheDevice', res);
  assert.equal(res.status, 204);
  const pos = await a.positions(id);
  assert.deepEqual(pos.body.positions.map((p: any) => [p.index, p.extension_id]), [[1, two.extensionId], [2, three.extensionId]]);
  const again = await a.unassign(id, one.extensionId);
  assertDocumentedError('unassignAnEntityFromTheDevice', again, 'error300');
  assert.equal(again.body.message, `The extension ${one.extensionId} is not assigned to the device.`);
  const missing = await a.unassign('no-such-device', two.extensionId);
  assertDocumentedError('unassignAnEntityFromTheDevice', missing, 'error300');
  assert.equal(missing.body.message, 'Device does not exist in the system.');
  ok(await a.unassign(id, two.extensionId), 204);
  ok(await a.unassign(id, three.extensionId), 204);
  const d = await details(a, id);
  assert.deepEqual([d.assignees, d.status, d.site.id], [[], 'offline', main.id]);
  assert.ok((await listed(a, { type: 'unassigned' })).some((l) => l.id === id));
});

test('an assigned phone cannot be deleted; an unassigned one is gone', async () => {
  const [main] = await sites(s);
  const u = await user(s, { siteId: main.id });
  const id = await added(a, { assigned_to: u.id });
  const refused = await a.remove(id);
  assertDocumentedError('deleteADevice', refused, 'error300');
  assert.match(refused.body.message, /^The device is assigned/);
  assert.equal((await details(a, id)).id, id);
  ok(await a.unassign(id, u.extensionId), 204);
  const res = await a.remove(id);
  assertContract('deleteADevice', res);
  assert.equal(res.status, 204);
  assertDocumentedError('getDeviceDetails', await a.get(id), 'deviceDoesNotExistInThe');
  const again = await a.remove(id);
  assertDocumentedError('deleteADevice', again, 'error300');
  assert.equal(again.body.message, 'Device does not exist in the system.');
});

test('an update renames, reassigns and changes the template; refusals change nothing', async () => {
  const [main] = await sites(s);
  const [one, two] = [await user(s, { siteId: main.id }), await user(s, { siteId: main.id })];
  const template = await s.api('POST', '/phone/provision_templates', { body: { name: `Update ${freshMac()}` } });
  const id = await added(a, { assignee_extension_ids: [one.extensionId, two.extensionId] });
  const res = await a.update(id, { display_name: 'Renamed', assigned_to: two.id, provision_template_id: template.body.id });
  assertContract('updateADevice', res);
  assert.equal(res.status, 204);
  let d = await details(a, id);
  assert.deepEqual([d.display_name, assigneeIds(d), d.provision_template_id], ['Renamed', [two.extensionId], template.body.id]);
  // an empty body changes nothing; an empty template removes it
  ok(await a.update(id, {}), 204);
  ok(await a.update(id, { provision_template_id: '' }), 204);
  d = await details(a, id);
  assert.deepEqual([d.display_name, assigneeIds(d), d.provision_template_id], ['Renamed', [two.extensionId], '']);
  assertDocumentedError('updateADevice', await a.update('no-such-device', { display_name: 'x' }), 'validationFailedDeviceDoesNotExist');
  assertDocumentedError('updateADevice', await a.update(id, { assigned_to: '' }), 'validationFailedDeviceDoesNotExist');
  const nobody = await a.update(id, { display_name: 'Lost', assigned_to: 'nobody-at-all' });
  assertDocumentedError('updateADevice', nobody, 'userNotFoundTheUserExtension');
  assert.match(nobody.body.message, /^User not found: nobody-at-all /);
  assertUndocumentedError(await a.update(id, { display_name: 'Lost', provision_template_id: 'no-such-template' }), 400, 404, 'Provision template does not exist.');
  const blank = await a.update(id, { display_name: ' ' });
  assert.deepEqual([blank.status, blank.body.code, blank.body.message], [400, 300, 'display_name must not be empty.']);
  d = await details(a, id);
  assert.deepEqual([d.display_name, assigneeIds(d)], ['Renamed', [two.extensionId]]);
});

test('a provision template applied to a phone counts as bound; removed when left empty', async () => {
  const { a: x, token } = await fresh();
  const t = await s.api('POST', '/phone/provision_templates', { body: { name: 'Lobby' }, token });
  const id = await added(x, {});
  const res = await x.template(id, { provision_template_id: t.body.id });
  assertContract('updateProvisionTemplateOfADevice', res);
  assert.equal(res.status, 204);
  assert.equal((await details(x, id)).provision_template_id, t.body.id);
  const second = await added(x, { provision_template_id: t.body.id });
  assert.equal((await details(x, second)).provision_template_id, t.body.id);
  const shown = await s.api('GET', `/phone/provision_templates/${t.body.id}`, { token });
  assertContract('getAProvisionTemplate', shown);
  assert.equal(shown.body.bound_device_count, 2);
  const list = await s.api('GET', '/phone/provision_templates', { token });
  assertContract('listProvisionTemplates', list);
  assert.deepEqual(list.body.provision_templates.map((p: any) => p.bound_device_count), [2]);
  ok(await x.template(id, {}), 204);
  assert.equal((await details(x, id)).provision_template_id, '');
  ok(await x.template(second, { provision_template_id: '' }), 204);
  assert.equal((await s.api('GET', `/phone/provision_templates/${t.body.id}`, { token })).body.bound_device_count, 0);
  assertDocumentedError('updateProvisionTemplateOfADevice', await x.template(id, { provision_template_id: 'no-such-template' }), 'provisionTemplateDoesNotExist');
  // a template of another account is not this account's
  const other = await fresh();
  const theirs = await s.api('POST', '/phone/provision_templates', { body: { name: 'Theirs' }, token: other.token });
  assertDocumentedError('updateProvisionTemplateOfADevice', await x.template(id, { provision_template_id: theirs.body.id }), 'provisionTemplateDoesNotExist');
  // "Supported only by some devices": a manually provisioned phone takes none
  const manual = await added(x, { type: 'other', model: 'SIP-T1' });
  const refused = await x.template(manual, { provision_template_id: t.body.id });
  assertDocumentedError('updateProvisionTemplateOfADevice', refused, 'error300');
  assert.equal(refused.body.message, 'The given device type does not support provision templates.');
  assertUndocumentedError(await x.add({ display_name: 'M', mac_address: freshMac(), type: 'other', provision_template_id: t.body.id }), 400, 300, 'The given device type does not support provision templates.');
  assertUndocumentedError(await x.add({ display_name: 'M', mac_address: freshMac(), type: 'poly', provision_template_id: 'nope' }), 400, 404, 'Provision template does not exist.');
  const gone = await x.template('no-such-device', { provision_template_id: t.body.id });
  assertDocumentedError('updateProvisionTemplateOfADevice', gone, 'error300');
  assert.equal(gone.body.message, 'Device does not exist in the system.');
  assert.equal((await details(x, id)).provision_template_id, '');
});

test('a deleted template is no longer shown on the phone', async () => {
  const { a: x, token } = await fresh();
  const t = await s.api('POST', '/phone/provision_templates', { body: { name: 'Short lived' }, token });
  const id = await added(x, { provision_template_id: t.body.id });
  ok(await s.api('DELETE', `/phone/provision_templates/${t.body.id}`, { token }), 204);
  assert.equal((await details(x, id)).provision_template_id, '');
  assert.equal((await listed(x, { type: 'unassigned' }))[0].provision_template_id, '');
});

test('the list filters by assignee type, site, make and keyword, and pages', async () => {
  const { a: x, accountId } = await fresh();
  const u = await user(s, { accountId });
  const area = await extension(s, 'commonArea', { accountId });
  const mine = await added(x, { assigned_to: u.id, display_name: 'Alpha desk', type: 'poly', model: 'VVX 450' });
  const shared = await added(x, { assignee_extension_ids: [area.id], display_name: 'Beta lobby', type: 'yealink' });
  const loose = await added(x, { display_name: 'Gamma spare', type: 'cisco', model: '8841', mac_address: 'c0ffee000001' });
  assert.deepEqual((await listed(x, { type: 'assigned' })).map((d) => d.id), [mine, shared]);
  assert.deepEqual((await listed(x, { type: 'assigned', assignee_type: 'user' })).map((d) => d.id), [mine]);
  assert.deepEqual((await listed(x, { type: 'assigned', assignee_type: 'commonArea' })).map((d) => d.id), [shared]);
  assert.deepEqual((await listed(x, { type: 'unassigned' })).map((d) => d.id), [loose]);
  assert.deepEqual((await listed(x, { type: 'assigned', device_type: 'poly' })).map((d) => d.id), [mine]);
  assert.deepEqual((await listed(x, { type: 'assigned', device_type: 'cisco' })).map((d) => d.id), []);
  assert.deepEqual((await listed(x, { type: 'assigned', keyword: 'LOBBY' })).map((d) => d.id), [shared]);
  assert.deepEqual((await listed(x, { type: 'unassigned', keyword: 'c0ffee' })).map((d) => d.id), [loose]);
  assert.deepEqual((await listed(x, { type: 'assigned', keyword: '100%' })).map((d) => d.id), []);
  assert.deepEqual((await listed(x, { type: 'assigned', device_source: 'haas' })).map((d) => d.id), []);
  assert.deepEqual((await listed(x, { type: 'assigned', site_id: 'no-such-site' })).map((d) => d.id), []);
  // pages, 300 at most
  const first = await x.list({ type: 'assigned', page_size: 1 });
  assertContract('listDevices', first);
  assert.deepEqual([first.body.total_records, first.body.devices.length], [2, 1]);
  const second = await x.list({ type: 'assigned', page_size: 1, next_page_token: first.body.next_page_token });
  assertContract('listDevices', second);
  assert.deepEqual([second.body.devices[0].id, second.body.next_page_token], [shared, '']);
  assert.equal((await x.list({ type: 'assigned', page_size: 300 })).status, 200);
  assert.equal((await x.list({ type: 'assigned', page_size: 301 })).status, 400);
  assert.equal((await x.list({})).status, 400, 'type is required');
});

test("another account neither sees nor changes the account's phones", async () => {
  const { a: x, accountId } = await fresh();
  const u = await user(s, { accountId });
  const id = await added(x, { assigned_to: u.id });
  const demoPhone = (await listed(a, { type: 'unassigned' }))[0].id;
  assertDocumentedError('getDeviceDetails', await x.get(demoPhone), 'deviceDoesNotExistInThe');
  assertDocumentedError('getDeviceDetails', await a.get(id), 'deviceDoesNotExistInThe');
  assert.ok(!(await listed(a, { type: 'assigned' })).some((d) => d.id === id));
  assertDocumentedError('updateADevice', await a.update(id, { display_name: 'Mine now' }), 'validationFailedDeviceDoesNotExist');
  assertDocumentedError('deleteADevice', await a.remove(id), 'error300');
  assertDocumentedError('assignAnEntityToADevice', await x.assign(id, [(await user(s)).extensionId]), 'userExtensionIdOrCommonArea');
  assertDocumentedError('unassignAnEntityFromTheDevice', await a.unassign(id, u.extensionId), 'error300');
  assertDocumentedError('rebootADeskPhone', await a.reboot(id), 'deviceDoesNotExist');
  assertUndocumentedError(await a.positions(id), 400, 400, 'Device does not exist in the system.');
  assertUndocumentedError(await a.keys(u.extensionId), 400, 300, `Extension does not exist: ${u.extensionId}.`);
  assertUndocumentedError(await x.add({ display_name: 'X', mac_address: freshMac(), type: 'poly', assigned_to: (await user(s)).id }), 404, 1001, /^User not found/);
  const d = await details(x, id);
  assert.deepEqual([d.display_name, assigneeIds(d)], ['Desk phone', [u.extensionId]]);
});

test('a removed user leaves its phones, line keys and smartphones', async () => {
  const [main] = await sites(s);
  const [leaving, staying] = [await user(s, { siteId: main.id }), await user(s, { siteId: main.id })];
  const id = await added(a, { assignee_extension_ids: [leaving.extensionId, staying.extensionId] });
  ok(await a.setKeys(staying.extensionId, [{ type: 'blf', key_assignment: { extension_id: leaving.extensionId } }, { type: 'speed_dial', key_assignment: { speed_dial_number: '100' } }]), 204);
  ok(await a.setKeys(leaving.extensionId, [{ type: 'speed_dial', key_assignment: { speed_dial_number: '200' } }]), 204);
  assert.ok(await s.sandbox.removePhoneUser(DEMO, leaving.id));
  const d = await details(a, id);
  assert.deepEqual(d.assignees.map((x: any) => x.extension_id), [staying.extensionId]);
  assert.deepEqual((await a.positions(id)).body.positions.map((p: any) => [p.index, p.extension_id]), [[1, staying.extensionId]]);
  assert.deepEqual((await a.keys(staying.extensionId)).body.line_keys.map((k: any) => k.type), ['speed_dial'], 'the busy lamp on the user is gone');
  assertUndocumentedError(await a.keys(leaving.extensionId), 400, 300, `Extension does not exist: ${leaving.extensionId}.`);
  // a common area released leaves its phones the same way
  const area = await extension(s, 'commonArea', { siteId: main.id });
  const lobby = await added(a, { assignee_extension_ids: [area.id] });
  await s.sandbox.db.transaction().execute((trx) => releaseExtensions(trx, DEMO, area.ownerId, 'commonArea'));
  const l = await details(a, lobby);
  assert.deepEqual([l.assignees, l.status], [[], 'offline']);
});

test('a seeded smartphone of a removed user is listed without an assignee', async () => {
  const before = await a.smartphones();
  const phone = before.body.smartphones.find((p: any) => p.device_name === 'TC52');
  const ownerExt = phone.assignee.common_area_id;
  const owner = await s.sandbox.db.selectFrom('extensions').select('owner_id').where('id', '=', ownerExt).executeTakeFirstOrThrow();
  assert.ok(await s.sandbox.removePhoneUser(DEMO, owner.owner_id));
  const after = await a.smartphones();
  assertContract('listSmartphones', after);
  assert.equal(after.body.smartphones.find((p: any) => p.device_name === 'TC52').assignee, undefined);
});

test('a deleted site moves its phones to the transfer site', async () => {
  const { a: x, token } = await fresh();
  const made = [];
  for (const name of ['Keep', 'Doomed']) {
    const res = await s.api('POST', '/phone/sites', { token, body: { name, auto_receptionist_name: `${name} AR`, default_emergency_address: { address_line1: '55 Almaden Blvd', city: 'San Jose', state_code: 'CA', zip: '95113', country: 'US' } } });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    made.push(res.body.id);
  }
  const id = await added(x, { site_id: made[1] });
  ok(await s.api('DELETE', `/phone/sites/${made[1]}`, { token, query: { transfer_site_id: made[0] } }), 204);
  assert.equal((await details(x, id)).site.id, made[0]);
});

test("a user's profile settings show the desk phones assigned to it", async () => {
  const [main] = await sites(s);
  const u = await user(s, { siteId: main.id });
  const none = await s.api('GET', `/phone/users/${u.id}/settings`);
  assertContract('getAUsersProfileSettings', none);
  assert.equal(none.body.desk_phone, undefined);
  const id = await added(a, { assigned_to: u.id, display_name: 'Settings phone', type: 'poly', model: 'VVX 450', mac_address: '64167f379097' });
  const res = await s.api('GET', `/phone/users/${u.id}/settings`);
  assertContract('getAUsersProfileSettings', res);
  assert.deepEqual(
    res.body.desk_phone.devices.map((d: any) => [d.id, d.display_name, d.device_type, d.mac_address, d.status]),
    [[id, 'Settings phone', 'Poly VVX 450', '64167f379097', 'online']],
  );
});

test('a user moved to another site takes its phones along', async () => {
  const [main, denver] = await sites(s);
  const u = await user(s, { siteId: main.id });
  const id = await added(a, { assigned_to: u.id });
  const moved = await s.api('PATCH', `/phone/users/${u.id}`, { body: { site_id: denver.id } });
  assert.equal(moved.status, 204, JSON.stringify(moved.body));
  assert.equal((await details(a, id)).site.id, denver.id);
});
