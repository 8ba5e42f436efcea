// What real clients send and expect at the protocol level: Zoom's SDK (axios)
// posts JSON content types with empty bodies and `name[]=` arrays; OAuth errors
// have OAuth's shape; every answer, framework-made or not, is Zoom's {code, message}.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../support/server.ts';

let s: TestServer;
before(async () => {
  s = await startServer({ rateLimits: true });
});
after(() => s.close());

const auth = async () => ({ authorization: `Bearer ${await s.token()}` });
const json = async (res: Response) => ({ status: res.status, headers: res.headers, body: await res.json() });
const get = async (pathAndQuery: string) => json(await fetch(`${s.base}/v2${pathAndQuery}`, { headers: await auth() }));
const basic = (id: string, secret: string) => 'Basic ' + Buffer.from(`${id}:${secret}`).toString('base64');

/** A token of its own, not the one the tests share (which the clock may have expired). */
async function freshToken(): Promise<string> {
  const res = await fetch(`${s.base}/oauth/token?grant_type=account_credentials&account_id=demo-account`, {
    method: 'POST',
    headers: { authorization: basic('demo-client-id', 'demo-client-secret') },
  });
  return (await res.json()).access_token as string;
}

/** A Zoom error body: a numeric code and words, nothing of the framework. */
function assertZoomShaped(body: any) {
  assert.equal(typeof body.code, 'number', JSON.stringify(body));
  assert.equal(typeof body.message, 'string');
  assert.doesNotMatch(JSON.stringify(body), /FST_|statusCode|"error":/);
}

test('a DELETE with Content-Type: application/json and an empty body is a DELETE without a body', async () => {
  const sites = (await s.api('GET', '/phone/sites')).body.sites as { id: string; name: string }[];
  const main = sites[0];
  const victim = sites[sites.length - 1];
  const res = await s.api('DELETE', `/phone/sites/${victim.id}`, { query: { transfer_site_id: main.id }, raw: '' });
  assert.equal(res.status, 204, JSON.stringify(res.body));
  assert.match((await s.api('GET', `/phone/sites/${victim.id}`)).body.message, /site does not exist/i);
});

test('a body the page marks optional may be left out: a PATCH without one changes nothing and succeeds', async () => {
  const queue = (await s.api('GET', '/phone/call_queues')).body.call_queues[0];
  const before = await s.api('GET', `/phone/call_queues/${queue.id}`);
  const res = await s.api('PATCH', `/phone/call_queues/${queue.id}`, { raw: '' });
  assert.equal(res.status, 204, JSON.stringify(res.body));
  assert.deepEqual((await s.api('GET', `/phone/call_queues/${queue.id}`)).body, before.body);
  // A body the page requires is still required.
  const required = await s.api('POST', '/phone/call_queues', { raw: '' });
  assert.deepEqual([required.status, required.body.code], [400, 300]);
});

test('array query parameters as name[]=, repeated name= and a comma list mean the same list', async () => {
  const user = (await s.api('GET', '/phone/users')).body.users[0].id;
  const path = `/phone/user/${user}/sms_campaigns/phone_numbers/opt_status`;
  const a = '%2B14155550100';
  const b = '%2B14155550101';
  const brackets = await get(`${path}?consumer_phone_numbers[]=${a}&consumer_phone_numbers[]=${b}&zoom_phone_user_numbers[]=${a}`);
  const encoded = await get(`${path}?consumer_phone_numbers%5B%5D=${a}&consumer_phone_numbers%5B%5D=${b}&zoom_phone_user_numbers%5B%5D=${a}`);
  const repeated = await get(`${path}?consumer_phone_numbers=${a}&consumer_phone_numbers=${b}&zoom_phone_user_numbers=${a}`);
  const commas = await get(`${path}?consumer_phone_numbers=${a},${b}&zoom_phone_user_numbers=${a}`);
  assert.doesNotMatch(JSON.stringify(brackets.body), /required property/);
  for (const other of [encoded, repeated, commas]) assert.deepEqual([other.status, other.body], [brackets.status, brackets.body]);
});

