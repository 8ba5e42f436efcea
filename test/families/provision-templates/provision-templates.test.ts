// The account's provision templates through the HTTP API: templates added, listed,
// shown, changed and deleted; names unique in an account, reserved parameters refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { assertPageTokensExpire, type PagedList } from '../../support/pages.ts';
import { otherAccount } from '../../support/fixtures.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';
import { findProvisionTemplate } from '../../../src/families/provision-templates/public.ts';

let s: TestServer;
let accounts = 0;

before(async () => {
  s = await startServer();
});
after(() => s.close());

const DEMO = DEMO_DEFAULTS.accountId;
const SUB = `${DEMO}-sub`;
const PATH = '/phone/provision_templates';

/** A master account of its own, with no template yet, so a test can count what it made. */
async function fresh(): Promise<{ token: string; accountId: string }> {
  return otherAccount(s, `pt-acct-${++accounts}`);
}

const add = (body: unknown, token?: string) => s.api('POST', PATH, { body, token });
const get = (id: string, token?: string) => s.api('GET', `${PATH}/${id}`, { token });
const update = (id: string, body: unknown, token?: string) => s.api('PATCH', `${PATH}/${id}`, { body, token });
const remove = (id: string, token?: string) => s.api('DELETE', `${PATH}/${id}`, { token });

/** Every template of the account, as the list shows them. */
async function all(token?: string): Promise<any[]> {
  const res = await s.api('GET', PATH, { query: { page_size: 300 }, token });
  assertContract('listProvisionTemplates', res);
  return res.body.provision_templates;
}

/** The template's details, checked against the contract. */
async function details(id: string, token?: string): Promise<any> {
  const res = await get(id, token);
  assertContract('getAProvisionTemplate', res);
  return res.body;
}

/** Adds a template and answers its id. */
async function added(body: Record<string, unknown>, token?: string): Promise<string> {
  const res = await add(body, token);
  assertContract('addAProvisionTemplate', res);
  assert.equal(res.status, 201);
  assert.equal(typeof res.body.id, 'string');
  return res.body.id;
}

const NOT_FOUND = 'Provision template does not exist.';

test('the demo account lists its seeded templates, used by no device', async () => {
  const res = await s.api('GET', PATH);
  assertContract('listProvisionTemplates', res);
  assert.equal(res.body.page_size, 30);
  assert.equal(res.body.total_records, 3);
  assert.equal(res.body.next_page_token, '');
  assert.deepEqual(
    res.body.provision_templates.map((t: any) => [t.name, t.bound_device_count]),
    [
      ['HQ Yealink T54W', 0],
      ['Branch Poly VVX', 0],
      ['Lobby phones', 0],
    ],
  );
  for (const t of res.body.provision_templates) {
    assert.match(t.id, /^[A-Za-z0-9_-]{22}$/);
    assert.equal(t.content, undefined, 'the list shows no content');
    assert.match((await details(t.id)).content, /=/);
  }
});

test('a template added is listed and shown with its content', async () => {
  const { token } = await fresh();
  const content = 'provisioning/firmware/url=https://fw.example.com/t54w.rom\nstatic.firmware.url = https://fw.example.com/';
  const res = await add({ name: 'test-provision-template', description: 'Test provision template created by API.', content }, token);
  assertContract('addAProvisionTemplate', res);
  assert.equal(res.status, 201);
  const id = res.body.id;
  assert.deepEqual(res.body, { id, name: 'test-provision-template' });
  assert.deepEqual(await details(id, token), { id, name: 'test-provision-template', description: 'Test provision template created by API.', content, bound_device_count: 0 });
  assert.deepEqual(await all(token), [{ id, name: 'test-provision-template', description: 'Test provision template created by API.', bound_device_count: 0 }]);
  // name alone is enough; the name is kept trimmed
  const bare = await added({ name: '  Bare  ' }, token);
  assert.deepEqual(await details(bare, token), { id: bare, name: 'Bare', bound_device_count: 0 });
});

test('a template needs a name: left out or blank, it is refused and nothing is added', async () => {
  const { token } = await fresh();
  assertDocumentedError('addAProvisionTemplate', await add({ description: 'no name' }, token), 300);
  const blank = await add({ name: '   ', content: 'a = b' }, token);
  assertDocumentedError('addAProvisionTemplate', blank, 300);
  assert.equal(blank.body.message, 'name must not be empty.');
  assert.deepEqual(await all(token), []);
});

