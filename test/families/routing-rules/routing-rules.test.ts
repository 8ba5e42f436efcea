// Directory backup routing rules through the HTTP API: added at the account level
// or on a site, ranked in their scope, validated as their pages say, listed by
// site, moved with their site when it is deleted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { ADDRESS, DEMO, sites, tokenFor } from '../../support/org.ts';

const RULES = '/phone/routing_rules';
let s: TestServer;
let siteIds: string[];
let phoneGroup: { id: string; name: string };
let contactCenterGroup: string;

before(async () => {
  s = await startServer();
  siteIds = (await sites(s)).map((r) => r.id);
  const groups = await s.sandbox.db.selectFrom('sip_groups').select(['id', 'display_name', 'source_system']).where('account_id', '=', DEMO).orderBy('seq').execute();
  const phone = groups.find((g) => g.source_system !== 'ZOOM_CONTACT_CENTER')!;
  phoneGroup = { id: phone.id, name: phone.display_name };
  contactCenterGroup = groups.find((g) => g.source_system === 'ZOOM_CONTACT_CENTER')!.id;
});
after(() => s.close());

let counter = 0;
const pattern = () => `^\\+1650${String(++counter).padStart(3, '0')}\\d+$`;
const rule = (over: Record<string, unknown> = {}) => ({ name: `Rule ${counter}`, number_pattern: pattern(), type: 'pstn', ...over });

async function add(body: Record<string, unknown>): Promise<string> {
  const res = await s.api('POST', RULES, { body });
  assertContract('addDirectoryBackupRoutingRule', res);
  assert.equal(res.status, 201);
  return res.body.routing_rule_id;
}

async function listed(query: Record<string, string> = {}) {
  const res = await s.api('GET', RULES, { query });
  assertContract('listDirectoryBackupRoutingRules', res);
  return res.body as any[];
}

const get = (id: string) => s.api('GET', `${RULES}/${id}`);
const patch = (id: string, body: unknown) => s.api('PATCH', `${RULES}/${id}`, { body });
const orderOf = async (siteId: string) => (await listed({ site_id: siteId })).map((r) => r.routing_rule_id);

