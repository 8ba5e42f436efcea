import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertUndocumentedError } from '../../support/contract.ts';
import { fieldOf, MASTER, newAccount, SUB, tokenOf } from './fixtures.ts';
import { assertPageTokensExpire } from '../../support/pages.ts';

let s: TestServer;
let subToken: string;
let otherToken: string;
let secondSub: string;
let trunks: { id: string; name: string }[];

before(async () => {
  s = await startServer();
  subToken = await tokenOf(s, SUB);
  secondSub = await newAccount(s, 'second-sub', MASTER);
  await newAccount(s, 'other-master', null);
  await newAccount(s, 'other-sub', 'other-master');
  otherToken = await tokenOf(s, 'other-master');
  const list = await s.api('GET', '/phone/sip_trunk/trunks');
  trunks = list.body.byoc_sip_trunk;
});
after(() => s.close());

const byName = (name: string) => trunks.find((t) => t.name === name)!;
const assign = (accountId: string, sip_trunks: unknown[], token?: string) =>
  s.api('POST', `/accounts/${accountId}/sip_trunk/trunks`, { body: { sip_trunks }, token });
const phoneTrunks = async (token?: string) => (await s.api('GET', '/phone/sip_trunk/trunks', { token, query: { page_size: 100 } })).body.byoc_sip_trunk.map((t: any) => t.id);
const nmTrunks = async (accountId: string, product = 'ZOOM_PHONE') =>
  (await s.api('GET', `/accounts/${accountId}/number_management/sip_trunks`, { query: { allocated_product: product, page_size: 100 } })).body.byoc_sip_trunk.map((t: any) => t.sip_trunk_id);
const links = (accountId: string) => s.sandbox.db.selectFrom('sip_trunk_links').selectAll().where('account_id', '=', accountId).execute();

test('the master lists its own BYOC trunks in the Phone view', async () => {
  const res = await s.api('GET', '/phone/sip_trunk/trunks');
  assertContract('listByocSipTrunks', res);
  assert.equal(res.body.page_size, 30);
  assert.equal(res.body.next_page_token, '');
  assert.deepEqual(res.body.byoc_sip_trunk.map((t: any) => t.name), ['US West BYOC', 'US East BYOC', 'Contact Center Trunk']);
  const west = res.body.byoc_sip_trunk[0];
  assert.deepEqual(west, { id: west.id, name: 'US West BYOC', carrier: 'Bandwidth', carrier_account: '100200300', region: 'us-west', sbc_label: 'SJC' });
});

test('Number Management lists the trunks serving the asked product (COMMON serves both)', async () => {
  const phone = await s.api('GET', '/accounts/me/number_management/sip_trunks', { query: { allocated_product: 'ZOOM_PHONE' } });
  assertContract('listByocSipTrunksForNumberManagement', phone);
  assert.deepEqual(phone.body.byoc_sip_trunk.map((t: any) => [t.name, t.source_system]), [['US West BYOC', 'COMMON'], ['US East BYOC', 'ZOOM_PHONE']]);
  assert.equal(phone.body.total_records, 2);
  const cc = await s.api('GET', '/accounts/me/number_management/sip_trunks', { query: { allocated_product: 'ZOOM_CONTACT_CENTER' } });
  assertContract('listByocSipTrunksForNumberManagement', cc);
  assert.deepEqual(cc.body.byoc_sip_trunk.map((t: any) => t.name), ['US West BYOC', 'Contact Center Trunk']);
  assert.deepEqual(cc.body.byoc_sip_trunk[1], {
    sip_trunk_id: byName('Contact Center Trunk').id,
    name: 'Contact Center Trunk',
    carrier: 'Twilio',
    carrier_account: 'AC0001',
    region: 'us-central',
    sbc_label: 'DFW',
    source_system: 'ZOOM_CONTACT_CENTER',
  });
});

test('allocated_product is required by the Number Management trunk list', async () => {
  const res = await s.api('GET', '/accounts/me/number_management/sip_trunks');
  assertUndocumentedError(res, 400, 300, 'Validation Failed.');
  assert.equal(fieldOf(res), 'allocated_product');
});

