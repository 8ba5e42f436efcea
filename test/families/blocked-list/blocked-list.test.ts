// The account's Blocked List through the HTTP API: entries created, listed, shown,
// changed and deleted; each number kept in the form a call router matches against.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { assertPageTokensExpire, type PagedList } from '../../support/pages.ts';
import { otherAccount } from '../../support/fixtures.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';
import { blockedListOf, blockingEntries, isBlocked } from '../../../src/families/blocked-list/public.ts';

let s: TestServer;
let accounts = 0;

before(async () => {
  s = await startServer();
});
after(() => s.close());

const DEMO = DEMO_DEFAULTS.accountId;
const SUB = `${DEMO}-sub`;

/** A master account of its own, with no entry yet, so a test can count what it made. */
async function fresh(): Promise<{ token: string; accountId: string }> {
  return otherAccount(s, `bl-acct-${++accounts}`);
}

const create = (body: unknown, token?: string) => s.api('POST', '/phone/blocked_list', { body, token });
const details = (id: string, token?: string) => s.api('GET', `/phone/blocked_list/${id}`, { token });
const update = (id: string, body: unknown, token?: string) => s.api('PATCH', `/phone/blocked_list/${id}`, { body, token });
const remove = (id: string, token?: string) => s.api('DELETE', `/phone/blocked_list/${id}`, { token });

/** Every entry of the account, as the list shows them. */
async function all(token?: string): Promise<any[]> {
  const res = await s.api('GET', '/phone/blocked_list', { query: { page_size: 300 }, token });
  assertContract('listBlockedLists', res);
  return res.body.blocked_list;
}

/** Creates an entry and answers its id. */
async function created(body: Record<string, unknown>, token?: string): Promise<string> {
  const res = await create(body, token);
  assertContract('createABlockedList', res);
  assert.equal(typeof res.body.id, 'string');
  return res.body.id;
}

const INBOUND = { match_type: 'phoneNumber', block_type: 'inbound' } as const;
const fieldOf = (res: { body: any }) => res.body?.errors?.[0]?.field;

test('the demo account lists its blocked number and prefix', async () => {
  const res = await s.api('GET', '/phone/blocked_list');
  assertContract('listBlockedLists', res);
  assert.equal(res.body.page_size, 30);
  assert.equal(res.body.total_records, 2);
  assert.equal(res.body.next_page_token, '');
  assert.deepEqual(
    res.body.blocked_list.map((e: any) => [e.match_type, e.phone_number, e.block_type, e.status, e.comment]),
    [
      ['phoneNumber', '+12065550142', 'inbound', 'active', 'Repeated robocalls to the main line'],
      ['prefix', '+1900', 'outbound', 'active', 'Premium-rate numbers'],
    ],
  );
  for (const e of res.body.blocked_list) assert.match(e.id, /^[A-Za-z0-9_-]{22}$/);
});

test('a number created is listed and shown, in E164 form', async () => {
  const { token } = await fresh();
  const id = await created({ ...INBOUND, phone_number: '(415) 555-0100', country: 'us', comment: 'Spam caller', status: 'active' }, token);
  const got = await details(id, token);
  assertContract('getBlockedListDetails', got);
  assert.deepEqual(got.body, { id, match_type: 'phoneNumber', phone_number: '+14155550100', block_type: 'inbound', status: 'active', comment: 'Spam caller' });
  assert.deepEqual(await all(token), [got.body]);
  // given with its + and calling code, it needs no country
  const e164 = await created({ ...INBOUND, phone_number: '+442079460000' }, token);
  assert.equal((await details(e164, token)).body.phone_number, '+442079460000');
});

test('a prefix is the country calling code followed by its digits', async () => {
  const { token } = await fresh();
  const ch = await created({ match_type: 'prefix', phone_number: '113', country: 'CH', block_type: 'outbound' }, token);
  assert.equal((await details(ch, token)).body.phone_number, '+41113');
  const plus = await created({ match_type: 'prefix', phone_number: '+1900', block_type: 'outbound' }, token);
  assert.equal((await details(plus, token)).body.phone_number, '+1900');
  // a whole country: its calling code alone
  const country = await created({ match_type: 'prefix', phone_number: '0', country: 'GB', block_type: 'inbound' }, token);
  assert.equal((await details(country, token)).body.phone_number, '+44');
});

test('a national number drops its trunk 0, except in Italy', async () => {
  const { token } = await fresh();
  const gb = await created({ ...INBOUND, phone_number: '07700 900123', country: 'GB' }, token);
  assert.equal((await details(gb, token)).body.phone_number, '+447700900123');
  const it = await created({ ...INBOUND, phone_number: '06 1234 5678', country: 'IT' }, token);
  assert.equal((await details(it, token)).body.phone_number, '+390612345678');
});

