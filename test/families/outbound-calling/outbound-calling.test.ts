// The outbound calling policy through the HTTP API: countries and regions and
// exception rules at the account, a site, a user and a common area; what a level
// reads of the levels above it, what it may not loosen, and what goes with a
// deleted site, user or common area.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type ApiResponse, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { otherAccount } from '../../support/fixtures.ts';
import { addUser, DEMO } from '../../support/org.ts';
import { phoneEndpoints } from '../../support/sdk.ts';
import { COUNTRIES } from '../../../src/families/outbound-calling/rules.ts';

let s: TestServer;
/** Two demo sites, a demo user on each, and a common area on the first site. */
let siteA: string;
let siteB: string;
let userA: string;
let userB: string;
let area: { id: string };

before(async () => {
  s = await startServer();
  const users = (await s.api('GET', '/phone/users', { query: { page_size: 100 } })).body.users as { id: string; site?: { id: string } }[];
  const onSite = users.filter((u) => u.site?.id);
  const first = onSite[0]!;
  const second = onSite.find((u) => u.site!.id !== first.site!.id)!;
  [siteA, siteB, userA, userB] = [first.site!.id, second.site!.id, first.id, second.id];
  const made = await s.api('POST', '/phone/common_areas', { body: { display_name: 'Outbound Lobby', site_id: siteA } });
  assert.equal(made.status, 201, JSON.stringify(made.body));
  area = { id: made.body.id };
});
after(() => s.close());

type Level = 'account' | 'site' | 'user' | 'commonArea';
const OP = {
  account: 'AccountLevel',
  site: 'SiteLevel',
  user: 'UserLevel',
  commonArea: 'CommonAreaLevel',
} as const;

/** Each operation's success checked against its documented schema (the literal names let the coverage checker find them). */
const CHECK: Record<string, (res: ApiResponse) => void> = {
  getAccountLevelOutboundCallingCountriesAndRegions: (r) => assertContract('getAccountLevelOutboundCallingCountriesAndRegions', r),
  updateAccountLevelOutboundCallingCountriesOrRegions: (r) => assertContract('updateAccountLevelOutboundCallingCountriesOrRegions', r),
  listAccountLevelOutboundCallingExceptionRules: (r) => assertContract('listAccountLevelOutboundCallingExceptionRules', r),
  addAccountLevelOutboundCallingExceptionRule: (r) => assertContract('addAccountLevelOutboundCallingExceptionRule', r),
  updateAccountLevelOutboundCallingExceptionRule: (r) => assertContract('updateAccountLevelOutboundCallingExceptionRule', r),
  deleteAccountLevelOutboundCallingExceptionRule: (r) => assertContract('deleteAccountLevelOutboundCallingExceptionRule', r),
  getSiteLevelOutboundCallingCountriesAndRegions: (r) => assertContract('getSiteLevelOutboundCallingCountriesAndRegions', r),
  updateSiteLevelOutboundCallingCountriesOrRegions: (r) => assertContract('updateSiteLevelOutboundCallingCountriesOrRegions', r),
  listSiteLevelOutboundCallingExceptionRules: (r) => assertContract('listSiteLevelOutboundCallingExceptionRules', r),
  addSiteLevelOutboundCallingExceptionRule: (r) => assertContract('addSiteLevelOutboundCallingExceptionRule', r),
  updateSiteLevelOutboundCallingExceptionRule: (r) => assertContract('updateSiteLevelOutboundCallingExceptionRule', r),
  deleteSiteLevelOutboundCallingExceptionRule: (r) => assertContract('deleteSiteLevelOutboundCallingExceptionRule', r),
  getUserLevelOutboundCallingCountriesAndRegions: (r) => assertContract('getUserLevelOutboundCallingCountriesAndRegions', r),
  updateUserLevelOutboundCallingCountriesOrRegions: (r) => assertContract('updateUserLevelOutboundCallingCountriesOrRegions', r),
  listUserLevelOutboundCallingExceptionRules: (r) => assertContract('listUserLevelOutboundCallingExceptionRules', r),
  addUserLevelOutboundCallingExceptionRule: (r) => assertContract('addUserLevelOutboundCallingExceptionRule', r),
  updateUserLevelOutboundCallingExceptionRule: (r) => assertContract('updateUserLevelOutboundCallingExceptionRule', r),
  deleteUserLevelOutboundCallingExceptionRule: (r) => assertContract('deleteUserLevelOutboundCallingExceptionRule', r),
  getCommonAreaLevelOutboundCallingCountriesAndRegions: (r) => assertContract('getCommonAreaLevelOutboundCallingCountriesAndRegions', r),
  updateCommonAreaLevelOutboundCallingCountriesOrRegions: (r) => assertContract('updateCommonAreaLevelOutboundCallingCountriesOrRegions', r),
  listCommonAreaLevelOutboundCallingExceptionRules: (r) => assertContract('listCommonAreaLevelOutboundCallingExceptionRules', r),
  addCommonAreaLevelOutboundCallingExceptionRule: (r) => assertContract('addCommonAreaLevelOutboundCallingExceptionRule', r),
  updateCommonAreaLevelOutboundCallingExceptionRule: (r) => assertContract('updateCommonAreaLevelOutboundCallingExceptionRule', r),
  deleteCommonAreaLevelOutboundCallingExceptionRule: (r) => assertContract('deleteCommonAreaLevelOutboundCallingExceptionRule', r),
};