test('both trunk lists show 30 a page unless asked', async () => {
  const owner = await newAccount(s, 'many-trunks', null);
  const token = await tokenOf(s, owner);
  for (let i = 0; i < 31; i++) {
    const id = `many-trunk-${i}`;
    await s.sandbox.db
      .insertInto('sip_trunks')
      .values({
        id, account_id: owner, name: `Trunk ${i}`, sip_server_address: 'x', number_prefix: '0', dnis: `155${String(i).padStart(7, '0')}`,
        carrier: 'c', carrier_account: 'a', region: 'r', sbc_label: 's', source_system: 'COMMON', trunk_type: 'BYOC', created_at: 0,
      })
      .execute();
    await s.sandbox.db
      .insertInto('sip_trunk_links')
      .values({ account_id: owner, trunk_id: id, dnis: `155${String(i).padStart(7, '0')}`, outbound_caller_id: null, source_system: 'COMMON', created_at: 0 })
      .execute();
  }
  const phone = await s.api('GET', '/phone/sip_trunk/trunks', { token });
  assertContract('listByocSipTrunks', phone);
  assert.equal(phone.body.page_size, 30);
  assert.equal(phone.body.byoc_sip_trunk.length, 30);
  assert.notEqual(phone.body.next_page_token, '');
  const nm = await s.api('GET', '/accounts/me/number_management/sip_trunks', { token, query: { allocated_product: 'ZOOM_PHONE' } });
  assertContract('listByocSipTrunksForNumberManagement', nm);
  assert.equal(nm.body.byoc_sip_trunk.length, 30);
  assert.equal(nm.body.total_records, 31);
  assert.notEqual(nm.body.next_page_token, '');
});

test('the trunk lists take at most 100 a page', async () => {
  const phone = await s.api('GET', '/phone/sip_trunk/trunks', { query: { page_size: 100 } });
  assertContract('listByocSipTrunks', phone);
  assert.equal(phone.body.page_size, 100);
  const tooMany = await s.api('GET', '/phone/sip_trunk/trunks', { query: { page_size: 101 } });
  assertUndocumentedError(tooMany, 400, 300, 'Validation Failed.');
  assert.equal(fieldOf(tooMany), 'page_size');
  const query = { allocated_product: 'ZOOM_PHONE' };
  assertContract('listByocSipTrunksForNumberManagement', await s.api('GET', '/accounts/me/number_management/sip_trunks', { query: { ...query, page_size: 100 } }));
  const nmTooMany = await s.api('GET', '/accounts/me/number_management/sip_trunks', { query: { ...query, page_size: 101 } });
  assertUndocumentedError(nmTooMany, 400, 300, 'page_size must be a whole number from 1 to 100.');
});

test('the trunk lists page by next_page_token in both views', async () => {
  const seen: string[] = [];
  let token = '';
  do {
    const res = await s.api('GET', '/phone/sip_trunk/trunks', { query: token ? { page_size: 1, next_page_token: token } : { page_size: 1 } });
    assertContract('listByocSipTrunks', res);
    assert.equal(res.body.byoc_sip_trunk.length, 1);
    seen.push(res.body.byoc_sip_trunk[0].id);
    token = res.body.next_page_token;
  } while (token);
  assert.deepEqual(seen, trunks.map((t) => t.id));

  const first = await s.api('GET', '/accounts/me/number_management/sip_trunks', { query: { allocated_product: 'ZOOM_PHONE', page_size: 1 } });
  assertContract('listByocSipTrunksForNumberManagement', first);
  assert.equal(first.body.total_records, 2);
  const second = await s.api('GET', '/accounts/me/number_management/sip_trunks', {
    query: { allocated_product: 'ZOOM_PHONE', page_size: 1, next_page_token: first.body.next_page_token },
  });
  assertContract('listByocSipTrunksForNumberManagement', second);
  assert.equal(second.body.byoc_sip_trunk[0].name, 'US East BYOC');
  assert.equal(second.body.next_page_token, '');
  // a token is bound to the query that made it
  const foreign = await s.api('GET', '/accounts/me/number_management/sip_trunks', {
    query: { allocated_product: 'ZOOM_CONTACT_CENTER', page_size: 1, next_page_token: first.body.next_page_token },
  });
  assertUndocumentedError(foreign, 400, 300, 'The next page token is invalid or expired.');
});

