// Port-in orders: seeded (the pages have no create); a completed order's numbers
// are the account's ZoomPorted numbers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { DEMO, SUB, allPages, customerNumber, holderOf, otherAccount } from './fixtures.ts';

let s: TestServer;
let other: { token: string; accountId: string };

before(async () => {
  s = await startServer();
  other = await otherAccount(s, 'ported-other');
});
after(() => s.close());

test('the account lists its port-in orders; a completed order holds ZoomPorted numbers', async () => {
  const res = await s.api('GET', '/phone/ported_numbers/orders');
  assertContract('listPortedNumbers', res);
  const statuses = res.body.ported_numbers.map((o: any) => o.status).sort();
  assert.deepEqual(statuses, ['Not_Submitted', 'Processing', 'Successfully']);
  assert.equal(res.body.total_records, 3);
  const done = res.body.ported_numbers.find((o: any) => o.status === 'Successfully');
  assert.match(done.submission_date_time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  assert.deepEqual(done.numbers, ['+14155550140', '+14155550141']);
  assert.deepEqual(done.replacing_numbers, []);
  assert.equal(typeof done.order_id, 'string');
  for (const n of done.numbers) {
    const held = await holderOf(s, n);
    assert.equal(held?.account, DEMO);
    assert.equal(held?.item.source, 'ZoomPorted');
  }
  const pending = res.body.ported_numbers.find((o: any) => o.status === 'Not_Submitted');
  assert.equal(pending.submission_date_time, undefined);
  assert.deepEqual(pending.numbers, ['+14155550143', '+14155550144']);
  assert.equal(await holderOf(s, pending.numbers[0]), undefined);
  const processing = res.body.ported_numbers.find((o: any) => o.status === 'Processing');
  assert.deepEqual(processing.replacing_numbers, [{ source_number: '+14155550142', target_number: '+14085551003' }]);
  assert.equal((await customerNumber(s, DEMO, '+14155550141'))?.source, 'ZoomPorted');
});

test('pages with the shared pagination', async () => {
  const first = await s.api('GET', '/phone/ported_numbers/orders', { query: { page_size: 2 } });
  assertContract('listPortedNumbers', first);
  assert.equal(first.body.ported_numbers.length, 2);
  assert.equal(first.body.page_size, 2);
  const second = await s.api('GET', '/phone/ported_numbers/orders', { query: { page_size: 2, next_page_token: first.body.next_page_token } });
  assertContract('listPortedNumbers', second);
  assert.equal(second.body.ported_numbers.length, 1);
  assert.equal(second.body.next_page_token, '');
  const all = await allPages(s, '/phone/ported_numbers/orders', 'ported_numbers');
  assert.equal(new Set(all.map((o) => o.order_id)).size, 3);
});

test('order details, from both APIs, agree with the list', async () => {
  const list = await s.api('GET', '/phone/ported_numbers/orders');
  const order = list.body.ported_numbers.find((o: any) => o.status === 'Successfully');
  const phone = await s.api('GET', `/phone/ported_numbers/orders/${order.order_id}`);
  assertContract('getPortedNumbersDetails', phone);
  assert.deepEqual(phone.body, {
    order_id: order.order_id,
    status: 'Successfully',
    numbers: ['+14155550140', '+14155550141'],
    replacing_numbers: [],
    submission_date_time: order.submission_date_time,
    contact_emails: 'porting@demo.switchboard.test',
    contact_number: '+14155550199',
    isp: 'Old Telco',
    printed_name: 'Ada Lovelace',
    original_billing_info: {
      account_number: '889900', authorizing_person: 'Ada Lovelace', billing_telephone_number: '+14155550140', company: 'Switchboard Demo',
      customer_requested_date: '2024-03-01', pin: '1234',
      address: { house_number: '1', street_name: 'Market St', city: 'San Francisco', state_code: 'CA', zip: '94105', country: 'US' },
    },
  });
  const nm = await s.api('GET', `/accounts/me/number_management/ported_numbers/orders/${order.order_id}`);
  assertContract('getPortedNumbersDetailsForNumberManagement', nm);
  assert.deepEqual(nm.body, phone.body);
});

test('a master reads its sub account orders through {accountId}; the sub account owns its own', async () => {
  const sub = await s.api('GET', `/accounts/${SUB}/number_management/ported_numbers/orders`);
  assertContract('listPortedNumbersForNumberManagement', sub);
  assert.deepEqual(sub.body.ported_numbers.map((o: any) => o.status), ['Waiting']);
  const id = sub.body.ported_numbers[0].order_id;
  assertContract('getPortedNumbersDetailsForNumberManagement', await s.api('GET', `/accounts/${SUB}/number_management/ported_numbers/orders/${id}`));
  // it is not the master's own order
  assertDocumentedError('getPortedNumbersDetails', await s.api('GET', `/phone/ported_numbers/orders/${id}`), 400);
  assertDocumentedError('getPortedNumbersDetailsForNumberManagement', await s.api('GET', `/accounts/me/number_management/ported_numbers/orders/${id}`), 400);
  const mine = await s.api('GET', '/accounts/me/number_management/ported_numbers/orders');
  assertContract('listPortedNumbersForNumberManagement', mine);
  assert.equal(mine.body.total_records, 3);
  const phone = await s.api('GET', '/phone/ported_numbers/orders');
  assert.deepEqual(mine.body.ported_numbers, phone.body.ported_numbers);
  const first = await s.api('GET', '/accounts/me/number_management/ported_numbers/orders', { query: { page_size: 2 } });
  assertContract('listPortedNumbersForNumberManagement', first);
  assert.deepEqual([first.body.ported_numbers.length, first.body.page_size, first.body.total_records], [2, 2, 3]);
  const second = await s.api('GET', '/accounts/me/number_management/ported_numbers/orders', { query: { page_size: 2, next_page_token: first.body.next_page_token } });
  assertContract('listPortedNumbersForNumberManagement', second);
  assert.deepEqual([second.body.ported_numbers.length, second.body.next_page_token], [1, '']);
});

test('unknown orders and foreign accounts', async () => {
  assertDocumentedError('getPortedNumbersDetails', await s.api('GET', '/phone/ported_numbers/orders/nope'), 400);
  const list = await s.api('GET', '/phone/ported_numbers/orders');
  const id = list.body.ported_numbers[0].order_id;
  assertDocumentedError('getPortedNumbersDetails', await s.api('GET', `/phone/ported_numbers/orders/${id}`, { token: other.token }), 400);
  const theirs = await s.api('GET', '/phone/ported_numbers/orders', { token: other.token });
  assertContract('listPortedNumbers', theirs);
  assert.equal(theirs.body.ported_numbers.length, 0);
  const foreign = await s.api('GET', `/accounts/${DEMO}/number_management/ported_numbers/orders`, { token: other.token });
  assertUndocumentedError(foreign, 404, 2001, 'Account does not exist.');
  assertDocumentedError('getPortedNumbersDetailsForNumberManagement', await s.api('GET', '/accounts/me/number_management/ported_numbers/orders/nope'), 'portInOrderDoesNotExist');
});
