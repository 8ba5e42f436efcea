// The list helper and its page tokens on their own, over rows in memory: the
// envelope each operation's contract declares, the page-size bounds, where the
// last page ends, and a token's binding and lifetime, each at its exact edge.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { envelopeOf, listPage, MAX_PAGE_SIZE, pageTokenError, type ListSpec } from '../../src/kit/list.ts';
import { DEFAULT_PAGE_SIZE, Paginator } from '../../src/platform/pagination.ts';
import { ZoomError } from '../../src/errors.ts';
import type { Operation } from '../../src/contract.ts';
import { operation } from '../support/contract.ts';

/** An operation as the contract gives it, with only what the list helper reads. */
function op(properties: string[], pageSizeSchema?: object): Operation {
  return {
    successStatus: 200,
    responseSchemas: { 200: { properties: Object.fromEntries(properties.map((p) => [p, {}])) } },
    queryParams: new Map(pageSizeSchema ? [['page_size', { schema: pageSizeSchema }]] : []),
  } as unknown as Operation;
}

const ALL = ['items', 'next_page_token', 'page_size', 'total_records'];
/** Zoom's page tokens live 15 minutes. */
const TOKEN_LIFE_MS = 15 * 60 * 1000;

let now = 1_000_000;
const paginator = new Paginator(() => 'test-key', () => now);
const refused = () => new ZoomError(400, 300, 'refused token');

interface Row {
  seq: number;
}
function rows(n: number, filters: Record<string, unknown> = {}): ListSpec<Row, number> & { counted: number } {
  const all = Array.from({ length: n }, (_, i) => ({ seq: (i + 1) * 10 }));
  const spec = {
    items: 'items',
    filters,
    counted: 0,
    fetch: async (after: number, limit: number) => all.filter((r) => r.seq > after).slice(0, limit),
    count: async () => {
      spec.counted++;
      return n;
    },
    present: (page: Row[]) => page.map((r) => r.seq),
  };
  return spec;
}

test('the envelope is what the success schema declares, and the page_size maximum the parameter documents', () => {
  assert.deepEqual(envelopeOf(op(ALL, { maximum: 100 })), { pageSize: true, totalRecords: true, nextPageToken: true, maxPageSize: 100 });
  assert.deepEqual(envelopeOf(op(['items'])), { pageSize: false, totalRecords: false, nextPageToken: false, maxPageSize: MAX_PAGE_SIZE });
  assert.deepEqual(envelopeOf(op(['items', 'next_page_token'], { type: 'integer' })), { pageSize: false, totalRecords: false, nextPageToken: true, maxPageSize: 300 });
  const noSchema = { successStatus: 204, responseSchemas: {}, queryParams: new Map() } as unknown as Operation;
  assert.deepEqual(envelopeOf(noSchema), { pageSize: false, totalRecords: false, nextPageToken: false, maxPageSize: 300 });
  const real = operation('listPhoneUsers');
  assert.equal(envelopeOf(real), envelopeOf(real), 'read once per operation');
});

test('a page shows only the envelope fields its operation declares; total_records is counted only where shown', async () => {
  const bare = rows(3);
  assert.deepEqual(await listPage(op(['items']), paginator, {}, refused, bare), { items: [10, 20, 30] });
  assert.equal(bare.counted, 0);
  const full = rows(3);
  assert.deepEqual(await listPage(op(ALL), paginator, {}, refused, full), { next_page_token: '', page_size: DEFAULT_PAGE_SIZE, total_records: 3, items: [10, 20, 30] });
  assert.equal(full.counted, 1);
});

test('page_size is taken from 1 up to the maximum, exactly', async () => {
  const list = op(ALL, { maximum: 5 });
  for (const page_size of [1, 5]) assert.equal((await listPage(list, paginator, { page_size }, refused, rows(9))).page_size, page_size);
  for (const page_size of [0, -1, 6, 2.5]) {
    await assert.rejects(listPage(list, paginator, { page_size }, refused, rows(9)), (e: ZoomError) => {
      assert.deepEqual([e.status, e.code, e.message], [400, 300, 'page_size must be a whole number from 1 to 5.']);
      return true;
    });
  }
  // A maximum the page's prose gives wins over the contract's.
  await assert.rejects(listPage(list, paginator, { page_size: 4 }, refused, { ...rows(9), maxPageSize: 3 }), /from 1 to 3\./);
});

