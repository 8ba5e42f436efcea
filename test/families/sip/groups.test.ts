import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract } from '../../support/contract.ts';
import { MASTER, newAccount, SUB, tokenOf } from './fixtures.ts';

let s: TestServer;
let subToken: string;

before(async () => {
  s = await startServer();
  subToken = await tokenOf(s, SUB);
  await newAccount(s, 'other-master', null);
});
after(() => s.close());

const nm = (accountId: string, query: Record<string, string | number>, token?: string) =>
  s.api('GET', `/accounts/${accountId}/number_management/sip_groups`, { query, token });

test('the Phone view lists the SIP groups with their trunk', async () => {
  const res = await s.api('GET', '/phone/sip_groups');
  assertContract('listSipGroups', res);
  assert.equal(res.body.page_size, 30);
  assert.equal(res.body.next_page_token, '');
  assert.deepEqual(res.body.sip_groups.map((g: any) => [g.display_name, g.sip_trunk.name, g.send_sip_group_name]), [
    ['West Coast Routing', 'US West BYOC', true],
    ['East Coast Routing', 'US East BYOC', false],
    ['Contact Center', 'Contact Center Trunk', true],
  ]);
  // the group's trunk is one of the account's BYOC trunks
  const trunks = (await s.api('GET', '/phone/sip_trunk/trunks')).body.byoc_sip_trunk;
  assert.equal(res.body.sip_groups[0].sip_trunk.id, trunks.find((t: any) => t.name === 'US West BYOC').id);
});

test('Number Management lists the groups of the asked product, COMMON ones with either', async () => {
  const phone = await nm('me', { allocated_product: 'ZOOM_PHONE' });
  assertContract('listSipGroupsForNumberManagement', phone);
  assert.equal(phone.body.total_records, 2);
  assert.deepEqual(phone.body.sip_groups.map((g: any) => [g.display_name, g.source_system, g.sip_trunk.type]), [
    ['West Coast Routing', 'COMMON', 'BYOC'],
    ['East Coast Routing', 'ZOOM_PHONE', 'BYOC'],
  ]);
  const cc = await nm(MASTER, { allocated_product: 'ZOOM_CONTACT_CENTER' });
  assertContract('listSipGroupsForNumberManagement', cc);
  assert.deepEqual(cc.body.sip_groups.map((g: any) => g.display_name), ['West Coast Routing', 'Contact Center']);
  // the same record in both views
  const phoneView = (await s.api('GET', '/phone/sip_groups')).body.sip_groups;
  const cross = cc.body.sip_groups[1];
  const same = phoneView.find((g: any) => g.id === cross.sip_group_id);
  assert.equal(same.display_name, cross.display_name);
  assert.equal(same.description, cross.description);
  assert.equal(same.sip_trunk.id, cross.sip_trunk.sip_trunk_id);
});

test('allocated_product is required', async () => {
  const res = await nm('me', {});
  assert.equal(res.status, 400);
});

test('SIP groups are account-scoped: the sub account and a stranger see none of the master\'s', async () => {
  const sub = await nm(SUB, { allocated_product: 'ZOOM_PHONE' });
  assertContract('listSipGroupsForNumberManagement', sub);
  assert.deepEqual(sub.body.sip_groups, []);
  assert.equal(sub.body.total_records, 0);
  const own = await s.api('GET', '/phone/sip_groups', { token: subToken });
  assertContract('listSipGroups', own);
  assert.deepEqual(own.body.sip_groups, []);
  const stranger = await nm('other-master', { allocated_product: 'ZOOM_PHONE' });
  assert.equal(stranger.status, 404);
  assert.equal(stranger.body.code, 2001);
});

test('both group lists page by next_page_token, and a broken token is refused', async () => {
  const first = await s.api('GET', '/phone/sip_groups', { query: { page_size: 2 } });
  assertContract('listSipGroups', first);
  assert.equal(first.body.sip_groups.length, 2);
  assert.notEqual(first.body.next_page_token, '');
  const second = await s.api('GET', '/phone/sip_groups', { query: { page_size: 2, next_page_token: first.body.next_page_token } });
  assertContract('listSipGroups', second);
  assert.deepEqual(second.body.sip_groups.map((g: any) => g.display_name), ['Contact Center']);
  assert.equal(second.body.next_page_token, '');

  const a = await nm('me', { allocated_product: 'ZOOM_PHONE', page_size: 1 });
  assert.equal(a.body.sip_groups.length, 1);
  assert.equal(a.body.total_records, 2);
  const b = await nm('me', { allocated_product: 'ZOOM_PHONE', page_size: 1, next_page_token: a.body.next_page_token });
  assertContract('listSipGroupsForNumberManagement', b);
  assert.deepEqual(b.body.sip_groups.map((g: any) => g.display_name), ['East Coast Routing']);
  assert.equal(b.body.next_page_token, '');

  const broken = await s.api('GET', '/phone/sip_groups', { query: { next_page_token: 'not-a-token' } });
  assert.equal(broken.status, 400);
});