/** Each level's delete of an exception rule it does not have: the documented 404/13507. */
const RULE_GONE: Record<Level, (res: ApiResponse) => void> = {
  account: (r) => assertDocumentedError('deleteAccountLevelOutboundCallingExceptionRule', r, 'exceptionRuleDoesNotExist'),
  site: (r) => assertDocumentedError('deleteSiteLevelOutboundCallingExceptionRule', r, 'exceptionRuleDoesNotExist'),
  user: (r) => assertDocumentedError('deleteUserLevelOutboundCallingExceptionRule', r, 'exceptionRuleDoesNotExist'),
  commonArea: (r) => assertDocumentedError('deleteCommonAreaLevelOutboundCallingExceptionRule', r, 'exceptionRuleDoesNotExist'),
};

/** The level's path prefix: the account's, a site's, a user's or a common area's outbound calling. */
function base(level: Level, id?: string): string {
  if (level === 'account') return '/phone/outbound_calling';
  const seg = { site: 'sites', user: 'users', commonArea: 'common_areas' }[level];
  return `/phone/${seg}/${id}/outbound_calling`;
}

/** Each country's rule at a level, by ISO code (every page of 300). */
async function rules(level: Level, id?: string, token?: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  let next = '';
  do {
    const res = await s.api('GET', `${base(level, id)}/countries_regions`, { token, query: { page_size: 300, ...(next ? { next_page_token: next } : {}) } });
    CHECK[`get${OP[level]}OutboundCallingCountriesAndRegions`](res);
    for (const c of res.body.countries_regions) out.set(c.iso_code, c.rule);
    next = res.body.next_page_token;
  } while (next);
  return out;
}

async function setRules(level: Level, id: string | undefined, items: unknown[], token?: string) {
  return s.api('PATCH', `${base(level, id)}/countries_regions`, { token, body: { country_regions: items } });
}

async function exceptions(level: Level, id?: string, query: Record<string, string | number> = {}, token?: string): Promise<any[]> {
  const res = await s.api('GET', `${base(level, id)}/exception_rules`, { token, query: { page_size: 300, ...query } });
  CHECK[`list${OP[level]}OutboundCallingExceptionRules`](res);
  return res.body.exception_rules;
}

const addException = (level: Level, id: string | undefined, rule: Record<string, unknown>, token?: string) =>
  s.api('POST', `${base(level, id)}/exception_rules`, { token, body: { exception_rule: rule } });

async function added(level: Level, id: string | undefined, rule: Record<string, unknown>, token?: string): Promise<string> {
  const res = await addException(level, id, rule, token);
  CHECK[`add${OP[level]}OutboundCallingExceptionRule`](res);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.exception_rule_id;
}

test('the demo account blocks Cuba and Nigeria, save the Lagos partner office', async () => {
  const res = await s.api('GET', '/phone/outbound_calling/countries_regions');
  assertContract('getAccountLevelOutboundCallingCountriesAndRegions', res);
  assert.equal(res.body.page_size, 30);
  assert.equal(res.body.countries_regions.length, 30);
  assert.notEqual(res.body.next_page_token, '');
  const all = await rules('account');
  assert.equal(all.get('CU'), 2);
  assert.equal(all.get('NG'), 2);
  assert.equal(all.get('US'), 1);
  const list = await exceptions('account');
  assert.deepEqual(
    list.map((e) => [e.match_type, e.prefix_number, e.rule, e.status, e.comment]),
    [['phoneNumber', '12705500', 1, 'active', 'Lagos partner office']],
  );
});

test('each country or region shows its name, calling code, rule and carrier', async () => {
  const seen: any[] = [];
  let next = '';
  do {
    const res = await s.api('GET', '/phone/outbound_calling/countries_regions', { query: { page_size: 100, ...(next ? { next_page_token: next } : {}) } });
    assertContract('getAccountLevelOutboundCallingCountriesAndRegions', res);
    seen.push(...res.body.countries_regions);
    next = res.body.next_page_token;
  } while (next);
  assert.equal(seen.length, COUNTRIES.length);
  assert.equal(new Set(seen.map((c) => c.iso_code)).size, COUNTRIES.length);
  assert.deepEqual(seen.find((c) => c.iso_code === 'US'), { name: 'United States', code: 1, iso_code: 'US', rule: 1, enabled_carrier: ['ZOOM'] });
  assert.deepEqual(seen.find((c) => c.iso_code === 'GB'), { name: 'United Kingdom', code: 44, iso_code: 'GB', rule: 1, enabled_carrier: ['ZOOM'] });
  // by name
  const names = seen.map((c) => c.name);
  assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'en')));
});

test('the countries list pages by next_page_token, 300 a page at most', async () => {
  const at = await s.api('GET', '/phone/outbound_calling/countries_regions', { query: { page_size: 300 } });
  assertContract('getAccountLevelOutboundCallingCountriesAndRegions', at);
  assert.equal(at.body.countries_regions.length, Math.min(300, COUNTRIES.length));
  const past = await s.api('GET', '/phone/outbound_calling/countries_regions', { query: { page_size: 301 } });
  assert.equal(past.status, 400);
  assert.equal(past.body.code, 300);
  const bad = await s.api('GET', '/phone/outbound_calling/countries_regions', { query: { next_page_token: 'not-a-token' } });
  assert.equal(bad.status, 400);
});

