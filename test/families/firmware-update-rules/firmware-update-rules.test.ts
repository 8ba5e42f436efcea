// Firmware update rules through the HTTP API: per site and device model, the
// firmware version from the sandbox's catalogue that the site's desk phones are
// to run; created, listed, shown, changed and deleted, each account its own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type ApiResponse, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError } from '../../support/contract.ts';
import { assertPageTokensExpire, type PagedList } from '../../support/pages.ts';
import { otherAccount } from '../../support/fixtures.ts';
import { ADDRESS, sites } from '../../support/org.ts';
import { CATALOGUE } from '../../../src/families/firmware-update-rules/catalogue.ts';

let s: TestServer;
let accounts = 0;

before(async () => {
  s = await startServer();
});
after(() => s.close());

const RULES = '/phone/firmware_update_rules';
const create = (body: unknown, token?: string) => s.api('POST', RULES, { body, token });
const details = (id: string, token?: string) => s.api('GET', `${RULES}/${id}`, { token });
const update = (id: string, body: unknown, token?: string) => s.api('PATCH', `${RULES}/${id}`, { body, token });
const remove = (id: string, token?: string, query?: Record<string, string | number>) => s.api('DELETE', `${RULES}/${id}`, { token, query });
const firmwares = (query: Record<string, string | number | boolean> = {}, token?: string) => s.api('GET', '/phone/firmwares', { query: query as Record<string, string>, token });

async function addSite(token: string, name: string): Promise<string> {
  const res = await s.api('POST', '/phone/sites', { token, body: { name, auto_receptionist_name: `${name} Desk`, default_emergency_address: ADDRESS } });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.id;
}

/** A master account of its own with one site (so site_id may be left out), and no rule yet. */
async function fresh(): Promise<{ token: string; accountId: string; siteId: string }> {
  const acct = await otherAccount(s, `fw-acct-${++accounts}`);
  return { ...acct, siteId: await addSite(acct.token, 'Head Office') };
}

/** Every rule of the account (of one site when given), as the list shows them. */
async function all(token?: string, siteId?: string): Promise<any[]> {
  const res = await s.api('GET', RULES, { token, query: { page_size: 300, ...(siteId ? { site_id: siteId } : {}) } });
  assertContract('listFirmwareUpdateRules', res);
  return res.body.rules;
}

async function created(body: Record<string, unknown>, token?: string): Promise<string> {
  const res = await create(body, token);
  assertContract('addAFirmwareUpdateRule', res);
  assert.equal(res.status, 201);
  assert.match(res.body.rule_Id, /^[A-Za-z0-9_-]{22}$/);
  return res.body.rule_Id;
}

const VVX = { device_type: 'Poly', device_model: 'VVX 450', version: '6.3.1.8427' } as const;
const T54W = { device_type: 'Yealink', device_model: 'T54W', version: '96.85.0.5' } as const;
const fieldOf = (res: ApiResponse) => res.body?.errors?.[0]?.field;

test('the demo account lists the rules of its sites', async () => {
  const [main, denver, london] = await sites(s);
  const rules = await all();
  assert.deepEqual(
    rules.map((r) => [r.device_type, r.device_model, r.version]),
    [
      ['Poly', 'VVX 450', '6.4.3.5814'],
      ['Yealink', 'T54W', '96.86.0.70'],
      ['AudioCodes', '445HD', '3.4.5.18'],
      ['Yealink', 'T46U', '108.86.0.70'],
    ],
  );
  const first = await s.api('GET', RULES);
  assertContract('listFirmwareUpdateRules', first);
  assert.equal(first.body.page_size, 30);
  assert.equal(first.body.next_page_token, '');
  assert.equal('total_records' in first.body, false);
  assert.deepEqual((await all(undefined, main.id)).map((r) => r.device_model), ['VVX 450', 'T54W']);
  assert.deepEqual((await all(undefined, denver.id)).map((r) => r.device_model), ['445HD']);
  assert.deepEqual((await all(undefined, london.id)).map((r) => r.device_model), ['T46U']);
  const got = await details(rules[2].rule_id);
  assertContract('getFirmwareUpdateRuleInformation', got);
  assert.deepEqual(got.body, { device_type: 'AudioCodes', device_model: '445HD', version: '3.4.5.18', update_log: '1. Supports call forwarding for Zoom Phone' });
});

