import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError } from '../../support/contract.ts';
import { addNumber, addUser, freshNumber, otherAccount, row, siteIds } from './fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const nm = (path: string) => `/accounts/me/number_management${path}`;

async function allNm(query: Record<string, string | number> = {}) {
  const res = await s.api('GET', nm('/numbers'), { query: { page_size: 200, ...query } });
  assertContract('listPhoneNumbersForNumberManagement', res);
  return res.body.numbers as any[];
}

test('lists every number of the account in Number Management words, with the same ids as the Phone view', async () => {
  const numbers = await allNm();
  const byNumber = new Map(numbers.map((n) => [n.number, n]));
  const assigned = byNumber.get('+14085551000');
  assert.equal(assigned.source, 'Zoom');
  assert.equal(assigned.status, 'Normal');
  assert.equal(assigned.allocated_product, 'ZOOM_PHONE');
  assert.equal(assigned.assigned_list[0].assigned_to_type, 'User');
  const phone = await s.api('GET', `/phone/numbers/${assigned.id}`);
  assert.equal(phone.body.number, '+14085551000');
  assert.equal(phone.body.assignee.id, assigned.assigned_list[0].assigned_to_id);
  assert.ok(byNumber.has('+18885550123'), 'Contact Center numbers are Number Management numbers');
  assert.ok(byNumber.has('+14085552001'), 'so are unallocated ones');
});

test('every documented filter narrows the list', async () => {
  const all = await allNm();
  const check = async (query: Record<string, string>, pass: (n: any) => boolean) => {
    const got = await allNm(query);
    assert.ok(got.length > 0, `${JSON.stringify(query)} found nothing`);
    assert.ok(got.every(pass), `${JSON.stringify(query)} let through a non-match`);
    assert.equal(got.length, all.filter(pass).length, JSON.stringify(query));
  };
  await check({ allocated_product: 'ZOOM_CONTACT_CENTER' }, (n) => n.allocated_product === 'ZOOM_CONTACT_CENTER');
  await check({ allocated_product: 'UNALLOCATED' }, (n) => n.allocated_product === 'UNALLOCATED');
  await check({ number_type: 'TollFree' }, (n) => n.number_type === 'TollFree');
  await check({ number_status: 'Pending' }, (n) => n.status === 'Pending');
  await check({ number_source: 'BYOCPremises' }, (n) => n.source === 'BYOCPremises');
  await check({ assigned_to_type: 'User' }, (n) => n.assigned_list[0]?.assigned_to_type === 'User');
  await check({ assigned_to_type: 'PhoneUnassigned' }, (n) => n.allocated_product === 'ZOOM_PHONE' && n.assigned_list.length === 0);
  await check({ keyword: '555100' }, (n) => n.number.includes('555100'));
  const [main] = await siteIds(s);
  await check({ site_id: main }, (n) => n.site?.site_id === main);
});

test('an unknown site filter is 1002010 and a foreign page token is 1003100', async () => {
  assertDocumentedError('listPhoneNumbersForNumberManagement', await s.api('GET', nm('/numbers'), { query: { site_id: 'nope' } }), 1002010);
  const first = await s.api('GET', nm('/numbers'), { query: { page_size: 2 } });
  assert.ok(first.body.next_page_token);
  const other = await s.api('GET', nm('/numbers'), { query: { page_size: 2, number_type: 'Toll', next_page_token: first.body.next_page_token } });
  assertDocumentedError('listPhoneNumbersForNumberManagement', other, 1003100);
});

test('gets a number; unknown and foreign ids are 404', async () => {
  const n = await addNumber(s, { allocated_product: 'ZOOM_CONTACT_CENTER' });
  const res = await s.api('GET', nm(`/numbers/${n.id}`));
  assertContract('getAPhoneNumberForNumberManagement', res);
  assert.equal(res.body.allocated_product, 'ZOOM_CONTACT_CENTER');
  assert.equal((await s.api('GET', nm('/numbers/nope'))).status, 404);
  const other = await otherAccount(s, 'numbers-other-nm');
  const theirs = await addNumber(s, { accountId: other.accountId });
  assert.equal((await s.api('GET', nm(`/numbers/${theirs.id}`))).status, 404);
  assert.equal((await s.api('GET', `/accounts/${other.accountId}/number_management/numbers/${theirs.id}`)).status, 404);
  assert.equal((await s.api('GET', `/accounts/me/number_management/numbers/${theirs.id}`, { token: other.token })).status, 200);
});

test('updates a number; the Phone view sees the change', async () => {
  const n = await addNumber(s);
  const res = await s.api('PATCH', nm(`/numbers/${n.id}`), { body: { display_name: 'Sales line', capability: { incoming: true, outgoing: false } } });
  assertContract('updateAPhoneNumberForNumberManagement', res);
  const phone = await s.api('GET', `/phone/numbers/${n.id}`);
  assert.equal(phone.body.display_name, 'Sales line');
  assert.deepEqual(phone.body.capability, ['incoming']);
  assert.equal((await s.api('PATCH', nm('/numbers/nope'), { body: { display_name: 'x' } })).status, 404);
});

test('update refuses capability on a non-Phone number (200001) and invalid fields (999)', async () => {
  const cc = await addNumber(s, { allocated_product: 'ZOOM_CONTACT_CENTER' });
  assertDocumentedError('updateAPhoneNumberForNumberManagement', await s.api('PATCH', nm(`/numbers/${cc.id}`), { body: { capability: { incoming: false } } }), 200001);
  assertDocumentedError('updateAPhoneNumberForNumberManagement', await s.api('PATCH', nm(`/numbers/${cc.id}`), { body: { caller_id_name: '12345' } }), 999);
  const zoom = await addNumber(s);
  assertDocumentedError('updateAPhoneNumberForNumberManagement', await s.api('PATCH', nm(`/numbers/${zoom.id}`), { body: { confirm_address_update: true } }), 999);
  assertContract('updateAPhoneNumberForNumberManagement', await s.api('PATCH', nm(`/numbers/${cc.id}`), { body: { caller_id_name: 'Help Desk' } }));
  assert.equal((await s.api('GET', nm(`/numbers/${cc.id}`))).body.caller_id_name, 'Help Desk');
});