test('an account change is read by its sites, users and common areas unless they set their own', async () => {
  const res = await setRules('account', undefined, [{ iso_code: 'FR', rule: 2 }, { iso_code: 'de', rule: 3 }]);
  assertContract('updateAccountLevelOutboundCallingCountriesOrRegions', res);
  assert.equal(res.status, 204);
  for (const [level, id] of [['account'], ['site', siteA], ['user', userA], ['commonArea', area.id]] as [Level, string?][]) {
    const shown = await rules(level, id);
    assert.equal(shown.get('FR'), 2, `${level} reads FR blocked`);
    assert.equal(shown.get('DE'), 3, `${level} reads DE as the account set it`);
  }
  // The site sets its own: its users and common areas read it, the other site and the account do not.
  const site = await setRules('site', siteA, [{ iso_code: 'DE', rule: 1 }, { iso_code: 'IT', rule: 2 }]);
  assertContract('updateSiteLevelOutboundCallingCountriesOrRegions', site);
  assert.equal((await rules('site', siteA)).get('DE'), 1);
  assert.equal((await rules('user', userA)).get('DE'), 1);
  assert.equal((await rules('commonArea', area.id)).get('IT'), 2);
  assert.equal((await rules('site', siteB)).get('DE'), 3);
  assert.equal((await rules('user', userB)).get('IT'), 1);
  assert.equal((await rules('account')).get('IT'), 1);
  // A user and a common area set their own.
  assertContract('updateUserLevelOutboundCallingCountriesOrRegions', await setRules('user', userA, [{ iso_code: 'DE', rule: 4 }]));
  assertContract('updateCommonAreaLevelOutboundCallingCountriesOrRegions', await setRules('commonArea', area.id, [{ iso_code: 'DE', rule: 2 }]));
  assert.equal((await rules('user', userA)).get('DE'), 4);
  assert.equal((await rules('commonArea', area.id)).get('DE'), 2);
  assert.equal((await rules('site', siteA)).get('DE'), 1);
  // The account changes DE again: the levels that set their own keep theirs.
  await setRules('account', undefined, [{ iso_code: 'DE', rule: 1 }]);
  assert.equal((await rules('user', userA)).get('DE'), 4);
  assert.equal((await rules('user', userB)).get('DE'), 1);
});

test('a country blocked above cannot be allowed below, and a block above overrides what a level set before', async () => {
  await setRules('account', undefined, [{ iso_code: 'BE', rule: 2 }]);
  for (const [level, id, op] of [
    ['site', siteA, 'updateSiteLevelOutboundCallingCountriesOrRegions'],
    ['user', userA, 'updateUserLevelOutboundCallingCountriesOrRegions'],
    ['commonArea', area.id, 'updateCommonAreaLevelOutboundCallingCountriesOrRegions'],
  ] as [Level, string, string][]) {
    for (const rule of [1, 3, 4]) {
      const refused = await setRules(level, id, [{ iso_code: 'AT', rule: 1 }, { iso_code: 'BE', rule }]);
      assertUndocumentedError(refused, 400, 300, new RegExp(`The country or region BE is blocked at a higher level and cannot be allowed at the ${level === 'commonArea' ? 'common area' : level} level\\.`));
    }
    // nothing of the refused request changed (AT was in it too)
    assert.equal((await rules(level, id)).get('BE'), 2);
    assert.equal((await rules(level, id)).get('AT'), 1);
    assertContract(op as 'updateSiteLevelOutboundCallingCountriesOrRegions', await setRules(level, id, [{ iso_code: 'BE', rule: 2 }]));
  }
  // A site's block holds for its users.
  await setRules('site', siteB, [{ iso_code: 'NL', rule: 2 }]);
  assertUndocumentedError(await setRules('user', userB, [{ iso_code: 'NL', rule: 1 }]), 400, 300, /NL is blocked at a higher level/);
  // A user allowed PT before the account blocked it: the account's block wins.
  await setRules('user', userA, [{ iso_code: 'PT', rule: 1 }]);
  await setRules('account', undefined, [{ iso_code: 'PT', rule: 2 }]);
  assert.equal((await rules('user', userA)).get('PT'), 2);
  // Unblocked above again, the user's own rule shows.
  await setRules('account', undefined, [{ iso_code: 'PT', rule: 1 }]);
  await setRules('user', userA, [{ iso_code: 'PT', rule: 3 }]);
  assert.equal((await rules('user', userA)).get('PT'), 3);
});