test('an unknown country is refused with Invalid country. and creates nothing', async () => {
  const { token } = await fresh();
  for (const country of ['ZZ', 'USA', '', 'U S']) {
    const res = await create({ ...INBOUND, phone_number: '4155550100', country }, token);
    assertDocumentedError('createABlockedList', res, 'invalidCountry');
  }
  // a country that is not the number's own
  assertDocumentedError('createABlockedList', await create({ ...INBOUND, phone_number: '+442079460000', country: 'US' }, token), 'invalidCountry');
  assertDocumentedError('createABlockedList', await create({ match_type: 'prefix', phone_number: '+4', country: 'GB', block_type: 'inbound' }, token), 'invalidCountry');
  assert.deepEqual(await all(token), []);
});

test('match_type, phone_number and block_type are required', async () => {
  const { token } = await fresh();
  const full = { ...INBOUND, phone_number: '+14155550100' };
  for (const field of ['match_type', 'phone_number', 'block_type'] as const) {
    const { [field]: _left, ...body } = full;
    const res = await create(body, token);
    assertUndocumentedError(res, 400, 300, `${field} is required.`);
    assert.equal(fieldOf(res), field);
  }
  assertUndocumentedError(await create({ ...full, phone_number: '   ' }, token), 400, 300, 'phone_number is required.');
  assertUndocumentedError(await create({}, token), 400, 300, 'match_type is required.');
  assert.deepEqual(await all(token), []);
});

test('a number without its calling code needs its country', async () => {
  const { token } = await fresh();
  const res = await create({ ...INBOUND, phone_number: '4155550100' }, token);
  assertUndocumentedError(res, 400, 300, 'country is required when phone_number is not in E164 format.');
  assert.equal(fieldOf(res), 'country');
  assertUndocumentedError(await create({ match_type: 'prefix', phone_number: '415', block_type: 'outbound' }, token), 400, 300, /^country is required/);
  assert.deepEqual(await all(token), []);
});

test('a phone number must make an E164 number', async () => {
  const { token } = await fresh();
  const message = 'phone_number must be a phone number in E164 format, or its national number with country.';
  for (const phone_number of ['+1415555010O', 'call me', '+0123456789', '+1234567890123456', '+12345', '123456789012345', '++14155550100']) {
    const res = await create({ ...INBOUND, phone_number, country: phone_number.startsWith('+') ? undefined : 'US' }, token);
    assertUndocumentedError(res, 400, 300, message);
    assert.equal(fieldOf(res), 'phone_number');
  }
  // fifteen digits is E.164's most
  const longest = await created({ ...INBOUND, phone_number: '+123456789012345' }, token);
  assert.equal((await details(longest, token)).body.phone_number, '+123456789012345');
  assert.equal((await all(token)).length, 1);
});

test('a prefix is digits, 15 at most', async () => {
  const { token } = await fresh();
  const prefix = { match_type: 'prefix', block_type: 'outbound' } as const;
  const longest = await created({ ...prefix, phone_number: '+123456789012345' }, token);
  assert.equal((await details(longest, token)).body.phone_number, '+123456789012345');
  for (const phone_number of ['+1234567890123456', '+1-900-ABC', '+0900']) {
    const res = await create({ ...prefix, phone_number }, token);
    assertUndocumentedError(res, 400, 300, /^phone_number must be a prefix of digits/);
  }
  // national digits after a 1-digit calling code: 14 more at most
  assertUndocumentedError(await create({ ...prefix, phone_number: '123456789012345', country: 'US' }, token), 400, 300, /^phone_number must be a prefix/);
  assert.equal((await all(token)).length, 1);
});

test('an entry is active unless its status says otherwise', async () => {
  const { token } = await fresh();
  const plain = await created({ ...INBOUND, phone_number: '+14155550101' }, token);
  assert.equal((await details(plain, token)).body.status, 'active');
  const off = await created({ ...INBOUND, phone_number: '+14155550102', status: 'inactive' }, token);
  assert.equal((await details(off, token)).body.status, 'inactive');
  // an entry without a comment shows none
  assert.equal((await details(plain, token)).body.comment, undefined);
});

test('enum values the page does not list are refused by the schema', async () => {
  const { token } = await fresh();
  for (const body of [
    { ...INBOUND, phone_number: '+14155550100', match_type: 'exact' },
    { ...INBOUND, phone_number: '+14155550100', block_type: 'both' },
    { ...INBOUND, phone_number: '+14155550100', status: 'paused' },
  ]) {
    assertUndocumentedError(await create(body, token), 400, 300, 'Validation Failed.');
  }
  assert.deepEqual(await all(token), []);
});

