import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertUndocumentedError } from '../../support/contract.ts';
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
  assert.ok(a.id && b.id && a.id !== b.id);
  assert.deepEqual(a, {
    id: a.id,
    number: visible.number,
    display_number: visible.display_number,
    labels: 'HQ bridge',
    visible: true,
    allow_join: true,
    allow_for_external_meetings: false,
    type: 1,
    country: 'US',
    languages: 'en-US',
  });
  assert.deepEqual(b, {
    id: b.id,
    number: hidden.number,
    display_number: hidden.display_number,
    labels: hidden.labels,
    visible: false,
    allow_join: false,
    allow_for_external_meetings: false,
    type: 0,
    country: 'GB',
    languages: 'en-GB',
  });

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
  assertUndocumentedError(again, 400, 300, `The internal number ${held.number} has already been added.`);
  assert.equal(fieldOf(again), 'internal_numbers[1].number');
  // twice in one request
  const twice = await add('me', [fresh, { ...number(), number: fresh.number }]);
  assertUndocumentedError(twice, 400, 300, `internal_numbers[1].number ${fresh.number} appears more than once in the request.`);
  assert.equal(fieldOf(twice), 'internal_numbers[1].number');
  // held by another account of the same organization
  const elsewhere = await add(SUB, [{ ...number(), number: held.number }]);
  assertUndocumentedError(elsewhere, 400, 300, `The internal number ${held.number} has already been added.`);
  assert.equal(fieldOf(elsewhere), 'internal_numbers[0].number');
  assert.equal((await rows(MASTER)).length, before);
  assert.ok(!(await rows(SUB)).some((r) => r.number === held.number || r.number === fresh.number));
});

test('numbers must be E164, countries two letters, and the request must hold one', async () => {
  const before = (await rows(MASTER)).length;
  for (const [bad, field, message] of [
    [{ number: '4085551234' }, 'internal_numbers[1].number', 'internal_numbers[1].number must be a phone number in E164 format.'],
    [{ number: '+0123' }, 'internal_numbers[1].number', 'internal_numbers[1].number must be a phone number in E164 format.'],
    [{ number: '+1234567890123456' }, 'internal_numbers[1].number', 'internal_numbers[1].number must be a phone number in E164 format.'],
    [{ country: 'USA' }, 'internal_numbers[1].country', 'internal_numbers[1].country must be a two letter country code.'],
    [{ country: 'U' }, 'internal_numbers[1].country', 'internal_numbers[1].country must be a two letter country code.'],
    [{ labels: ' ' }, 'internal_numbers[1].labels', 'internal_numbers[1].labels must not be empty.'],
    [{ display_number: '' }, 'internal_numbers[1].display_number', 'internal_numbers[1].display_number must not be empty.'],
  ] as const) {
    // the first number is fine; the second refuses the request
    const res = await add('me', [number(), number(bad)]);
    assertUndocumentedError(res, 400, 300, message);
    assert.equal(fieldOf(res), field, JSON.stringify(bad));
  }
  // fifteen digits is the most E.164 allows
  assertContract('addInternalNumbers', await add('me', [number({ number: '+123456789012345' })]));
  assert.equal((await rows(MASTER)).length, before + 1);
  const empty = await add('me', []);
  assertUndocumentedError(empty, 400, 300, 'internal_numbers must hold at least one number.');
  assert.equal(fieldOf(empty), 'internal_numbers');
  assertUndocumentedError(await add('me', undefined as unknown as unknown[]), 400, 300, 'internal_numbers must hold at least one number.');
  // a type or language the page does not list, and a required field left out, fail the schema
  for (const [bad, field] of [
    [number({ type: 2 }), 'internal_numbers[0].type'],
    [number({ languages: 'fr-FR' }), 'internal_numbers[0].languages'],
    [{ ...number(), display_number: undefined }, 'internal_numbers[0].display_number'],
  ] as const) {
    const res = await add('me', [bad]);
    assertUndocumentedError(res, 400, 300, 'Validation Failed.');
    assert.equal(fieldOf(res), field);
  }
  assert.equal((await rows(MASTER)).length, before + 1);
});

test("a sub account's own token cannot add internal numbers, and strangers are not found", async () => {
  const before = (await rows(SUB)).length;
  for (const target of ['me', SUB]) {
    const res = await add(target, [number()], subToken);
    assertUndocumentedError(res, 400, 300, 'Only a master account can add internal numbers.');
    assert.equal(fieldOf(res), 'accountId');
  }
  assert.equal((await rows(SUB)).length, before);
  assertUndocumentedError(await add('other-master', [number()]), 404, 2001, 'Account does not exist.');
  assert.deepEqual(await rows('other-master'), []);
});