test('a name the account already has is refused; another account may use it', async () => {
  const { token } = await fresh();
  await added({ name: 'Front desk' }, token);
  const again = await add({ name: ' Front desk ', description: 'again' }, token);
  assertDocumentedError('addAProvisionTemplate', again, 400);
  assert.equal(again.body.message, 'Provision template name (Front desk) already exists.');
  // names differ by case
  await added({ name: 'front desk' }, token);
  assert.deepEqual((await all(token)).map((t) => t.name), ['Front desk', 'front desk']);
  const other = await fresh();
  await added({ name: 'Front desk' }, other.token);
});

test('concurrent adds of one name: one wins, the others are refused', async () => {
  const { token } = await fresh();
  const results = await Promise.all(Array.from({ length: 6 }, () => add({ name: 'Race' }, token)));
  assert.deepEqual(results.map((r) => r.status).sort(), [201, 400, 400, 400, 400, 400]);
  for (const r of results.filter((x) => x.status === 400)) assertDocumentedError('addAProvisionTemplate', r, 400);
  assert.equal((await all(token)).length, 1);
});

test('content that sets a reserved parameter is refused and adds nothing', async () => {
  const { token } = await fresh();
  const res = await add({ name: 'Creds', content: 'local_time.time_zone = -8\naccount.1.password = secret' }, token);
  assertDocumentedError('addAProvisionTemplate', res, 400);
  assert.equal(res.body.message, 'template should not contain reserved parameters (Key: account.1.password).');
  // keys compare without case; Poly's line registrations are reserved too
  const poly = await add({ name: 'Poly creds', content: 'Reg.2.Auth.UserId=1001' }, token);
  assert.equal(poly.body.message, 'template should not contain reserved parameters (Key: reg.2.auth.userid).');
  assert.deepEqual(await all(token), []);
  // a comment sets nothing; a key that only starts like one is no line account
  const id = await added({ name: 'Commented', content: '# account.1.password = secret\naccount_name.display = Lobby' }, token);
  assert.equal((await details(id, token)).content, '# account.1.password = secret\naccount_name.display = Lobby');
});

test('a template the account does not have cannot be shown', async () => {
  assertUndocumentedError(await get('nOsUcHpRoViSiOnTeMpL00'), 400, 404, NOT_FOUND);
});

test('an update changes what it names and keeps the rest', async () => {
  const { token } = await fresh();
  const id = await added({ name: 'First', description: 'one', content: 'a.b = 1' }, token);
  const res = await update(id, { name: 'test-provision-template-byAPI', description: 'test provision template by api.' }, token);
  assertContract('updateAProvisionTemplate', res);
  assert.equal(res.status, 204);
  assert.deepEqual(await details(id, token), { id, name: 'test-provision-template-byAPI', description: 'test provision template by api.', content: 'a.b = 1', bound_device_count: 0 });
  assertContract('updateAProvisionTemplate', await update(id, { content: 'static.firmware.url = https://fw.example.com/', description: '' }, token));
  assert.deepEqual(await details(id, token), { id, name: 'test-provision-template-byAPI', description: '', content: 'static.firmware.url = https://fw.example.com/', bound_device_count: 0 });
  // its own name again is no conflict; an empty update changes nothing
  assertContract('updateAProvisionTemplate', await update(id, { name: ' test-provision-template-byAPI ' }, token));
  assertContract('updateAProvisionTemplate', await update(id, {}, token));
  assert.deepEqual((await all(token)).map((t) => [t.id, t.name, t.description]), [[id, 'test-provision-template-byAPI', '']]);
});

test('an update refused for its input changes nothing', async () => {
  const { token } = await fresh();
  await added({ name: 'Taken' }, token);
  const id = await added({ name: 'Mine', description: 'kept', content: 'a.b = 1' }, token);
  const before = await details(id, token);

  const taken = await update(id, { name: 'Taken', description: 'changed' }, token);
  assertDocumentedError('updateAProvisionTemplate', taken, 'provisionTemplateNameAlreadyExists');
  assert.equal(taken.body.message, 'Provision template name (Taken) already exists.');

  const reserved = await update(id, { content: 'account.3.sip_server.1.address = sip.example.com', description: 'changed' }, token);
  assertDocumentedError('updateAProvisionTemplate', reserved, 'templateShouldNotContainReservedParameters');
  assert.equal(reserved.body.message, 'template should not contain reserved parameters (Key: account.3.sip_server.1.address).');

  const blank = await update(id, { name: ' ', description: 'changed' }, token);
  assertDocumentedError('updateAProvisionTemplate', blank, 'error300');
  assert.equal(blank.body.message, 'name must not be empty.');
  assertDocumentedError('updateAProvisionTemplate', await update(id, { name: { text: 'Mine' } }, token), 'error300');

  assert.deepEqual(await details(id, token), before);
});