test('the same number blocked the same way twice is a conflict', async () => {
  const { token } = await fresh();
  await created({ ...INBOUND, phone_number: '+14155550100' }, token);
  // the national form of the same number is the same entry
  const again = await create({ ...INBOUND, phone_number: '415-555-0100', country: 'US', comment: 'again' }, token);
  assertUndocumentedError(again, 409, 409, 'The number +14155550100 is already on the blocked list with block type inbound.');
  // another block type, or the number as a prefix, is another entry
  await created({ ...INBOUND, phone_number: '+14155550100', block_type: 'outbound' }, token);
  await created({ match_type: 'prefix', phone_number: '+14155550100', block_type: 'inbound' }, token);
  assertUndocumentedError(await create({ match_type: 'prefix', phone_number: '+14155550100', block_type: 'inbound' }, token), 409, 409, /^The prefix \+14155550100 is already/);
  assert.equal((await all(token)).length, 3);
});

test('concurrent creates of one entry: one wins, the others are conflicts', async () => {
  const { token } = await fresh();
  const results = await Promise.all(Array.from({ length: 6 }, () => create({ ...INBOUND, phone_number: '+14155550177' }, token)));
  assert.deepEqual(results.map((r) => r.status).sort(), [201, 409, 409, 409, 409, 409]);
  for (const r of results.filter((x) => x.status === 409)) assertUndocumentedError(r, 409, 409, /already on the blocked list/);
  assert.equal((await all(token)).length, 1);
});

test('a blocked list the account does not have answers the documented error', async () => {
  const res = await details('nOsUcHbLoCkEdLiStId000');
  assertDocumentedError('getBlockedListDetails', res, 'blockedNumberIdDoesNotExist');
  assert.equal(res.body.message, 'Blocked number (Id: nOsUcHbLoCkEdLiStId000) does not exist.');
});

test('an update changes what it names and keeps the rest', async () => {
  const { token } = await fresh();
  const id = await created({ ...INBOUND, phone_number: '4155550100', country: 'US', comment: 'first' }, token);
  const res = await update(id, { comment: 'second', status: 'inactive' }, token);
  assertContract('updateABlockedList', res);
  assert.deepEqual((await details(id, token)).body, { id, match_type: 'phoneNumber', phone_number: '+14155550100', block_type: 'inbound', status: 'inactive', comment: 'second' });
  // the country kept with a national number: a new one works the number out again
  assertContract('updateABlockedList', await update(id, { country: 'CA' }, token));
  assert.equal((await details(id, token)).body.phone_number, '+14155550100');
  assertContract('updateABlockedList', await update(id, { country: 'CH', phone_number: '44 668 18 00' }, token));
  assert.equal((await details(id, token)).body.phone_number, '+41446681800');
  // a new match type keeps the number, now a prefix
  assertContract('updateABlockedList', await update(id, { match_type: 'prefix', block_type: 'outbound', status: 'active' }, token));
  assert.deepEqual((await details(id, token)).body, { id, match_type: 'prefix', phone_number: '+41446681800', block_type: 'outbound', status: 'active', comment: 'second' });
  // an empty update changes nothing
  assertContract('updateABlockedList', await update(id, {}, token));
  assert.deepEqual(await all(token), [(await details(id, token)).body]);
});

test('an update to an unknown country is refused and changes nothing', async () => {
  const { token } = await fresh();
  const id = await created({ ...INBOUND, phone_number: '4155550100', country: 'US' }, token);
  const before = (await details(id, token)).body;
  assertDocumentedError('updateABlockedList', await update(id, { country: 'XX', comment: 'changed' }, token), 'invalidCountry');
  // a country that is not the number's own
  const e164 = await created({ ...INBOUND, phone_number: '+442079460000' }, token);
  assertDocumentedError('updateABlockedList', await update(e164, { country: 'FR' }, token), 'invalidCountry');
  assert.deepEqual((await details(id, token)).body, before);
  assert.equal((await details(e164, token)).body.phone_number, '+442079460000');
});