test("a rule created is listed and shown with its version's update log", async () => {
  const { token, siteId } = await fresh();
  // one site: site_id may be left out, and restart_type takes its default
  const id = await created({ ...VVX }, token);
  const got = await details(id, token);
  assertContract('getFirmwareUpdateRuleInformation', got);
  assert.deepEqual(got.body, { ...VVX, update_log: '1. Supports Zoom Phone hot desking' });
  assert.deepEqual(await all(token), [{ rule_id: id, ...VVX }]);
  assert.deepEqual(await all(token, siteId), [{ rule_id: id, ...VVX }]);
  const row = await s.sandbox.db.selectFrom('firmware_update_rules').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  assert.equal(row.site_id, siteId);
  assert.equal(Number(row.restart_type), 1);
  // named explicitly, with a restart at the next resync
  const other = await created({ ...T54W, site_id: siteId, restart_type: 2 }, token);
  const row2 = await s.sandbox.db.selectFrom('firmware_update_rules').selectAll().where('id', '=', other).executeTakeFirstOrThrow();
  assert.equal(Number(row2.restart_type), 2);
  assert.deepEqual((await all(token)).map((r) => r.rule_id), [id, other]);
});

test('the vendor and model are matched in any case and kept as the catalogue spells them', async () => {
  const { token } = await fresh();
  const id = await created({ device_type: ' poly', device_model: 'vvx 450', version: '6.3.1.8427' }, token);
  assert.deepEqual((await details(id, token)).body, { ...VVX, update_log: '1. Supports Zoom Phone hot desking' });
});

test('a version the model does not have is the documented 404 and creates nothing', async () => {
  const { token } = await fresh();
  for (const body of [
    { ...VVX, version: '9.9.9.9' },
    { ...VVX, version: T54W.version }, // another model's version
    { device_type: 'Grandstream', device_model: 'GRP2614', version: '1.0.5.15' },
    { ...VVX, device_model: 'VVX 999' },
  ]) {
    const res = await create(body, token);
    assertDocumentedError('addAFirmwareUpdateRule', res, 'firmwareVersionDoesNotExistFirmware');
    assert.equal(res.body.message, `The firmware version does not exist, firmware version:${body.version}.`);
  }
  assert.deepEqual(await all(token), []);
});

test('only an available version can be the version of a rule', async () => {
  const { token } = await fresh();
  const sunset = await create({ ...VVX, version: '5.9.7.3480' }, token);
  assertDocumentedError('addAFirmwareUpdateRule', sunset, 'error300');
  assert.equal(sunset.body.message, 'The firmware version 5.9.7.3480 is sunset and cannot be the version of a rule.');
  assert.equal(fieldOf(sunset), 'version');
  const unavailable = await create({ ...T54W, version: '96.86.0.100' }, token);
  assertDocumentedError('addAFirmwareUpdateRule', unavailable, 'error300');
  assert.equal(unavailable.body.message, 'The firmware version 96.86.0.100 is unavailable and cannot be the version of a rule.');
  assert.deepEqual(await all(token), []);
});

test('the request schema refuses missing fields and restart types the page does not list', async () => {
  const { token } = await fresh();
  for (const body of [{ device_type: 'Poly', device_model: 'VVX 450' }, { ...VVX, restart_type: 3 }, {}]) {
    assertDocumentedError('addAFirmwareUpdateRule', await create(body, token), 'error300');
  }
  assert.deepEqual(await all(token), []);
});

test('site_id: required when the account has multiple sites, and a site of the account', async () => {
  const before = await all();
  // the demo account has three sites
  const none = await create({ ...VVX });
  assertDocumentedError('addAFirmwareUpdateRule', none, 'error300');
  assert.equal(none.body.message, 'site_id is required when the account has multiple sites.');
  assert.equal(fieldOf(none), 'site_id');
  const unknown = await create({ ...VVX, site_id: 'no-such-site' });
  assertDocumentedError('addAFirmwareUpdateRule', unknown, 'error300');
  assert.equal(unknown.body.message, 'Site does not exist: no-such-site.');
  // another account's site is one this account does not have
  const other = await fresh();
  assertDocumentedError('addAFirmwareUpdateRule', await create({ ...VVX, site_id: other.siteId }), 'error300');
  assert.deepEqual(await all(), before);
  assert.deepEqual(await all(other.token), []);
});