test('an update of a template the account does not have answers the documented error', async () => {
  const res = await update('nOsUcHpRoViSiOnTeMpL00', { name: 'x' });
  assertDocumentedError('updateAProvisionTemplate', res, 'provisionTemplateDoesNotExist');
  assert.equal(res.body.message, NOT_FOUND);
});

test('a deleted template is gone; deleting it again answers the documented error', async () => {
  const { token } = await fresh();
  const id = await added({ name: 'Old' }, token);
  const keep = await added({ name: 'Keep' }, token);
  const res = await remove(id, token);
  assertContract('deleteAProvisionTemplate', res);
  assert.equal(res.status, 204);
  assertUndocumentedError(await get(id, token), 400, 404, NOT_FOUND);
  assert.deepEqual((await all(token)).map((t) => t.id), [keep]);
  const again = await remove(id, token);
  assertDocumentedError('deleteAProvisionTemplate', again, 'provisionTemplateDoesNotExist');
  assert.equal(again.body.message, NOT_FOUND);
  // the name is free again
  await added({ name: 'Old' }, token);
});

test("another account neither sees nor changes the account's templates", async () => {
  const demo = await all();
  const stranger = await fresh();
  // the demo's own sub account is another account too
  const subApp = await s.admin('POST', `/accounts/${SUB}/apps`, {});
  assert.equal(subApp.status, 201, JSON.stringify(subApp.body));
  const subToken = await s.token(subApp.body.client_id, subApp.body.client_secret, SUB);
  for (const token of [stranger.token, subToken]) {
    assert.deepEqual(await all(token), []);
    const id = demo[0].id;
    assertUndocumentedError(await get(id, token), 400, 404, NOT_FOUND);
    assertDocumentedError('updateAProvisionTemplate', await update(id, { name: 'Stolen' }, token), 'provisionTemplateDoesNotExist');
    assertDocumentedError('deleteAProvisionTemplate', await remove(id, token), 'provisionTemplateDoesNotExist');
    // a template of the same name is its own
    await added({ name: demo[0].name }, token);
  }
  assert.deepEqual(await all(), demo);
});

test('the list pages by next_page_token, 300 a page at most', async () => {
  const { token } = await fresh();
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) ids.push(await added({ name: `Template ${i}` }, token));
  const seen: string[] = [];
  let next = '';
  let pages = 0;
  do {
    const res = await s.api('GET', PATH, { token, query: { page_size: 2, ...(next ? { next_page_token: next } : {}) } });
    assertContract('listProvisionTemplates', res);
    assert.equal(res.body.page_size, 2);
    assert.equal(res.body.total_records, 5);
    seen.push(...res.body.provision_templates.map((t: any) => t.id));
    next = res.body.next_page_token;
    pages++;
  } while (next);
  assert.equal(pages, 3);
  assert.deepEqual(seen, ids);
  assertContract('listProvisionTemplates', await s.api('GET', PATH, { token, query: { page_size: 300 } }));
  assertUndocumentedError(await s.api('GET', PATH, { token, query: { page_size: 301 } }), 400, 300, 'Validation Failed.');
  assertUndocumentedError(await s.api('GET', PATH, { token, query: { page_size: 0 } }), 400, 300, 'Validation Failed.');
  assertUndocumentedError(await s.api('GET', PATH, { token, query: { next_page_token: 'not-a-token' } }), 400, 300, 'The next page token is invalid or expired.');
});

test('a page token expires after 15 minutes', async () => {
  const { token } = await fresh();
  for (let i = 0; i < 2; i++) await added({ name: `Expiring ${i}` }, token);
  const list: PagedList = { op: 'listProvisionTemplates', get: (query) => s.api('GET', PATH, { token, query }) };
  await assertPageTokensExpire(s, [list], (_, res) => assertUndocumentedError(res, 400, 300, 'The next page token is invalid or expired.'));
});

test('a devices family finds a template by id in its own account only', async () => {
  const db = s.sandbox.db;
  const { token, accountId } = await fresh();
  const id = await added({ name: 'For devices', content: 'a.b = 1' }, token);
  assert.deepEqual(await findProvisionTemplate(db, accountId, id), { id, name: 'For devices' });
  assert.equal(await findProvisionTemplate(db, DEMO, id), undefined);
  assertContract('deleteAProvisionTemplate', await remove(id, token));
  assert.equal(await findProvisionTemplate(db, accountId, id), undefined);
});