test('an update is held to the rules of a create', async () => {
  const { token } = await fresh();
  const id = await created({ match_type: 'prefix', phone_number: '415', country: 'US', block_type: 'outbound' }, token);
  const before = (await details(id, token)).body;
  // a prefix too short for a whole number
  assertUndocumentedError(await update(id, { match_type: 'phoneNumber' }, token), 400, 300, /^phone_number must be a phone number in E164 format/);
  assertUndocumentedError(await update(id, { phone_number: '' }, token), 400, 300, 'phone_number must not be empty.');
  assertUndocumentedError(await update(id, { phone_number: 'abc' }, token), 400, 300, /^phone_number must be a prefix of digits/);
  // block type threat is for a create only
  assertUndocumentedError(await update(id, { block_type: 'threat' }, token), 400, 300, 'Validation Failed.');
  assert.deepEqual((await details(id, token)).body, before);
});

test('an update of a blocked list the account does not have is refused', async () => {
  assertUndocumentedError(await update('nOsUcHbLoCkEdLiStId000', { comment: 'x' }), 400, 300, 'Validation Failed. Blocked number (Id: nOsUcHbLoCkEdLiStId000) does not exist.');
});

test('an update that makes an entry like another is a conflict and changes nothing', async () => {
  const { token } = await fresh();
  await created({ ...INBOUND, phone_number: '+14155550100' }, token);
  const other = await created({ ...INBOUND, phone_number: '+14155550199', comment: 'other' }, token);
  const res = await update(other, { phone_number: '+14155550100', comment: 'moved' }, token);
  assertUndocumentedError(res, 409, 409, 'The number +14155550100 is already on the blocked list with block type inbound.');
  assert.deepEqual((await details(other, token)).body, { id: other, ...INBOUND, phone_number: '+14155550199', status: 'active', comment: 'other' });
  // to itself is no conflict
  assertContract('updateABlockedList', await update(other, { phone_number: '+14155550199' }, token));
});

test('a threat entry is created and listed, and an update can make it inbound', async () => {
  const { token } = await fresh();
  const id = await created({ ...INBOUND, block_type: 'threat', phone_number: '+14155550166' }, token);
  assert.equal((await all(token))[0].block_type, 'threat');
  assertContract('updateABlockedList', await update(id, { block_type: 'inbound' }, token));
  assert.equal((await details(id, token)).body.block_type, 'inbound');
});

test('a deleted blocked list is gone; deleting it again answers the documented error', async () => {
  const { token } = await fresh();
  const id = await created({ ...INBOUND, phone_number: '+14155550100' }, token);
  const keep = await created({ ...INBOUND, phone_number: '+14155550101' }, token);
  const res = await remove(id, token);
  assertContract('deleteABlockedList', res);
  assertDocumentedError('getBlockedListDetails', await details(id, token), 'blockedNumberIdDoesNotExist');
  assert.deepEqual((await all(token)).map((e) => e.id), [keep]);
  const again = await remove(id, token);
  assertDocumentedError('deleteABlockedList', again, 'validationFailedBlockedNumberIdDoes');
  assert.equal(again.body.message, `Validation Failed. Blocked number (Id: ${id}) does not exist.`);
  // the number may be blocked again
  await created({ ...INBOUND, phone_number: '+14155550100' }, token);
});

test("another account neither sees nor changes the account's blocked lists", async () => {
  const demo = await all();
  const stranger = await fresh();
  // the demo's own sub account is another account too
  const subApp = await s.admin('POST', `/accounts/${SUB}/apps`, {});
  assert.equal(subApp.status, 201, JSON.stringify(subApp.body));
  const subToken = await s.token(subApp.body.client_id, subApp.body.client_secret, SUB);
  for (const token of [stranger.token, subToken]) {
    assert.deepEqual(await all(token), []);
    const id = demo[0].id;
    assertDocumentedError('getBlockedListDetails', await details(id, token), 'blockedNumberIdDoesNotExist');
    assertUndocumentedError(await update(id, { status: 'inactive' }, token), 400, 300, `Validation Failed. Blocked number (Id: ${id}) does not exist.`);
    assertDocumentedError('deleteABlockedList', await remove(id, token), 'validationFailedBlockedNumberIdDoes');
    // its own entry of the same number is its own
    await created({ ...INBOUND, phone_number: demo[0].phone_number }, token);
  }
  assert.deepEqual(await all(), demo);
});