test('a site has one rule per device model; another site may have its own', async () => {
  const { token, siteId } = await fresh();
  const second = await addSite(token, 'Warehouse');
  const first = await created({ ...VVX, site_id: siteId }, token);
  const again = await create({ ...VVX, version: '6.4.3.5814', site_id: siteId }, token);
  assertDocumentedError('addAFirmwareUpdateRule', again, 'error300');
  assert.equal(again.body.message, `A firmware update rule for Poly VVX 450 already exists on site ${siteId}.`);
  // any spelling of the same model is the same model
  assertDocumentedError('addAFirmwareUpdateRule', await create({ ...VVX, device_type: 'POLY', site_id: siteId }, token), 'error300');
  const elsewhere = await created({ ...VVX, site_id: second }, token);
  assert.deepEqual((await all(token)).map((r) => r.rule_id), [first, elsewhere]);
  assert.deepEqual((await all(token, second)).map((r) => r.rule_id), [elsewhere]);
});

test('concurrent creates of one model on a site: one wins, the others are refused', async () => {
  const { token, siteId } = await fresh();
  const answers = await Promise.all(Array.from({ length: 6 }, () => create({ ...VVX, site_id: siteId }, token)));
  const won = answers.filter((r) => r.status === 201);
  assert.equal(won.length, 1, JSON.stringify(answers.map((r) => [r.status, r.body])));
  for (const r of answers.filter((a) => a.status !== 201)) assertDocumentedError('addAFirmwareUpdateRule', r, 'error300');
  assert.deepEqual((await all(token)).map((r) => r.rule_id), [won[0].body.rule_Id]);
});

test('an update sets the model, version and restart type; the site stays', async () => {
  const { token, siteId } = await fresh();
  const id = await created({ ...VVX, restart_type: 2 }, token);
  const res = await update(id, { ...VVX, version: '6.4.3.5814' }, token);
  assertContract('updateFirmwareUpdateRule', res);
  assert.equal(res.status, 204);
  assert.deepEqual((await details(id, token)).body, { ...VVX, version: '6.4.3.5814', update_log: '1. Supports visual voicemail\n2. Improves Wi-Fi roaming' });
  const row = await s.sandbox.db.selectFrom('firmware_update_rules').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  assert.equal(Number(row.restart_type), 1, 'restart_type left out is its default, 1');
  // the rule may move to another model of the catalogue
  assert.equal((await update(id, { device_type: 'cisco', device_model: '8841', version: 'sip88xx.14-2-1MPP', restart_type: 2 }, token)).status, 204);
  assert.deepEqual(await all(token, siteId), [{ rule_id: id, device_type: 'Cisco', device_model: '8841', version: 'sip88xx.14-2-1MPP' }]);
});

test('an update of a rule the account does not have is the documented 404', async () => {
  const { token } = await fresh();
  const res = await update('no-such-rule', { ...VVX }, token);
  assertDocumentedError('updateFirmwareUpdateRule', res, 'ruleDoesNotExistRuleId');
  assert.equal(res.body.message, 'The rule does not exist, rule id:no-such-rule.');
  assert.deepEqual(await all(token), []);
});

test('an update to a version that does not exist, or is not available, changes nothing', async () => {
  const { token } = await fresh();
  const id = await created({ ...VVX }, token);
  const res = await update(id, { ...VVX, version: '0.0.0.1' }, token);
  assertDocumentedError('updateFirmwareUpdateRule', res, 'firmwareVersionDoesNotExistFirmware');
  assert.equal(res.body.message, 'The firmware version does not exist, firmware version:0.0.0.1.');
  assertDocumentedError('updateFirmwareUpdateRule', await update(id, { ...VVX, version: '5.9.7.3480' }, token), 'error300');
  assertDocumentedError('updateFirmwareUpdateRule', await update(id, { ...VVX, restart_type: 5 }, token), 'error300');
  assert.deepEqual(await all(token), [{ rule_id: id, ...VVX }]);
});