test('an update refused for its input changes nothing', async () => {
  const before = await rules('account');
  const cases: [unknown[], string][] = [
    [[{ iso_code: 'ZZ', rule: 2 }], 'country_regions[0].iso_code'],
    [[{ rule: 2 }], 'country_regions[0].iso_code'],
    [[{ iso_code: 'SE', rule: 2 }, { iso_code: 'se', rule: 1 }], 'country_regions[1].iso_code'],
    [[{ iso_code: 'SE', rule: 2 }, { iso_code: 'NO' }], 'country_regions[1].rule'],
  ];
  for (const [items, field] of cases) {
    const res = await setRules('account', undefined, items);
    assert.equal(res.status, 400, JSON.stringify(res.body));
    assert.equal(res.body.code, 300);
    assert.equal(res.body.message, 'Validation Failed.');
    assert.equal(res.body.errors[0].field, field);
  }
  const schema = await setRules('account', undefined, [{ iso_code: 'SE', rule: 5 }]);
  assert.deepEqual([schema.status, schema.body.code], [400, 300]);
  assert.deepEqual(await rules('account'), before);
  // an empty body or list changes nothing either
  assert.equal((await s.api('PATCH', '/phone/outbound_calling/countries_regions', { body: {} })).status, 204);
  assert.equal((await setRules('account', undefined, [])).status, 204);
  assert.deepEqual(await rules('account'), before);
});

test('delete_existing_exception_rules deletes the level exception rules of the country only when its rule changes', async () => {
  const keep = await added('site', siteA, { country: 'CH', match_type: 'prefix', prefix_number: '44', status: 'active' });
  const other = await added('site', siteA, { country: 'LU', match_type: 'prefix', prefix_number: '2', status: 'active' });
  const accountRule = await added('account', undefined, { country: 'CH', match_type: 'prefix', prefix_number: '22', status: 'active' });
  // the rule does not change (CH is allowed already): nothing goes
  await setRules('site', siteA, [{ iso_code: 'CH', rule: 1, delete_existing_exception_rules: true }]);
  assert.ok((await exceptions('site', siteA)).some((e) => e.id === keep));
  // changed without the flag: the rules stay, now allowances of a blocked country
  await setRules('site', siteA, [{ iso_code: 'CH', rule: 2 }]);
  assert.equal((await exceptions('site', siteA, { country: 'CH' })).find((e) => e.id === keep).rule, 1);
  // changed with the flag: the site's CH rules go; its LU rule and the account's CH rule stay
  await setRules('site', siteA, [{ iso_code: 'CH', rule: 1, delete_existing_exception_rules: true }]);
  const left = (await exceptions('site', siteA)).map((e) => e.id);
  assert.ok(!left.includes(keep));
  assert.ok(left.includes(other));
  assert.ok((await exceptions('account')).some((e) => e.id === accountRule));
});

test('exception rules are added, listed, changed and deleted at each level', async () => {
  const levels: [Level, string | undefined][] = [['account', undefined], ['site', siteB], ['user', userB], ['commonArea', area.id]];
  for (const [level, id] of levels) {
    const body = { country: 'US', match_type: 'prefix', prefix_number: '2065558945', comment: 'test', status: 'active' };
    const ruleId = await added(level, id, body);
    const listed = (await exceptions(level, id)).find((e) => e.id === ruleId);
    assert.deepEqual(listed, { id: ruleId, match_type: 'prefix', prefix_number: '2065558945', rule: 2, comment: 'test', status: 'active' });
    const upd = await s.api('PATCH', `${base(level, id)}/exception_rules/${ruleId}`, {
      body: { exception_rule: { country: 'US', match_type: 'phoneNumber', prefix_number: '2065558946', status: 'inactive' } },
    });
    CHECK[`update${OP[level]}OutboundCallingExceptionRule`](upd);
    assert.equal(upd.status, 204);
    // the comment left out stays
    assert.deepEqual((await exceptions(level, id)).find((e) => e.id === ruleId), {
      id: ruleId, match_type: 'phoneNumber', prefix_number: '2065558946', rule: 2, comment: 'test', status: 'inactive',
    });
    const del = await s.api('DELETE', `${base(level, id)}/exception_rules/${ruleId}`);
    CHECK[`delete${OP[level]}OutboundCallingExceptionRule`](del);
    assert.equal(del.status, 204);
    assert.ok(!(await exceptions(level, id)).some((e) => e.id === ruleId));
    RULE_GONE[level](await s.api('DELETE', `${base(level, id)}/exception_rules/${ruleId}`));
  }
});

test("an exception rule's rule is the opposite of its level's default for its country", async () => {
  await setRules('user', userB, [{ iso_code: 'JP', rule: 2 }, { iso_code: 'KR', rule: 3 }]);
  const jp = await added('user', userB, { country: 'JP', match_type: 'prefix', prefix_number: '3', status: 'active' });
  const kr = await added('user', userB, { country: 'KR', match_type: 'prefix', prefix_number: '2', status: 'active' });
  const au = await added('user', userB, { country: 'AU', match_type: 'prefix', prefix_number: '2', status: 'active' });
  const shown = new Map((await exceptions('user', userB)).map((e) => [e.id, e.rule]));
  assert.deepEqual([shown.get(jp), shown.get(kr), shown.get(au)], [1, 1, 2]);
});

