import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../support/server.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const postSites = (opts: { raw?: string; contentType?: string; body?: unknown }) => s.api('POST', '/phone/sites', opts);

test('malformed JSON is 400/300 with no stack', async () => {
  const r = await postSites({ raw: '{"name": ' });
  assert.equal(r.status, 400);
  assert.equal(r.body.code, 300);
  assert.ok(!JSON.stringify(r.body).includes('at '), 'no stack trace');
});

test('a body that is not JSON is 415/300', async () => {
  const r = await postSites({ raw: 'name=x', contentType: 'text/plain' });
  assert.equal(r.status, 415);
  assert.equal(r.body.code, 300);
});

test('a body over the limit is 413/300', async () => {
  const r = await postSites({ raw: JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10) }) });
  assert.equal(r.status, 413);
  assert.equal(r.body.code, 300);
});

test('field validation names the field', async () => {
  const r = await postSites({ body: { name: 'Site', auto_receptionist_name: 'AR' } });
  assert.equal(r.status, 400);
  assert.equal(r.body.code, 300);
  assert.equal(r.body.message, 'Validation Failed.');
  assert.equal(r.body.errors[0].field, 'default_emergency_address');
});

test('unknown path is 404 and a known path with another method is 405, both Zoom-style', async () => {
  const unknown = await s.api('GET', '/phone/no_such_thing');
  assert.equal(unknown.status, 404);
  assert.equal(typeof unknown.body.code, 'number');
  assert.match(unknown.body.message, /no_such_thing/);
  const wrong = await s.api('PUT', '/phone/sites');
  assert.equal(wrong.status, 405);
  assert.equal(wrong.headers.get('allow')?.includes('GET'), true);
  assert.equal(typeof wrong.body.code, 'number');
});

test('control plane needs the admin key', async () => {
  const res = await fetch(`${s.base}/_sandbox/accounts`);
  assert.equal(res.status, 401);
  assert.equal((await res.json()).code, 124);
});

test('the contract is served with the control plane, and /docs renders', async () => {
  const doc = await (await fetch(`${s.base}/openapi.json`)).json();
  assert.equal(doc.openapi, '3.1.0');
  assert.ok(doc.paths['/phone/users'].get);
  assert.ok(doc.paths['/_sandbox/accounts'].post);
  const page = await fetch(`${s.base}/docs/`);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /swagger/i);
});