test('an update that makes a rule name the model another rule of its site has is refused and changes nothing', async () => {
  const { token, siteId } = await fresh();
  const vvx = await created({ ...VVX }, token);
  const t54 = await created({ ...T54W }, token);
  const res = await update(t54, { ...VVX, version: '6.4.3.5814' }, token);
  assertDocumentedError('updateFirmwareUpdateRule', res, 'error300');
  assert.equal(res.body.message, `A firmware update rule for Poly VVX 450 already exists on site ${siteId}.`);
  assert.deepEqual(await all(token), [
    { rule_id: vvx, ...VVX },
    { rule_id: t54, ...T54W },
  ]);
  // a rule may name its own model again
  assert.equal((await update(vvx, { ...VVX, version: '6.4.3.5814' }, token)).status, 204);
});

test('a deleted rule is gone; deleting it again answers the documented 404', async () => {
  const { token } = await fresh();
  const id = await created({ ...VVX }, token);
  const keep = await created({ ...T54W }, token);
  const res = await remove(id, token, { restart_type: 2 });
  assertContract('deleteFirmwareUpdateRule', res);
  assert.equal(res.status, 204);
  assert.deepEqual((await all(token)).map((r) => r.rule_id), [keep]);
  const shown = await details(id, token);
  assertDocumentedError('getFirmwareUpdateRuleInformation', shown, 'firmwareRuleIdDoesNotExist');
  assert.equal(shown.body.message, `Firmware rule (ID: ${id}) does not exist.`);
  const again = await remove(id, token);
  assertDocumentedError('deleteFirmwareUpdateRule', again, 'ruleDoesNotExistRuleId');
  assert.equal(again.body.message, `The rule does not exist, rule id:${id}.`);
  assertDocumentedError('deleteFirmwareUpdateRule', await remove(keep, token, { restart_type: 9 }), 'error300');
  assert.deepEqual((await all(token)).map((r) => r.rule_id), [keep]);
  // the model is free again on the site
  await created({ ...VVX }, token);
});

test("another account neither sees nor changes the account's rules", async () => {
  const demoRules = await all();
  const { token } = await fresh();
  const mine = await created({ ...VVX }, token);
  assert.deepEqual(await all(), demoRules);
  const theirs = demoRules[0].rule_id;
  assert.deepEqual(await all(token), [{ rule_id: mine, ...VVX }]);
  const theirsShown = await details(theirs, token);
  assertDocumentedError('getFirmwareUpdateRuleInformation', theirsShown, 'firmwareRuleIdDoesNotExist');
  assertDocumentedError('updateFirmwareUpdateRule', await update(theirs, { ...VVX }, token), 'ruleDoesNotExistRuleId');
  assertDocumentedError('deleteFirmwareUpdateRule', await remove(theirs, token), 'ruleDoesNotExistRuleId');
  assertDocumentedError('getFirmwareUpdateRuleInformation', await details(mine), 'firmwareRuleIdDoesNotExist');
  assert.deepEqual(await all(), demoRules);
  // filtering by another account's site is filtering by a site the account does not have
  const [demoMain] = await sites(s);
  assertDocumentedError('listFirmwareUpdateRules', await s.api('GET', RULES, { token, query: { site_id: demoMain.id } }), 'error300');
});

test('the list pages by next_page_token, 300 a page at most', async () => {
  const { token } = await fresh();
  const ids: string[] = [];
  for (const f of CATALOGUE) ids.push(await created({ device_type: f.device_type, device_model: f.device_model, version: f.versions.find((v) => v.status === 1)!.version }, token));
  assert.equal(ids.length, 5);
  const seen: string[] = [];
  let next = '';
  let pages = 0;
  do {
    const res = await s.api('GET', RULES, { token, query: { page_size: 2, ...(next ? { next_page_token: next } : {}) } });
    assertContract('listFirmwareUpdateRules', res);
    assert.equal(res.body.page_size, 2);
    seen.push(...res.body.rules.map((r: any) => r.rule_id));
    next = res.body.next_page_token;
    pages++;
  } while (next);
  assert.equal(pages, 3);
  assert.deepEqual(seen, ids);
  assertContract('listFirmwareUpdateRules', await s.api('GET', RULES, { token, query: { page_size: 300 } }));
  const refused: Record<string, string | number>[] = [{ page_size: 301 }, { page_size: 0 }, { next_page_token: 'not-a-token' }, { site_id: 'no-such-site' }];
  for (const query of refused) {
    assertDocumentedError('listFirmwareUpdateRules', await s.api('GET', RULES, { token, query }), 'error300');
  }
  const unknownSite = await s.api('GET', RULES, { token, query: { site_id: 'no-such-site' } });
  assert.equal(unknownSite.body.message, 'Site does not exist: no-such-site.');
});