test('the exception rule list filters by country, keyword, match type and status, and pages', async () => {
  const id = siteB;
  const a = await added('site', id, { country: 'MX', match_type: 'prefix', prefix_number: '55', status: 'active', comment: 'Mexico City office' });
  const b = await added('site', id, { country: 'MX', match_type: 'phoneNumber', prefix_number: '8112345678', status: 'inactive', comment: 'Monterrey 50%_off' });
  const c = await added('site', id, { country: 'BR', match_type: 'prefix', prefix_number: '11', status: 'active' });
  const ids = (list: any[]) => list.map((e) => e.id).filter((x) => [a, b, c].includes(x));
  assert.deepEqual(ids(await exceptions('site', id, { country: 'MX' })), [a, b]);
  assert.deepEqual(ids(await exceptions('site', id, { country: 'mx', status: 'inactive' })), [b]);
  assert.deepEqual(ids(await exceptions('site', id, { match_type: 'prefix' })), [a, c]);
  assert.deepEqual(ids(await exceptions('site', id, { keyword: 'OFFICE' })), [a]);
  assert.deepEqual(ids(await exceptions('site', id, { keyword: '50%_' })), [b]);
  assert.deepEqual(ids(await exceptions('site', id, { keyword: '%' })), [b]);
  assert.deepEqual(ids(await exceptions('site', id, { keyword: '811' })), [b]);
  const first = await s.api('GET', `${base('site', id)}/exception_rules`, { query: { page_size: 1, country: 'MX' } });
  assertContract('listSiteLevelOutboundCallingExceptionRules', first);
  assert.deepEqual(first.body.exception_rules.map((e: any) => e.id), [a]);
  const second = await s.api('GET', `${base('site', id)}/exception_rules`, { query: { page_size: 1, country: 'MX', next_page_token: first.body.next_page_token } });
  assert.deepEqual(second.body.exception_rules.map((e: any) => e.id), [b]);
  assert.equal(second.body.next_page_token, '');
  // a token of one filter is refused under another
  const mixed = await s.api('GET', `${base('site', id)}/exception_rules`, { query: { page_size: 1, country: 'BR', next_page_token: first.body.next_page_token } });
  assert.equal(mixed.status, 400);
});

test('an exception rule refused for its number, country or comment adds nothing', async () => {
  const before = (await exceptions('account')).length;
  const cases: [Record<string, unknown>, string, RegExp][] = [
    [{ country: 'XX', match_type: 'prefix', prefix_number: '1', status: 'active' }, 'exception_rule.country', /not a country or region/],
    [{ country: 'US', match_type: 'prefix', prefix_number: '+1206', status: 'active' }, 'exception_rule.prefix_number', /digits only/],
    [{ country: 'US', match_type: 'prefix', prefix_number: '206-555', status: 'active' }, 'exception_rule.prefix_number', /digits only/],
    // 15 digits with the calling code at most: GB (+44) keeps 13
    [{ country: 'GB', match_type: 'prefix', prefix_number: '12345678901234', status: 'active' }, 'exception_rule.prefix_number', /from 1 to 13 digits/],
    [{ country: 'GB', match_type: 'prefix', prefix_number: '0', status: 'active' }, 'exception_rule.prefix_number', /from 1 to 13 digits/],
    // North America: the area code must be the country's, a whole number has 10 digits
    [{ country: 'CA', match_type: 'prefix', prefix_number: '206', status: 'active' }, 'exception_rule.prefix_number', /206 is not an area code of CA/],
    [{ country: 'US', match_type: 'phoneNumber', prefix_number: '206555', status: 'active' }, 'exception_rule.prefix_number', /10 digits/],
    [{ country: 'FR', match_type: 'phoneNumber', prefix_number: '123', status: 'active' }, 'exception_rule.prefix_number', /from 4 to 13 digits/],
    [{ country: 'FR', match_type: 'prefix', prefix_number: '1', status: 'active', comment: 'x'.repeat(256) }, 'exception_rule.comment', /at most 255/],
  ];
  for (const [rule, field, message] of cases) {
    const res = await addException('account', undefined, rule);
    assert.equal(res.status, 400, JSON.stringify(rule));
    assert.equal(res.body.code, 300);
    assert.equal(res.body.errors[0].field, field);
    assert.match(res.body.errors[0].message, message);
  }
  // schema: required fields and enums
  for (const rule of [{ country: 'US', match_type: 'prefix', status: 'active' }, { country: 'US', match_type: 'range', prefix_number: '1', status: 'active' }]) {
    const res = await addException('account', undefined, rule);
    assert.deepEqual([res.status, res.body.code], [400, 300]);
  }
  const none = await s.api('POST', '/phone/outbound_calling/exception_rules', { body: {} });
  assertUndocumentedError(none, 400, 300, 'Validation Failed.');
  assert.equal((await exceptions('account')).length, before);
  // at the limits: 13 digits for GB, a comment of 255, a trunk 0 before a GB number
  await added('account', undefined, { country: 'GB', match_type: 'prefix', prefix_number: '1234567890123', status: 'active', comment: 'y'.repeat(255) });
  await added('account', undefined, { country: 'gb', match_type: 'phoneNumber', prefix_number: '02079460000', status: 'inactive' });
  await added('account', undefined, { country: 'CA', match_type: 'phoneNumber', prefix_number: '4165550100', status: 'active' });
  assert.equal((await exceptions('account')).length, before + 3);
});