test('deletes numbers (releasing assigned ones); one unknown number is 100002 and deletes none', async () => {
  const user = await addUser(s);
  const held = await addNumber(s);
  const free = await addNumber(s);
  await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [{ id: held.id }] } });
  const keep = await addNumber(s);
  assertDocumentedError('deletePhoneNumbers', await s.api('DELETE', nm('/numbers'), { query: { numbers: `${keep.id},nope` } }), 100002);
  assert.ok(await row(s, keep.id));
  const res = await s.api('DELETE', nm('/numbers'), { query: { numbers: `${held.id},${free.number}` } });
  assertContract('deletePhoneNumbers', res);
  assert.equal(await row(s, held.id), undefined);
  assert.deepEqual((await s.api('GET', `/phone/users/${user}`)).body.phone_numbers, []);
  assertDocumentedError('getAPhoneNumber', await s.api('GET', `/phone/numbers/${free.id}`), 400);
});

test('allocation moves numbers between products, and the Phone view follows', async () => {
  const [, denver] = await siteIds(s);
  const n = await addNumber(s, { allocated_product: 'UNALLOCATED' });
  assertDocumentedError('getAPhoneNumber', await s.api('GET', `/phone/numbers/${n.id}`), 400);
  const res = await s.api('PATCH', nm('/allocation'), { body: { numbers: [n.id], allocated_product: 'ZOOM_PHONE', site_id: denver } });
  assertContract('allocateUnallocatePhoneNumbers', res);
  const phone = await s.api('GET', `/phone/numbers/${n.id}`);
  assert.equal(phone.status, 200);
  assert.equal(phone.body.site.id, denver);
  assertContract('allocateUnallocatePhoneNumbers', await s.api('PATCH', nm('/allocation'), { body: { numbers: [n.id], allocated_product: 'ZOOM_CONTACT_CENTER' } }));
  const managed = await s.api('GET', nm(`/numbers/${n.id}`));
  assert.equal(managed.body.allocated_product, 'ZOOM_CONTACT_CENTER');
  assert.equal(managed.body.site, undefined);
  assertContract('allocateUnallocatePhoneNumbers', await s.api('PATCH', nm('/allocation'), { body: { numbers: [n.id], allocated_product: 'UNALLOCATED' } }));
  assert.equal((await row(s, n.id))?.allocated_product, 'UNALLOCATED');
});

test('allocation errors: unknown number 100002, assigned number 200002, unknown site 1002010; nothing changes', async () => {
  const n = await addNumber(s, { allocated_product: 'UNALLOCATED' });
  assertDocumentedError('allocateUnallocatePhoneNumbers', await s.api('PATCH', nm('/allocation'), { body: { numbers: [n.id, 'nope'], allocated_product: 'ZOOM_PHONE' } }), 100002);
  assertDocumentedError('allocateUnallocatePhoneNumbers', await s.api('PATCH', nm('/allocation'), { body: { numbers: [n.id], allocated_product: 'ZOOM_PHONE', site_id: 'nope' } }), 1002010);
  assert.equal((await row(s, n.id))?.allocated_product, 'UNALLOCATED');
  const user = await addUser(s);
  const held = await addNumber(s);
  await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [{ id: held.id }] } });
  assertDocumentedError('allocateUnallocatePhoneNumbers', await s.api('PATCH', nm('/allocation'), { body: { numbers: [n.id, held.id], allocated_product: 'UNALLOCATED' } }), 200002);
  assert.equal((await row(s, held.id))?.allocated_product, 'ZOOM_PHONE');
  assert.equal((await row(s, n.id))?.allocated_product, 'UNALLOCATED');
  // Native numbers allocated together must share a country and a number plan.
  const uk = await addNumber(s, { number: freshNumber('+44207946'), allocated_product: 'UNALLOCATED', data: { location: { country: 'GB' } } });
  assertDocumentedError('allocateUnallocatePhoneNumbers', await s.api('PATCH', nm('/allocation'), { body: { numbers: [n.id, uk.id], allocated_product: 'ZOOM_PHONE' } }), 200002);
});

test('plan information counts the numbers held and in use per plan, and follows assignment', async () => {
  const plan = async () => {
    const res = await s.api('GET', nm('/plan'), { query: { product: 'ZOOM_PHONE' } });
    assertContract('listPhoneNumberPlanInformation', res);
    return res.body.plans.find((p: any) => p.name === 'US/CA Included Phone Numbers');
  };
  const before = await plan();
  assert.ok(before.subscribed > 0);
  assert.equal(before.available, before.subscribed - before.assigned);
  const n = await addNumber(s);
  const user = await addUser(s);
  await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } });
  const after = await plan();
  assert.equal(after.subscribed, before.subscribed + 1);
  assert.equal(after.assigned, before.assigned + 1);
  const cc = await s.api('GET', nm('/plan'), { query: { product: 'ZOOM_CONTACT_CENTER' } });
  assertContract('listPhoneNumberPlanInformation', cc);
  assert.ok(cc.body.plans.some((p: any) => p.name === 'US/CA Toll-Free Phone Numbers'));
  const paged = await s.api('GET', nm('/plan'), { query: { product: 'ZOOM_PHONE', next_page_token: 'garbage' } });
  assertDocumentedError('listPhoneNumberPlanInformation', paged, 1003100);
});