test('a page exactly as long as the rows left is the last: no token; one row more gives one', async () => {
  const list = op(ALL);
  assert.equal((await listPage(list, paginator, { page_size: 4 }, refused, rows(4))).next_page_token, '');
  const first = await listPage(list, paginator, { page_size: 4 }, refused, rows(5));
  assert.deepEqual(first.items, [10, 20, 30, 40]);
  assert.notEqual(first.next_page_token, '');
  const second = await listPage(list, paginator, { page_size: 4, next_page_token: first.next_page_token as string }, refused, rows(5));
  assert.deepEqual([second.items, second.next_page_token, second.total_records], [[50], '', 5]);
});

test('a token serves the query that made it, whatever the order of its filters, until its last instant', async () => {
  const list = op(ALL);
  const made = now;
  const first = await listPage(list, paginator, { page_size: 2 }, refused, rows(5, { site: 'a', status: 'x' }));
  const token = first.next_page_token as string;
  const reordered = await listPage(list, paginator, { page_size: 2, next_page_token: token }, refused, rows(5, { status: 'x', site: 'a' }));
  assert.deepEqual(reordered.items, [30, 40]);
  await assert.rejects(listPage(list, paginator, { page_size: 2, next_page_token: token }, refused, rows(5, { site: 'b', status: 'x' })), /refused token/);
  await assert.rejects(listPage(list, paginator, { page_size: 2, next_page_token: token }, refused, rows(5, { site: 'a' })), /refused token/);
  try {
    now = made + TOKEN_LIFE_MS;
    assert.deepEqual((await listPage(list, paginator, { page_size: 2, next_page_token: token }, refused, rows(5, { site: 'a', status: 'x' }))).items, [30, 40]);
    now = made + TOKEN_LIFE_MS + 1;
    await assert.rejects(listPage(list, paginator, { page_size: 2, next_page_token: token }, refused, rows(5, { site: 'a', status: 'x' })), /refused token/);
  } finally {
    now = made;
  }
});

test('a token another key signed, cut, or carrying no row is refused', () => {
  const token = paginator.encode(20, {});
  assert.equal(paginator.decode(token, {}, refused), 20);
  const other = new Paginator(() => 'another-key', () => now);
  assert.throws(() => other.decode(token, {}, refused), /refused token/);
  for (const bad of ['', token.split('.')[0], `.${token.split('.')[1]}`, `${token}x`]) assert.throws(() => paginator.decode(bad, {}, refused), /refused token/, bad);
  // Well signed, but its body is not a row position.
  const forge = (body: string) => {
    const text = Buffer.from(body).toString('base64url');
    const mac = (paginator as unknown as { sign(t: string): Buffer }).sign(text).toString('base64url');
    return `${text}.${mac}`;
  };
  const q = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()).q;
  assert.equal(paginator.decode(forge(JSON.stringify({ s: 7, q, e: now })), {}, refused), 7);
  assert.throws(() => paginator.decode(forge(JSON.stringify({ s: 7.5, q, e: now })), {}, refused), /refused token/);
  assert.throws(() => paginator.decode(forge('{not json'), {}, refused), /refused token/);
});

test("a bad token answers the list's own documented error, in its own words, or the sandbox's where it has none", () => {
  // listPhoneUsers' row joins another rule's words to the token's: only the token's sentence is answered.
  const users = pageTokenError('listPhoneUsers')();
  assert.deepEqual([users.status, users.code, users.message], [400, 400, 'The next page token is invalid or expired.']);
  // A row with no full stop is answered whole.
  const nm = pageTokenError('listPhoneNumbersForNumberManagement')();
  assert.deepEqual([nm.status, nm.code, nm.message], [400, 1003100, 'The next page token is either invalid or has expired']);
  const none = pageTokenError('listCallingPlans')();
  assert.deepEqual([none.status, none.code, none.message], [400, 300, 'The next page token is invalid or expired.']);
  const unknown = pageTokenError('noSuchOperation')();
  assert.deepEqual([unknown.status, unknown.code], [400, 300]);
});