test('the list pages by next_page_token, 300 a page at most', async () => {
  const { token } = await fresh();
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) ids.push(await created({ ...INBOUND, phone_number: `+1415555020${i}` }, token));
  const seen: string[] = [];
  let next = '';
  let pages = 0;
  do {
    const res = await s.api('GET', '/phone/blocked_list', { token, query: { page_size: 2, ...(next ? { next_page_token: next } : {}) } });
    assertContract('listBlockedLists', res);
    assert.equal(res.body.page_size, 2);
    assert.equal(res.body.total_records, 5);
    seen.push(...res.body.blocked_list.map((e: any) => e.id));
    next = res.body.next_page_token;
    pages++;
  } while (next);
  assert.equal(pages, 3);
  assert.deepEqual(seen, ids);
  assertContract('listBlockedLists', await s.api('GET', '/phone/blocked_list', { token, query: { page_size: 300 } }));
  assertUndocumentedError(await s.api('GET', '/phone/blocked_list', { token, query: { page_size: 301 } }), 400, 300, 'Validation Failed.');
  assertUndocumentedError(await s.api('GET', '/phone/blocked_list', { token, query: { page_size: 0 } }), 400, 300, 'Validation Failed.');
  assertUndocumentedError(await s.api('GET', '/phone/blocked_list', { token, query: { next_page_token: 'not-a-token' } }), 400, 300, 'The next page token is invalid or expired.');
});

test('a page token expires after 15 minutes', async () => {
  const { token } = await fresh();
  for (let i = 0; i < 2; i++) await created({ ...INBOUND, phone_number: `+1415555030${i}` }, token);
  const list: PagedList = { op: 'listBlockedLists', get: (query) => s.api('GET', '/phone/blocked_list', { token, query }) };
  await assertPageTokensExpire(s, [list], (_, res) => assertUndocumentedError(res, 400, 300, 'The next page token is invalid or expired.'));
});

test('a router finds the active entries that stop a call, by direction', async () => {
  const db = s.sandbox.db;
  // isBlocked, and the one-read matcher a simulation uses, which must agree with it on every number.
  const blocked = async (...args: Parameters<typeof isBlocked>) => {
    const one = await isBlocked(...args);
    const [, accountId, phoneNumber, direction] = args;
    assert.equal((await blockedListOf(db, accountId))(phoneNumber, direction), one, `the matcher agrees on ${phoneNumber} ${direction}`);
    return one;
  };
  const { token, accountId } = await fresh();
  // the demo's seeded entries
  assert.equal(await blocked(db, DEMO, '+12065550142', 'inbound'), true);
  assert.equal(await blocked(db, DEMO, '+12065550142', 'outbound'), false);
  assert.equal(await blocked(db, DEMO, '+1 (900) 555-1234', 'outbound'), true);
  assert.equal(await blocked(db, DEMO, '+19005551234', 'inbound'), false);
  assert.equal(await blocked(db, accountId, '+12065550142', 'inbound'), false);

  const number = await created({ ...INBOUND, phone_number: '+14155550100' }, token);
  const prefix = await created({ match_type: 'prefix', phone_number: '415', country: 'US', block_type: 'inbound' }, token);
  const longer = await created({ match_type: 'prefix', phone_number: '+1415555', block_type: 'inbound' }, token);
  const off = await created({ match_type: 'prefix', phone_number: '+44', block_type: 'outbound', status: 'inactive' }, token);
  const threat = await created({ ...INBOUND, block_type: 'threat', phone_number: '+33142685300' }, token);
  // the number itself first, then its prefixes, longest first
  assert.deepEqual((await blockingEntries(db, accountId, '+14155550100', 'inbound')).map((e) => e.id), [number, longer, prefix]);
  assert.deepEqual((await blockingEntries(db, accountId, '+14155559999', 'inbound')).map((e) => e.id), [longer, prefix]);
  assert.deepEqual((await blockingEntries(db, accountId, '+14165550100', 'inbound')).map((e) => e.id), []);
  // a phoneNumber entry blocks that number only, not longer ones
  assert.deepEqual((await blockingEntries(db, accountId, '+141555501001', 'inbound')).map((e) => e.id), [longer, prefix]);
  assert.equal(await blocked(db, accountId, '+14155550100', 'outbound'), false);
  assert.equal(await blocked(db, accountId, '+33142685300', 'inbound'), true);
  assert.equal(await blocked(db, accountId, '+33142685300', 'outbound'), false);
  // an inactive entry blocks nothing until it is made active
  assert.equal(await blocked(db, accountId, '+442079460000', 'outbound'), false);
  assertContract('updateABlockedList', await update(off, { status: 'active' }, token));
  assert.equal(await blocked(db, accountId, '+442079460000', 'outbound'), true);
  // deleted, the number is unblocked
  for (const id of [number, prefix, longer, threat]) assertContract('deleteABlockedList', await remove(id, token));
  assert.equal(await blocked(db, accountId, '+14155550100', 'inbound'), false);
  assert.equal(await blocked(db, accountId, '+33142685300', 'inbound'), false);
  // what is no number blocks nothing
  assert.equal(await blocked(db, accountId, 'anonymous', 'inbound'), false);
});