test('a number or prefix the level already has for the country is a conflict; another level may have it', async () => {
  await added('user', userA, { country: 'IE', match_type: 'prefix', prefix_number: '1', status: 'active' });
  const again = await addException('user', userA, { country: 'ie', match_type: 'prefix', prefix_number: '1', status: 'inactive' });
  assertUndocumentedError(again, 409, 409, 'The exception rule already exists: 1.');
  // another match type, another level: no conflict
  await added('user', userA, { country: 'IE', match_type: 'phoneNumber', prefix_number: '15550100', status: 'active' });
  await added('user', userB, { country: 'IE', match_type: 'prefix', prefix_number: '1', status: 'active' });
  // an update onto another rule's number is refused too, and changes nothing
  const moved = await added('user', userA, { country: 'IE', match_type: 'prefix', prefix_number: '21', status: 'active' });
  const clash = await s.api('PATCH', `${base('user', userA)}/exception_rules/${moved}`, { body: { exception_rule: { country: 'IE', match_type: 'prefix', prefix_number: '1', status: 'active' } } });
  assertUndocumentedError(clash, 409, 409, 'The exception rule already exists: 1.');
  assert.equal((await exceptions('user', userA)).find((e) => e.id === moved).prefix_number, '21');
});

test('concurrent adds of one exception rule: one wins, the others are refused', async () => {
  const rule = { country: 'DK', match_type: 'prefix', prefix_number: '33', status: 'active' };
  const results = await Promise.all(Array.from({ length: 5 }, () => addException('site', siteB, rule)));
  assert.deepEqual(results.map((r) => r.status).sort(), [201, 409, 409, 409, 409]);
  assert.equal((await exceptions('site', siteB, { country: 'DK' })).length, 1);
});

test('an exception rule cannot allow numbers of a country blocked above', async () => {
  // the account blocks Nigeria: a site, user or common area cannot allow its numbers
  for (const [level, id] of [['site', siteA], ['user', userA], ['commonArea', area.id]] as [Level, string][]) {
    const res = await addException(level, id, { country: 'NG', match_type: 'prefix', prefix_number: '1', status: 'active' });
    assertUndocumentedError(res, 400, 300, new RegExp(`NG is blocked at a higher level: an exception rule of the ${level === 'commonArea' ? 'common area' : level} level cannot allow its numbers`));
  }
  // its own block it may except from
  await setRules('user', userA, [{ iso_code: 'GR', rule: 2 }]);
  const own = await added('user', userA, { country: 'GR', match_type: 'prefix', prefix_number: '21', status: 'active' });
  // nor may an update move a rule into a blocked country
  const moved = await s.api('PATCH', `${base('user', userA)}/exception_rules/${own}`, { body: { exception_rule: { country: 'CU', match_type: 'prefix', prefix_number: '7', status: 'active' } } });
  assertUndocumentedError(moved, 400, 300, /CU is blocked at a higher level/);
});

test('an exception rule the level does not have answers the documented error', async () => {
  const ruleId = await added('account', undefined, { country: 'FI', match_type: 'prefix', prefix_number: '9', status: 'active' });
  // the account's rule is none of a site's
  const body = { exception_rule: { country: 'FI', match_type: 'prefix', prefix_number: '8', status: 'active' } };
  assertUndocumentedError(await s.api('PATCH', `${base('site', siteA)}/exception_rules/${ruleId}`, { body }), 404, 13507, `The exception rule does not exist: ${ruleId}.`);
  assertDocumentedError('deleteSiteLevelOutboundCallingExceptionRule', await s.api('DELETE', `${base('site', siteA)}/exception_rules/${ruleId}`), 'exceptionRuleDoesNotExist');
  assertDocumentedError('deleteUserLevelOutboundCallingExceptionRule', await s.api('DELETE', `${base('user', userA)}/exception_rules/${ruleId}`), 'exceptionRuleDoesNotExist');
  assertDocumentedError('deleteCommonAreaLevelOutboundCallingExceptionRule', await s.api('DELETE', `${base('commonArea', area.id)}/exception_rules/${ruleId}`), 'exceptionRuleDoesNotExist');
  assertUndocumentedError(await s.api('PATCH', `/phone/outbound_calling/exception_rules/nOsUcHrUlE`, { body }), 404, 13507, 'The exception rule does not exist: nOsUcHrUlE.');
  // an update without a rule changes nothing, but the rule must exist
  assert.equal((await s.api('PATCH', `/phone/outbound_calling/exception_rules/${ruleId}`, { body: {} })).status, 204);
  assertUndocumentedError(await s.api('PATCH', `/phone/outbound_calling/exception_rules/nOsUcHrUlE`, { body: {} }), 404, 13507, /does not exist/);
  assert.equal((await exceptions('account', undefined, { country: 'FI' })).find((e) => e.id === ruleId).prefix_number, '9');
});