test('a sub account starts with no trunk, then sees the one the master assigns in both lists', async () => {
  assert.deepEqual(await phoneTrunks(subToken), []);
  const west = byName('US West BYOC');
  const res = await assign(SUB, [{ id: west.id, dnis: '18888123', outbound_caller_id: '+14085550100' }]);
  assertContract('assignSipTrunks', res);
  assert.deepEqual(res.body.sip_trunks, [
    { id: west.id, name: 'US West BYOC', sip_server_address: 'sip-west.demo.switchboard.test', number_prefix: '0', dnis: '18888123' },
  ]);

  // the sub account's own token, Phone view
  const phone = await s.api('GET', '/phone/sip_trunk/trunks', { token: subToken });
  assertContract('listByocSipTrunks', phone);
  assert.deepEqual(phone.body.byoc_sip_trunk.map((t: any) => [t.id, t.name, t.carrier]), [[west.id, 'US West BYOC', 'Bandwidth']]);
  // the master looking at its sub account through Number Management, for either product (COMMON trunk)
  const nm = await s.api('GET', `/accounts/${SUB}/number_management/sip_trunks`, { query: { allocated_product: 'ZOOM_PHONE' } });
  assertContract('listByocSipTrunksForNumberManagement', nm);
  assert.deepEqual(nm.body.byoc_sip_trunk.map((t: any) => t.sip_trunk_id), [west.id]);
  assert.equal(nm.body.total_records, 1);
  assert.deepEqual(await nmTrunks(SUB, 'ZOOM_CONTACT_CENTER'), [west.id]);
  // and the sub account's token through Number Management with `me`
  const own = await s.api('GET', '/accounts/me/number_management/sip_trunks', { token: subToken, query: { allocated_product: 'ZOOM_PHONE' } });
  assert.deepEqual(own.body.byoc_sip_trunk.map((t: any) => t.sip_trunk_id), [west.id]);
  // the master still has its three; the other sub account got nothing
  assert.equal((await phoneTrunks()).length, 3);
  assert.deepEqual(await nmTrunks(secondSub), []);
  const [link] = await links(SUB);
  assert.equal(link.dnis, '18888123');
  assert.equal(link.outbound_caller_id, '+14085550100');
});

test('a product-specific trunk shows only under its product for the sub account', async () => {
  const east = byName('US East BYOC');
  assertContract('assignSipTrunks', await assign(secondSub, [{ id: east.id, dnis: '199991' }]));
  assert.deepEqual(await nmTrunks(secondSub, 'ZOOM_PHONE'), [east.id]);
  assert.deepEqual(await nmTrunks(secondSub, 'ZOOM_CONTACT_CENTER'), []);
});

test('a DNIS whose first five digits do not match the trunk prefix is refused and changes nothing', async () => {
  const cc = byName('Contact Center Trunk');
  const west = byName('US West BYOC');
  const before = await links(secondSub);
  // the first item is fine, the second is not: neither is assigned
  const res = await assign(secondSub, [{ id: west.id, dnis: '1888800' }, { id: cc.id, dnis: '18888999' }]);
  assertUndocumentedError(res, 400, 300, "The first 5 digits of sip_trunks[1].dnis must match the SIP trunk's DNIS prefix 17777.");
  assert.equal(fieldOf(res), 'sip_trunks[1].dnis');
  assert.deepEqual(await links(secondSub), before);
});