test('a page token expires after 15 minutes', async () => {
  const { token } = await fresh();
  await created({ ...VVX }, token);
  await created({ ...T54W }, token);
  const list: PagedList = { op: 'listFirmwareUpdateRules', get: (query) => s.api('GET', RULES, { token, query }) };
  await assertPageTokensExpire(s, [list], (_, res) => {
    assertDocumentedError('listFirmwareUpdateRules', res, 'error300');
    assert.equal(res.body.message, 'The next page token is invalid or expired.');
  });
});

test('a deleted site takes its rules with it', async () => {
  const { token, siteId } = await fresh();
  const doomed = await addSite(token, 'Closing Office');
  const kept = await created({ ...VVX, site_id: siteId }, token);
  const gone = await created({ ...VVX, site_id: doomed }, token);
  const res = await s.api('DELETE', `/phone/sites/${doomed}`, { token, query: { transfer_site_id: siteId } });
  assert.equal(res.status, 204, JSON.stringify(res.body));
  assert.deepEqual((await all(token)).map((r) => r.rule_id), [kept]);
  const goneShown = await details(gone, token);
  assertDocumentedError('getFirmwareUpdateRuleInformation', goneShown, 'firmwareRuleIdDoesNotExist');
});

test('the updatable firmwares are the catalogue; is_update keeps the versions a rule may name', async () => {
  const res = await firmwares();
  assertContract('listUpdatableFirmwares', res);
  assert.deepEqual(
    res.body.firmwares.map((f: any) => [f.device_type, f.device_model, f.versions.map((v: any) => [v.version, v.status])]),
    [
      ['AudioCodes', '445HD', [['3.4.4.1106', 3], ['3.4.5.18', 1], ['3.4.6.40', 1]]],
      ['Poly', 'VVX 450', [['5.9.7.3480', 3], ['6.3.1.8427', 1], ['6.4.3.5814', 1]]],
      ['Yealink', 'T54W', [['96.85.0.5', 1], ['96.86.0.70', 1], ['96.86.0.100', 2]]],
      ['Yealink', 'T46U', [['108.85.0.5', 1], ['108.86.0.70', 1]]],
      ['Cisco', '8841', [['sip88xx.12-8-1MPP', 3], ['sip88xx.14-2-1MPP', 1]]],
    ],
  );
  const v = res.body.firmwares[0].versions[1];
  assert.deepEqual(v, { version: '3.4.5.18', update_log: '1. Supports call forwarding for Zoom Phone', expire_time: '2027-05-29T00:00:00.000Z', status: 1 });
  const updatable = await firmwares({ is_update: 'true' });
  assertContract('listUpdatableFirmwares', updatable);
  const versions = updatable.body.firmwares.flatMap((f: any) => f.versions);
  assert.equal(versions.length, 9);
  assert.ok(versions.every((x: any) => x.status === 1));
  assert.deepEqual((await firmwares({ is_update: 'false' })).body, res.body);
  // every version is_update lists can be the version of a rule
  const { token } = await fresh();
  for (const f of updatable.body.firmwares) await created({ device_type: f.device_type, device_model: f.device_model, version: f.versions.at(-1).version }, token);
  const [main] = await sites(s);
  assertContract('listUpdatableFirmwares', await firmwares({ site_id: main.id }));
  const unknown = await firmwares({ site_id: 'no-such-site' });
  assertDocumentedError('listUpdatableFirmwares', unknown, 'error300');
  assert.equal(unknown.body.message, 'Site does not exist: no-such-site.');
  assertDocumentedError('listUpdatableFirmwares', await firmwares({ is_update: 'maybe' }), 'error300');
});