test('a site, user or common area that does not exist answers the documented error', async () => {
  const rule = { exception_rule: { country: 'US', match_type: 'prefix', prefix_number: '206', status: 'active' } };
  const countries = { country_regions: [{ iso_code: 'US', rule: 2 }] };
  assertDocumentedError('getSiteLevelOutboundCallingCountriesAndRegions', await s.api('GET', '/phone/sites/nOsUcHsItE/outbound_calling/countries_regions'), 'siteDoesNotExist');
  assertDocumentedError('updateSiteLevelOutboundCallingCountriesOrRegions', await s.api('PATCH', '/phone/sites/nOsUcHsItE/outbound_calling/countries_regions', { body: countries }), 'siteDoesNotExist');
  assertDocumentedError('listSiteLevelOutboundCallingExceptionRules', await s.api('GET', '/phone/sites/nOsUcHsItE/outbound_calling/exception_rules'), 'siteDoesNotExist');
  assertDocumentedError('addSiteLevelOutboundCallingExceptionRule', await s.api('POST', '/phone/sites/nOsUcHsItE/outbound_calling/exception_rules', { body: rule }), 'siteDoesNotExist');
  assertDocumentedError('updateSiteLevelOutboundCallingExceptionRule', await s.api('PATCH', '/phone/sites/nOsUcHsItE/outbound_calling/exception_rules/x', { body: rule }), 'siteDoesNotExist');
  assertDocumentedError('deleteSiteLevelOutboundCallingExceptionRule', await s.api('DELETE', '/phone/sites/nOsUcHsItE/outbound_calling/exception_rules/x'), 'siteDoesNotExist');
  assertDocumentedError('getUserLevelOutboundCallingCountriesAndRegions', await s.api('GET', '/phone/users/nOsUcHuSeR/outbound_calling/countries_regions'), 'userDoesNotExist');
  assertDocumentedError('updateUserLevelOutboundCallingCountriesOrRegions', await s.api('PATCH', '/phone/users/nOsUcHuSeR/outbound_calling/countries_regions', { body: countries }), 'userDoesNotExist');
  assertDocumentedError('listUserLevelOutboundCallingExceptionRules', await s.api('GET', '/phone/users/nOsUcHuSeR/outbound_calling/exception_rules'), 'userDoesNotExist');
  assertDocumentedError('addUserLevelOutboundCallingExceptionRule', await s.api('POST', '/phone/users/nOsUcHuSeR/outbound_calling/exception_rules', { body: rule }), 'userDoesNotExist');
  assertDocumentedError('updateUserLevelOutboundCallingExceptionRule', await s.api('PATCH', '/phone/users/nOsUcHuSeR/outbound_calling/exception_rules/x', { body: rule }), 'userDoesNotExist');
  assertDocumentedError('deleteUserLevelOutboundCallingExceptionRule', await s.api('DELETE', '/phone/users/nOsUcHuSeR/outbound_calling/exception_rules/x'), 'userDoesNotExist');
  assertDocumentedError('getCommonAreaLevelOutboundCallingCountriesAndRegions', await s.api('GET', '/phone/common_areas/nOsUcHaReA/outbound_calling/countries_regions'), 'commonAreaDoesNotExist');
  assertDocumentedError('updateCommonAreaLevelOutboundCallingCountriesOrRegions', await s.api('PATCH', '/phone/common_areas/nOsUcHaReA/outbound_calling/countries_regions', { body: countries }), 'commonAreaDoesNotExist');
  assertDocumentedError('listCommonAreaLevelOutboundCallingExceptionRules', await s.api('GET', '/phone/common_areas/nOsUcHaReA/outbound_calling/exception_rules'), 'commonAreaDoesNotExist');
  assertDocumentedError('addCommonAreaLevelOutboundCallingExceptionRule', await s.api('POST', '/phone/common_areas/nOsUcHaReA/outbound_calling/exception_rules', { body: rule }), 'commonAreaDoesNotExist');
  assertDocumentedError('updateCommonAreaLevelOutboundCallingExceptionRule', await s.api('PATCH', '/phone/common_areas/nOsUcHaReA/outbound_calling/exception_rules/x', { body: rule }), 'commonAreaDoesNotExist');
  assertDocumentedError('deleteCommonAreaLevelOutboundCallingExceptionRule', await s.api('DELETE', '/phone/common_areas/nOsUcHaReA/outbound_calling/exception_rules/x'), 'commonAreaDoesNotExist');
  // the list's 404 carries its own code (13000), the others 13500
  const listed = await s.api('GET', '/phone/users/nOsUcHuSeR/outbound_calling/exception_rules');
  assert.deepEqual([listed.status, listed.body.code, listed.body.message], [404, 13000, 'The user does not exist: nOsUcHuSeR.']);
});

test("another account neither sees nor changes the account's outbound calling", async () => {
  const other = await otherAccount(s, 'oc-other');
  const token = other.token;
  // its own account level: Zoom's defaults, no exception rule
  const own = await rules('account', undefined, token);
  assert.equal(own.get('CU'), 1);
  assert.equal(own.get('NG'), 1);
  assert.deepEqual(await exceptions('account', undefined, {}, token), []);
  // the demo's site, user and common area are unknown to it
  assertDocumentedError('getSiteLevelOutboundCallingCountriesAndRegions', await s.api('GET', `${base('site', siteA)}/countries_regions`, { token }), 'siteDoesNotExist');
  assertDocumentedError('getUserLevelOutboundCallingCountriesAndRegions', await s.api('GET', `${base('user', userA)}/countries_regions`, { token }), 'userDoesNotExist');
  assertDocumentedError('getCommonAreaLevelOutboundCallingCountriesAndRegions', await s.api('GET', `${base('commonArea', area.id)}/countries_regions`, { token }), 'commonAreaDoesNotExist');
  assertDocumentedError('addUserLevelOutboundCallingExceptionRule', await addException('user', userA, { country: 'US', match_type: 'prefix', prefix_number: '2', status: 'active' }, token), 'userDoesNotExist');
  // the demo's account rules are none of its own
  const demoRule = (await exceptions('account'))[0].id;
  assertDocumentedError('deleteAccountLevelOutboundCallingExceptionRule', await s.api('DELETE', `/phone/outbound_calling/exception_rules/${demoRule}`, { token }), 'exceptionRuleDoesNotExist');
  // its changes stay its own
  await setRules('account', undefined, [{ iso_code: 'CU', rule: 1 }, { iso_code: 'US', rule: 2 }], token);
  assert.equal((await rules('account')).get('CU'), 2);
  assert.equal((await rules('account')).get('US'), 1);
  assert.ok((await exceptions('account')).some((e) => e.id === demoRule));
});