test('the DNIS length is held: more than 8 digits, only the prefix, or non-digits are refused; 8 digits are taken', async () => {
  const cc = byName('Contact Center Trunk');
  const before = await links(secondSub);
  const long = await assign(secondSub, [{ id: cc.id, dnis: '177770012' }]);
  assertUndocumentedError(long, 400, 300, 'Validation Failed.');
  assert.equal(fieldOf(long), 'sip_trunks[0].dnis');
  const bare = await assign(secondSub, [{ id: cc.id, dnis: '17777' }]);
  assertUndocumentedError(bare, 400, 300, 'sip_trunks[0].dnis must be the 5-digit DNIS prefix followed by more digits, 8 digits at most.');
  assert.equal(fieldOf(bare), 'sip_trunks[0].dnis');
  const letters = await assign(secondSub, [{ id: cc.id, dnis: '17777ab' }]);
  assertUndocumentedError(letters, 400, 300, 'sip_trunks[0].dnis must contain digits only.');
  assert.equal(fieldOf(letters), 'sip_trunks[0].dnis');
  const leading = await assign(secondSub, [{ id: cc.id, dnis: 'ab17777' }]);
  assertUndocumentedError(leading, 400, 300, 'sip_trunks[0].dnis must contain digits only.');
  const missing = await assign(secondSub, [{ id: cc.id }]);
  assertUndocumentedError(missing, 400, 300, 'sip_trunks[0].dnis is required.');
  assert.equal(fieldOf(missing), 'sip_trunks[0].dnis');
  assert.deepEqual(await links(secondSub), before);
  // eight digits, the prefix and three more, is taken
  const thirdSub = await newAccount(s, 'third-sub', MASTER);
  const eight = await assign(thirdSub, [{ id: cc.id, dnis: '17777001' }]);
  assertContract('assignSipTrunks', eight);
  assert.equal(eight.body.sip_trunks[0].dnis, '17777001');
  assert.deepEqual(await nmTrunks(thirdSub, 'ZOOM_CONTACT_CENTER'), [cc.id]);
});

test("a trunk id that is not the master's is refused", async () => {
  await s.sandbox.db
    .insertInto('sip_trunks')
    .values({
      id: 'foreign-trunk', account_id: 'other-master', name: 'Foreign', sip_server_address: 'x', number_prefix: '0', dnis: '1555500000',
      carrier: 'c', carrier_account: 'a', region: 'r', sbc_label: 's', source_system: 'COMMON', trunk_type: 'BYOC', created_at: 0,
    })
    .execute();
  const before = await links(SUB);
  for (const id of ['foreign-trunk', 'no-such-trunk']) {
    const res = await assign(SUB, [{ id, dnis: '1555501' }]);
    assertUndocumentedError(res, 400, 300, `The SIP trunk ${id} does not exist on the master account.`);
    assert.equal(fieldOf(res), 'sip_trunks[0].id');
  }
  const none = await assign(SUB, [{ dnis: '1555501' }]);
  assertUndocumentedError(none, 400, 300, 'sip_trunks[0].id is required.');
  assert.equal(fieldOf(none), 'sip_trunks[0].id');
  for (const empty of [await assign(SUB, []), await s.api('POST', `/accounts/${SUB}/sip_trunk/trunks`, { body: {} })]) {
    assertUndocumentedError(empty, 400, 300, 'sip_trunks must hold at least one SIP trunk.');
    assert.equal(fieldOf(empty), 'sip_trunks');
  }
  assert.deepEqual(await links(SUB), before);
  // the other master sees its trunk, not the demo's
  assert.deepEqual(await phoneTrunks(otherToken), []);
});

test('the target must be a sub account of the caller', async () => {
  const cc = byName('Contact Center Trunk');
  const notSub = 'SIP trunks are assigned to a sub account of the master account; accountId must be one.';
  const self = await assign('me', [{ id: cc.id, dnis: '1777701' }]);
  assertUndocumentedError(self, 400, 300, notSub);
  assert.equal(fieldOf(self), 'accountId');
  assertUndocumentedError(await assign(MASTER, [{ id: cc.id, dnis: '1777701' }]), 400, 300, notSub);
  for (const stranger of ['other-master', 'other-sub', 'nobody']) {
    assertUndocumentedError(await assign(stranger, [{ id: cc.id, dnis: '1777701' }]), 404, 2001, 'Account does not exist.');
  }
  assert.equal((await links(MASTER)).length, 3);
  assert.deepEqual(await links('other-sub'), []);
});

