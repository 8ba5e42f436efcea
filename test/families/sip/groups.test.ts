import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { fieldOf, MASTER, newAccount, SUB, tokenOf } from './fixtures.ts';
import { assertPageTokensExpire } from '../../support/pages.ts';

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
  assert.deepEqual(res.body.sip_groups.map((g: any) => [g.display_name, g.description, g.sip_trunk.name, g.send_sip_group_name]), [
    ['West Coast Routing', 'Calls routed over the US West trunk', 'US West BYOC', true],
    ['East Coast Routing', 'Calls routed over the US East trunk', 'US East BYOC', false],
    ['Contact Center', 'Contact center inbound routing', 'Contact Center Trunk', true],
  ]);
  // the group's trunk is one of the account's BYOC trunks
  const trunks = (await s.api('GET', '/phone/sip_trunk/trunks')).body.byoc_sip_trunk;
  assert.equal(res.body.sip_groups[0].sip_trunk.id, trunks.find((t: any) => t.name === 'US West BYOC').id);
});

test('Number Management lists the groups of the asked product, COMMON ones with either', async () => {
  const phone = await nm('me', { allocated_product: 'ZOOM_PHONE' });
  assertContract('listSipGroupsForNumberManagement', phone);
  assert.equal(phone.body.total_records, 2);
  assert.deepEqual(phone.body.sip_groups.map((g: any) => [g.display_name, g.source_system, g.sip_trunk.type, g.send_sip_group_name]), [
    ['West Coast Routing', 'COMMON', 'BYOC', true],
    ['East Coast Routing', 'ZOOM_PHONE', 'BYOC', false],
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
  assert.equal(same.sip_trunk.name, cross.sip_trunk.name);
  assert.equal(same.send_sip_group_name, cross.send_sip_group_name);
});

test('a product left out, empty or unknown answers 1002006 product cannot be empty', async () => {
  assertDocumentedError('listSipGroupsForNumberManagement', await nm('me', {}), 'productCannotBeEmpty');
  assertDocumentedError('listSipGroupsForNumberManagement', await nm('me', { allocated_product: '' }), 'productCannotBeEmpty');
  // no product the page knows is none at all
  assertDocumentedError('listSipGroupsForNumberManagement', await nm('me', { allocated_product: 'ZOOM_MEETINGS' }), 'productCannotBeEmpty');
});

test('SIP groups are account-scoped: the sub account and a stranger see none of the master\'s', async () => {
  const sub = await nm(SUB, { allocated_product: 'ZOOM_PHONE' });
  assertContract('listSipGroupsForNumberManagement', sub);
  assert.deepEqual(sub.body.sip_groups, []);
  assert.equal(sub.body.total_records, 0);
  const own = await s.api('GET', '/phone/sip_groups', { token: subToken });
  assertContract('listSipGroups', own);
  assert.deepEqual(own.body.sip_groups, []);
  assertUndocumentedError(await nm('other-master', { allocated_product: 'ZOOM_PHONE' }), 404, 2001, 'Account does not exist.');
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
  assertUndocumentedError(broken, 400, 300, 'The next page token is invalid or expired.');
  const foreign = await nm('me', { allocated_product: 'ZOOM_CONTACT_CENTER', page_size: 1, next_page_token: a.body.next_page_token });
  assertUndocumentedError(foreign, 400, 300, 'The next page token is invalid or expired.');
});

test('both group lists take at most 300 a page', async () => {
  const phone = await s.api('GET', '/phone/sip_groups', { query: { page_size: 300 } });
  assertContract('listSipGroups', phone);
  assert.equal(phone.body.page_size, 300);
  const tooMany = await s.api('GET', '/phone/sip_groups', { query: { page_size: 301 } });
  assertUndocumentedError(tooMany, 400, 300, 'Validation Failed.');
  assert.equal(fieldOf(tooMany), 'page_size');
  assertContract('listSipGroupsForNumberManagement', await nm('me', { allocated_product: 'ZOOM_PHONE', page_size: 300 }));
  assertUndocumentedError(await nm('me', { allocated_product: 'ZOOM_PHONE', page_size: 301 }), 400, 300, 'page_size must be a whole number from 1 to 300.');
});

// Last: it moves the sandbox clock.
test('a page token of either group list expires after 15 minutes', async () => {
  await assertPageTokensExpire(
    s,
    [
      { op: 'listSipGroups', get: (query) => s.api('GET', '/phone/sip_groups', { query }) },
      { op: 'listSipGroupsForNumberManagement', get: (query) => nm('me', { allocated_product: 'ZOOM_PHONE', ...query }) },
    ],
    (_, res) => assertUndocumentedError(res, 400, 300, 'The next page token is invalid or expired.'),
  );
});