test('a long e-mail as {userId} is looked up, and a bad %-escape answers a Zoom 400', async () => {
  const long = `${'x'.repeat(150)}@demo.switchboard.test`;
  const res = await get(`/phone/users/${encodeURIComponent(long)}`);
  assert.equal(res.status, 404);
  assertZoomShaped(res.body);
  assert.match(res.body.message, /does not exist/i);
  const bad = await json(await fetch(`${s.base}/v2/phone/users/%E0%A4%A`, { headers: await auth() }));
  assert.equal(bad.status, 400);
  assertZoomShaped(bad.body);
});

test('a path with a trailing slash is the path without it', async () => {
  const bare = await get('/phone/sites');
  const slashed = await get('/phone/sites/');
  assert.deepEqual([slashed.status, slashed.body.total_records], [200, bare.body.total_records]);
});

test('an e-mail as {userId} matches whatever its case', async () => {
  const ada = (await s.api('GET', '/phone/users')).body.users[0];
  const res = await s.api('GET', `/phone/users/${encodeURIComponent(ada.email.toUpperCase())}`);
  assert.deepEqual([res.status, res.body.id], [200, ada.id]);
});

test('a form-encoded body on a JSON operation answers 415', async () => {
  const res = await s.api('POST', '/phone/sites', { raw: 'name=x', contentType: 'application/x-www-form-urlencoded' });
  assert.equal(res.status, 415);
  assertZoomShaped(res.body);
});

test("OAuth errors in OAuth's shape, and a token asked for with a JSON content type and no body", async () => {
  const url = `${s.base}/oauth/token?grant_type=account_credentials&account_id=demo-account`;
  const wrong = await json(await fetch(url, { method: 'POST', headers: { authorization: basic('demo-client-id', 'wrong') } }));
  assert.deepEqual([wrong.status, wrong.body], [400, { reason: 'Invalid client_id or client_secret', error: 'invalid_client' }]);
  const grant = await json(
    await fetch(`${s.base}/oauth/token?grant_type=client_credentials&account_id=demo-account`, { method: 'POST', headers: { authorization: basic('demo-client-id', 'demo-client-secret') } }),
  );
  assert.deepEqual([grant.status, grant.body], [400, { reason: 'unsupported grant type', error: 'unsupported_grant_type' }]);
  const empty = await json(
    await fetch(url, { method: 'POST', headers: { authorization: basic('demo-client-id', 'demo-client-secret'), 'content-type': 'application/json' }, body: '' }),
  );
  assert.equal(empty.status, 200, JSON.stringify(empty.body));
  assert.equal(typeof empty.body.access_token, 'string');
});

test('an expired token says it expired; an unknown one that it is invalid', async () => {
  const token = await freshToken();
  const unknown = await s.api('GET', '/phone/users', { token: 'not-a-token' });
  assert.deepEqual([unknown.status, unknown.body], [401, { code: 124, message: 'Invalid access token.' }]);
  assert.equal((await s.admin('POST', '/clock', { advance_seconds: 3601 })).status, 200);
  const expired = await s.api('GET', '/phone/users', { token });
  assert.deepEqual([expired.status, expired.body], [401, { code: 124, message: 'Access token is expired.' }]);
});

test('a per-second 429 carries X-RateLimit-Reset', async () => {
  const token = await freshToken();
  const answers = await Promise.all(Array.from({ length: 120 }, () => s.api('GET', '/phone/sites', { token })));
  const limited = answers.find((r) => r.status === 429);
  assert.ok(limited, 'no 429 in 120 requests past a limit of 40/s');
  assert.match(limited.headers.get('x-ratelimit-reset') ?? '', /^\d+$/);
  assert.equal(limited.headers.get('x-ratelimit-type'), 'QPS');
});