test("a sub account's own token cannot assign trunks", async () => {
  const cc = byName('Contact Center Trunk');
  const before = await links(SUB);
  for (const target of ['me', SUB]) {
    const res = await assign(target, [{ id: cc.id, dnis: '1777702' }], subToken);
    assertUndocumentedError(res, 400, 300, 'Only a master account can assign SIP trunks.');
    assert.equal(fieldOf(res), 'accountId');
  }
  assert.deepEqual(await links(SUB), before);
});

test('a later trunk refused while assigning leaves none of the earlier ones assigned', async () => {
  const [cc, east, west] = [byName('Contact Center Trunk'), byName('US East BYOC'), byName('US West BYOC')];
  const ccOf = () => nmTrunks(secondSub, 'ZOOM_CONTACT_CENTER');
  assert.deepEqual(await ccOf(), []);
  // the Contact Center trunk is written first; the second, which the sub account already has, is refused
  const already = await assign(secondSub, [{ id: cc.id, dnis: '1777707' }, { id: east.id, dnis: '199992' }]);
  assertUndocumentedError(already, 400, 300, `The SIP trunk ${east.id} is already assigned to this account.`);
  assert.equal(fieldOf(already), 'sip_trunks[1].id');
  assert.deepEqual(await ccOf(), []);
  // the second's DNIS answers for another sub account on that trunk
  const taken = await assign(secondSub, [{ id: cc.id, dnis: '1777708' }, { id: west.id, dnis: '18888123' }]);
  assertUndocumentedError(taken, 400, 300, `The DNIS 18888123 is already in use on the SIP trunk ${west.id}.`);
  assert.equal(fieldOf(taken), 'sip_trunks[1].dnis');
  assert.deepEqual(await ccOf(), []);
  assert.deepEqual(await nmTrunks(secondSub), [east.id]);
});

test('a trunk is assigned to a sub account once, and a DNIS serves one account per trunk', async () => {
  const west = byName('US West BYOC');
  const again = await assign(SUB, [{ id: west.id, dnis: '18888124' }]);
  assertUndocumentedError(again, 400, 300, `The SIP trunk ${west.id} is already assigned to this account.`);
  assert.equal(fieldOf(again), 'sip_trunks[0].id');
  const ccId = byName('Contact Center Trunk').id;
  const twice = await assign(secondSub, [{ id: ccId, dnis: '1777703' }, { id: ccId, dnis: '1777704' }]);
  assertUndocumentedError(twice, 400, 300, `The SIP trunk ${ccId} appears more than once in the request.`);
  assert.equal(fieldOf(twice), 'sip_trunks[1].id');
  const taken = await assign(secondSub, [{ id: west.id, dnis: '18888123' }]);
  assertUndocumentedError(taken, 400, 300, `The DNIS 18888123 is already in use on the SIP trunk ${west.id}.`);
  assert.equal(fieldOf(taken), 'sip_trunks[0].dnis');
  assert.deepEqual(await nmTrunks(secondSub), [byName('US East BYOC').id]);
  // two concurrent assignments of the same trunk: one wins
  const cc = byName('Contact Center Trunk');
  const race = await Promise.all([assign(secondSub, [{ id: cc.id, dnis: '1777705' }]), assign(secondSub, [{ id: cc.id, dnis: '1777706' }])]);
  assert.deepEqual(race.map((r) => r.status).sort(), [201, 400]);
  // The loser is told the trunk is the sub account's already (its DNIS is free: that is not why).
  assertUndocumentedError(race.find((r) => r.status === 400)!, 400, 300, `The SIP trunk ${cc.id} is already assigned to this account.`);
  assert.equal((await links(secondSub)).filter((l) => l.trunk_id === cc.id).length, 1);
});

// Last: it moves the sandbox clock.
test('a page token of either trunk list expires after 15 minutes', async () => {
  await assertPageTokensExpire(
    s,
    [
      { op: 'listByocSipTrunks', get: (query) => s.api('GET', '/phone/sip_trunk/trunks', { query }) },
      { op: 'listByocSipTrunksForNumberManagement', get: (query) => s.api('GET', '/accounts/me/number_management/sip_trunks', { query: { allocated_product: 'ZOOM_PHONE', ...query } }) },
    ],
    (_, res) => assertUndocumentedError(res, 400, 300, 'The next page token is invalid or expired.'),
  );
});