test("a user taken out of Zoom Phone, a deleted common area and a deleted site take their own outbound rules with them", async () => {
  const { db } = s.sandbox;
  const count = async (targets: string[]) => {
    const a = await db.selectFrom('outbound_country_rules').select('target_id').where('target_id', 'in', targets).execute();
    const b = await db.selectFrom('outbound_exception_rules').select('target_id').where('target_id', 'in', targets).execute();
    return a.length + b.length;
  };
  // a user
  const user = await addUser(s, { siteId: siteA });
  await setRules('user', user, [{ iso_code: 'PL', rule: 2 }]);
  await added('user', user, { country: 'PL', match_type: 'prefix', prefix_number: '22', status: 'active' });
  assert.equal(await count([user]), 2);
  assert.equal((await s.admin('DELETE', `/accounts/${DEMO}/users/${user}`)).status, 204);
  assert.equal(await count([user]), 0);
  // a common area
  const made = await s.api('POST', '/phone/common_areas', { body: { display_name: 'Doomed Lobby', site_id: siteA } });
  const ext = (await db.selectFrom('common_areas').select('extension_id').where('id', '=', made.body.id).executeTakeFirstOrThrow()).extension_id;
  await setRules('commonArea', made.body.id, [{ iso_code: 'PL', rule: 2 }]);
  await added('commonArea', made.body.id, { country: 'PL', match_type: 'prefix', prefix_number: '12', status: 'active' });
  assert.equal(await count([ext]), 2);
  assert.equal((await s.api('DELETE', `/phone/common_areas/${made.body.id}`)).status, 204);
  assert.equal(await count([ext]), 0);
  // a site: its own rules go; its users keep theirs, now under the transfer site
  const site = await s.api('POST', '/phone/sites', {
    body: { name: 'Outbound Doomed Site', site_code: 77, short_extension: { length: 3 }, auto_receptionist_name: 'Doomed OC AR', default_emergency_address: { address_line1: '55 Almaden Blvd', city: 'San Jose', state_code: 'CA', zip: '95113', country: 'US' } },
  });
  assert.equal(site.status, 201, JSON.stringify(site.body));
  const mover = await addUser(s, { siteId: site.body.id });
  await setRules('site', site.body.id, [{ iso_code: 'HU', rule: 2 }]);
  await added('site', site.body.id, { country: 'HU', match_type: 'prefix', prefix_number: '1', status: 'active' });
  await setRules('user', mover, [{ iso_code: 'CZ', rule: 2 }]);
  assert.equal((await rules('user', mover)).get('HU'), 2);
  const del = await s.api('DELETE', `/phone/sites/${site.body.id}`, { query: { transfer_site_id: siteB } });
  assert.equal(del.status, 204, JSON.stringify(del.body));
  assert.equal(await count([site.body.id]), 0);
  const moved = await rules('user', mover);
  assert.equal(moved.get('CZ'), 2);
  assert.equal(moved.get('HU'), 1);
});

test("Zoom's SDK reads and changes the account's countries and exception rules", async () => {
  const phone = await phoneEndpoints(s);
  const got = await phone.outboundCalling.getAccountLevelOutboundCallingCountriesAndRegions({ query: { page_size: 300 } });
  assert.equal(got.statusCode, 200);
  assert.equal(got.data?.countries_regions?.find((c) => c.iso_code === 'CU')?.rule, 2);
  const set = await phone.outboundCalling.updateAccountLevelOutboundCallingCountriesOrRegions({ body: { country_regions: [{ iso_code: 'VN', rule: 2, delete_existing_exception_rules: false }] } });
  assert.equal(set.statusCode, 204);
  const add = await phone.outboundCalling.addAccountLevelOutboundCallingExceptionRule({
    body: { exception_rule: { match_type: 'prefix', prefix_number: '24', comment: 'Hanoi office', status: 'active', country: 'VN' } },
  });
  assert.equal(add.statusCode, 201);
  const id = add.data!.exception_rule_id!;
  const list = await phone.outboundCalling.listAccountLevelOutboundCallingExceptionRules({ query: { country: 'VN' } });
  assert.deepEqual(list.data?.exception_rules, [{ id, match_type: 'prefix', prefix_number: '24', rule: 1, comment: 'Hanoi office', status: 'active' }]);
  const del = await phone.outboundCalling.deleteAccountLevelOutboundCallingExceptionRule({ path: { exceptionRuleId: id } });
  assert.equal(del.statusCode, 204);
});
