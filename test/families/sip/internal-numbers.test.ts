import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract } from '../../support/contract.ts';
import { fieldOf, MASTER, newAccount, SUB, tokenOf } from './fixtures.ts';

let s: TestServer;
let subToken: string;
let seq = 0;

before(async () => {
  s = await startServer();
  subToken = await tokenOf(s, SUB);
  await newAccount(s, 'other-master', null);
});
after(() => s.close());

function number(overrides: Record<string, unknown> = {}) {
  seq += 1;
  const digits = String(8880000 + seq);
  return { labels: `Line ${seq}`, number: `+1888${digits}`, display_number: `+1 888 ${digits}`, type: 0, country: 'US', languages: 'en-US', ...overrides };
}
const add = (accountId: string, internal_numbers: unknown[], token?: string) =>
  s.api('POST', `/accounts/${accountId}/sip_trunk/internal_numbers`, { body: { internal_numbers }, token });
const rows = (accountId: string) => s.sandbox.db.selectFrom('internal_numbers').selectAll().where('account_id', '=', accountId).orderBy('seq').execute();

test('the master adds internal numbers to itself with `me`; a visible number can always be used to join', async () => {
  const visible = number({ visible: true, allow_join: false, labels: 'HQ bridge', type: 1 });
  const hidden = number({ country: 'gb', languages: 'en-GB' });
  const res = await add('me', [visible, hidden]);
  assertContract('addInternalNumbers', res);
  const [a, b] = res.body.internal_numbers;
  assert.equal(a.number, visible.number);
  assert.equal(a.labels, 'HQ bridge');
  assert.equal(a.type, 1);
  assert.equal(a.visible, true);
  assert.equal(a.allow_join, true);
  assert.equal(b.visible, false);
  assert.equal(b.allow_join, false);
  assert.equal(b.allow_for_external_meetings, false);
  assert.equal(b.country, 'GB');
  assert.ok(a.id && b.id && a.id !== b.id);

  const stored = await rows(MASTER);
  assert.deepEqual(stored.map((r) => [r.id, r.number, r.visible, r.allow_join, r.display_number]), [
    [a.id, visible.number, 1, 1, visible.display_number],
    [b.id, hidden.number, 0, 0, hidden.display_number],
  ]);
});

test('the master adds internal numbers to its sub account', async () => {
  const n = number({ allow_join: true, allow_for_external_meetings: true });
  const res = await add(SUB, [n]);
  assertContract('addInternalNumbers', res);
  assert.equal(res.body.internal_numbers[0].allow_join, true);
  assert.equal(res.body.internal_numbers[0].allow_for_external_meetings, true);
  const stored = await rows(SUB);
  assert.deepEqual(stored.map((r) => r.number), [n.number]);
  assert.ok(!(await rows(MASTER)).some((r) => r.number === n.number));
});

test('duplicates are refused and nothing of the request is added', async () => {
  const held = number();
  assertContract('addInternalNumbers', await add('me', [held]));
  const before = (await rows(MASTER)).length;
  const fresh = number();
  // already held by the account: the fresh one in the same request is not added either
  const again = await add('me', [fresh, { ...number(), number: held.number }]);
  assert.equal(again.status, 400);
  assert.equal(again.body.code, 300);
  assert.equal(fieldOf(again), 'internal_numbers[1].number');
  // twice in one request
  const twice = await add('me', [fresh, { ...number(), number: fresh.number }]);
  assert.equal(fieldOf(twice), 'internal_numbers[1].number');
  // held by another account of the same organization
  const elsewhere = await add(SUB, [{ ...number(), number: held.number }]);
  assert.equal(elsewhere.status, 400);
  assert.equal(fieldOf(elsewhere), 'internal_numbers[0].number');
  assert.equal((await rows(MASTER)).length, before);
  assert.ok(!(await rows(SUB)).some((r) => r.number === held.number || r.number === fresh.number));
});

test('numbers must be E164, countries two letters, and the request must hold one', async () => {
  for (const [bad, field] of [
    [{ number: '4085551234' }, 'internal_numbers[0].number'],
    [{ number: '+0123' }, 'internal_numbers[0].number'],
    [{ country: 'USA' }, 'internal_numbers[0].country'],
    [{ labels: ' ' }, 'internal_numbers[0].labels'],
  ] as const) {
    const res = await add('me', [number(bad)]);
    assert.equal(res.status, 400, JSON.stringify(bad));
    assert.equal(res.body.code, 300);
    assert.equal(fieldOf(res), field);
  }
  const empty = await add('me', []);
  assert.equal(fieldOf(empty), 'internal_numbers');
  const badType = await add('me', [number({ type: 2 })]);
  assert.equal(badType.status, 400);
  const badLanguage = await add('me', [number({ languages: 'fr-FR' })]);
  assert.equal(badLanguage.status, 400);
});

test("a sub account's own token cannot add internal numbers, and strangers are not found", async () => {
  const before = (await rows(SUB)).length;
  for (const target of ['me', SUB]) {
    const res = await add(target, [number()], subToken);
    assert.equal(res.status, 400);
    assert.equal(res.body.code, 300);
  }
  assert.equal((await rows(SUB)).length, before);
  const stranger = await add('other-master', [number()]);
  assert.equal(stranger.status, 404);
  assert.equal(stranger.body.code, 2001);
  assert.deepEqual(await rows('other-master'), []);
});