async function createSite(code: number): Promise<string> {
  const created = await s.api('POST', '/phone/sites', {
    body: { name: `Rules ${code}`, site_code: code, auto_receptionist_name: `Desk ${code}`, default_emergency_address: ADDRESS },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body.id;
}

test('the demo account lists its seeded account-level rule', async () => {
  const [seeded] = await listed();
  assert.deepEqual(seeded, {
    name: 'Other sites short dial', number_pattern: '^[2-9]\\d{3}$', order: 1, routing_path: { type: 'other_sites' }, routing_rule_id: seeded.routing_rule_id,
  });
});

test('a rule on a site through a SIP group is shown with its group, site, order and translation', async () => {
  const body = rule({ name: 'To the West', type: 'sip_group', sip_group_id: phoneGroup.id, site_id: siteIds[1], translation: '+16505550100' });
  const res = await s.api('POST', RULES, { body });
  assertContract('addDirectoryBackupRoutingRule', res);
  assert.equal(res.body.name, 'To the West');
  const id = res.body.routing_rule_id;
  const got = await get(id);
  assertContract('getDirectoryBackupRoutingRule', got);
  assert.deepEqual(got.body, {
    name: 'To the West', number_pattern: body.number_pattern, order: 1, routing_path: { sip_group: phoneGroup, type: 'sip_group' },
    routing_rule_id: id, site_id: siteIds[1], translation: '+16505550100',
  });
  // The site filter lists that site's rules only; the whole list has them all.
  assert.deepEqual(await orderOf(siteIds[1]!), [id]);
  assert.ok((await listed()).some((r) => r.routing_rule_id === id));
  assert.deepEqual(await listed({ site_id: 'no-such-site' }), []);
});

test('each documented refusal of an add answers its error and adds nothing', async () => {
  const before = await listed();
  const long = 'x'.repeat(256);
  assertDocumentedError('addDirectoryBackupRoutingRule', await s.api('POST', RULES, { body: { name: 'n', number_pattern: pattern() } }), 'typeCannotBeNull');
  assertDocumentedError('addDirectoryBackupRoutingRule', await s.api('POST', RULES, { body: rule({ type: 'carrier' }) }), 'typeDoesNotExist');
  assertDocumentedError('addDirectoryBackupRoutingRule', await s.api('POST', RULES, { body: rule({ number_pattern: undefined }) }), 'numberPatternCannotBeNull');
  assertDocumentedError('addDirectoryBackupRoutingRule', await s.api('POST', RULES, { body: rule({ number_pattern: `^${'1'.repeat(255)}` }) }), 'numberPatternLengthCanBeUp');
  assertDocumentedError('addDirectoryBackupRoutingRule', await s.api('POST', RULES, { body: rule({ name: '  ' }) }), 'routingRuleNameCannotBeBlank');
  assertDocumentedError('addDirectoryBackupRoutingRule', await s.api('POST', RULES, { body: rule({ name: long }) }), 'routingRuleNameLengthCanBe');
  assertDocumentedError('addDirectoryBackupRoutingRule', await s.api('POST', RULES, { body: rule({ translation: long }) }), 'translationLengthCanBeUpTo');
  assertDocumentedError('addDirectoryBackupRoutingRule', await s.api('POST', RULES, { body: rule({ type: 'sip_group' }) }), 'sipGroupCannotBeNull');
  assertDocumentedError('addDirectoryBackupRoutingRule', await s.api('POST', RULES, { body: rule({ type: 'sip_group', sip_group_id: 'nope' }) }), 'sipGroupDoesNotExist');
  // A contact center's SIP group does not route Zoom Phone calls.
  assertDocumentedError('addDirectoryBackupRoutingRule', await s.api('POST', RULES, { body: rule({ type: 'sip_group', sip_group_id: contactCenterGroup }) }), 'sipGroupDoesNotExist');
  assertDocumentedError('addDirectoryBackupRoutingRule', await s.api('POST', RULES, { body: rule({ site_id: 'nope' }) }), 'siteDoesNotExist');
  assertUndocumentedError(await s.api('POST', RULES, { body: rule({ number_pattern: '^(1' }) }), 400, 300, 'Validation Failed. Number Pattern (^(1) is not a valid regular expression.');
  const taken = (await listed())[0].number_pattern;
  assertDocumentedError('addDirectoryBackupRoutingRule', await s.api('POST', RULES, { body: rule({ number_pattern: taken, site_id: siteIds[2] }) }), 'numberPatternAlreadyExists');
  assert.equal((await s.api('POST', RULES, { body: rule({ number_pattern: taken }) })).body.message, `Number Pattern (${taken}) already exists.`);
  assert.deepEqual(await listed(), before);
});

test('limits: a name, a pattern and a translation of 255 characters are taken', async () => {
  const id = await add(rule({ name: 'n'.repeat(255), number_pattern: `^${'2'.repeat(254)}`, translation: 't'.repeat(255) }));
  const got = (await get(id)).body;
  assert.equal(got.name.length, 255);
  assert.equal(got.number_pattern.length, 255);
  assert.equal(got.translation.length, 255);
  assert.equal((await s.api('DELETE', `${RULES}/${id}`)).status, 204);
});

test('an update changes the fields it names, and its refusals change nothing', async () => {
  const id = await add(rule({ site_id: siteIds[2] }));
  const other = await add(rule({ site_id: siteIds[2] }));
  const taken = (await get(other)).body.number_pattern;
  const before = (await get(id)).body;
  const long = 'x'.repeat(256);
  assertDocumentedError('updateDirectoryBackupRoutingRule', await patch('nope', { name: 'x' }), 'routingRuleDoesNotExist');
  assertDocumentedError('updateDirectoryBackupRoutingRule', await patch(id, { type: 'carrier' }), 'typeDoesNotExist');
  assertDocumentedError('updateDirectoryBackupRoutingRule', await patch(id, { type: 'sip_group' }), 'sipGroupCannotBeNull');
  assertDocumentedError('updateDirectoryBackupRoutingRule', await patch(id, { type: 'sip_group', sip_group_id: 'nope' }), 'sipGroupDoesNotExist');
  assertDocumentedError('updateDirectoryBackupRoutingRule', await patch(id, { number_pattern: taken }), 'numberPatternAlreadyExists');
  assertDocumentedError('updateDirectoryBackupRoutingRule', await patch(id, { name: long }), 'routingRuleNameLengthCanBe');
  assertDocumentedError('updateDirectoryBackupRoutingRule', await patch(id, { number_pattern: `^${'3'.repeat(255)}` }), 'numberPatternLengthCanBeUp');
  assertDocumentedError('updateDirectoryBackupRoutingRule', await patch(id, { translation: long }), 'translationLengthCanBeUpTo');
  assertUndocumentedError(await patch(id, { order: 3 }), 400, 300, 'Validation Failed. The order must be between 1 and 2.');
  assertUndocumentedError(await patch(id, { order: 0, name: 'Kept' }), 400, 300, 'Validation Failed. The order must be between 1 and 2.');
  assert.deepEqual((await get(id)).body, before);

  const renamed = await patch(id, { name: 'Renamed', type: 'sip_group', sip_group_id: phoneGroup.id, translation: '+15555550100' });
  assert.equal(renamed.status, 204);
  assertContract('updateDirectoryBackupRoutingRule', renamed);
  assert.deepEqual((await get(id)).body, { ...before, name: 'Renamed', routing_path: { sip_group: phoneGroup, type: 'sip_group' }, translation: '+15555550100' });
  // Leaving sip_group drops the group; a type alone keeps the rest.
  assert.equal((await patch(id, { type: 'pstn' })).status, 204);
  assert.deepEqual((await get(id)).body.routing_path, { type: 'pstn' });
  assertUndocumentedError(await get('nope'), 400, 404, 'Routing rule does not exist.');
});

test('an order moves a rule and shifts the rules between; a delete closes the gap', async () => {
  const site = await createSite(61);
  const [a, b, c, d] = [await add(rule({ site_id: site })), await add(rule({ site_id: site })), await add(rule({ site_id: site })), await add(rule({ site_id: site }))];
  assert.deepEqual(await orderOf(site), [a, b, c, d]);
  assert.equal((await patch(d, { order: 2 })).status, 204);
  assert.deepEqual(await orderOf(site), [a, d, b, c]);
  assert.equal((await patch(a, { order: 4 })).status, 204);
  assert.deepEqual(await orderOf(site), [d, b, c, a]);
  assert.deepEqual((await listed({ site_id: site })).map((r) => r.order), [1, 2, 3, 4]);
  const deleted = await s.api('DELETE', `${RULES}/${b}`);
  assert.equal(deleted.status, 204);
  assertContract('deleteDirectoryBackupRoutingRule', deleted);
  assert.deepEqual((await listed({ site_id: site })).map((r) => [r.routing_rule_id, r.order]), [[d, 1], [c, 2], [a, 3]]);
  assertDocumentedError('deleteDirectoryBackupRoutingRule', await s.api('DELETE', `${RULES}/${b}`), 'routingRuleDoesNotExist');
  // The account-level rules are a scope of their own: their orders did not move.
  assert.equal((await listed())[0].order, 1);
});

test("a deleted site's rules move to the transfer site, after its own rules", async () => {
  const doomed = await createSite(62);
  const target = await createSite(63);
  const kept = await add(rule({ site_id: target }));
  const [x, y] = [await add(rule({ site_id: doomed })), await add(rule({ site_id: doomed }))];
  assert.equal((await s.api('DELETE', `/phone/sites/${doomed}`, { query: { transfer_site_id: target } })).status, 204);
  assert.deepEqual((await listed({ site_id: target })).map((r) => [r.routing_rule_id, r.order, r.site_id]), [[kept, 1, target], [x, 2, target], [y, 3, target]]);
  assert.deepEqual(await listed({ site_id: doomed }), []);
});

test("another account's rules are not the caller's", async () => {
  const id = await add(rule());
  const token = await tokenFor(s, 'routing-other', true);
  assert.deepEqual((await s.api('GET', RULES, { token })).body, []);
  assertUndocumentedError(await s.api('GET', `${RULES}/${id}`, { token }), 400, 404, 'Routing rule does not exist.');
  assertDocumentedError('deleteDirectoryBackupRoutingRule', await s.api('DELETE', `${RULES}/${id}`, { token }), 'routingRuleDoesNotExist');
  assertDocumentedError('updateDirectoryBackupRoutingRule', await s.api('PATCH', `${RULES}/${id}`, { token, body: { name: 'x' } }), 'routingRuleDoesNotExist');
  // Its own pattern may be the demo account's: a pattern is one account's once.
  const res = await s.api('POST', RULES, { token, body: rule({ number_pattern: (await get(id)).body.number_pattern }) });
  assert.equal(res.status, 201, JSON.stringify(res.body));
});

test('concurrent adds to one scope take distinct orders, and one pattern is added once', async () => {
  const site = await createSite(64);
  const results = await Promise.all([1, 2, 3, 4, 5].map(() => s.api('POST', RULES, { body: rule({ site_id: site }) })));
  assert.deepEqual(results.map((r) => r.status), [201, 201, 201, 201, 201]);
  assert.deepEqual((await listed({ site_id: site })).map((r) => r.order), [1, 2, 3, 4, 5]);
  const same = rule({ site_id: site });
  const twice = await Promise.all([s.api('POST', RULES, { body: same }), s.api('POST', RULES, { body: same })]);
  assert.deepEqual(twice.map((r) => r.status).sort(), [201, 400]);
});
