import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { insertNumbers } from '../../../src/families/numbers/store.ts';
import { addNumber, addUser, DEMO, freshNumber, holdFor, otherAccount, siteIds, addDescribedNumber } from './fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const nm = (path: string) => `/accounts/me/number_management${path}`;

/** The number as Number Management shows it, or undefined when the account has no such number. */
async function nmView(id: string) {
  const res = await s.api('GET', nm(`/numbers/${id}`));
  if (res.status === 404) {
    assertUndocumentedError(res, 404, 100002, 'Phone number not found');
    return undefined;
  }
  assertContract('getAPhoneNumberForNumberManagement', res);
  return res.body;
}

const notFound = (res: { status: number; body: any; headers: Headers }) => assertUndocumentedError(res, 404, 100002, 'Phone number not found');

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

test('an invalid value of allocated_product, number_type, number_source (or any enum filter) is 999', async () => {
  for (const [field, value] of [
    ['allocated_product', 'ZOOM_MEETINGS'],
    ['number_type', 'Premium'],
    ['number_source', 'Carrier'],
    ['number_status', 'Active'],
    ['assigned_to_type', 'Robot'],
  ]) {
    assertDocumentedError('listPhoneNumbersForNumberManagement', await s.api('GET', nm('/numbers'), { query: { [field]: value } }), 'invalidValueEGAllocatedProduct');
  }
});

test('every field of a number reads as stored, in the list and on its own page', async () => {
  const [, denver] = await siteIds(s);
  const site = (await s.api('GET', `/phone/sites/${denver}`)).body;
  const group = (await s.api('GET', '/phone/sip_groups')).body.sip_groups[0];
  const user = await addUser(s, { siteId: denver, name: 'Every Field', extension: 48001 });
  const n = await addDescribedNumber(s, denver, group);
  assertContract('assignAPhoneNumberToAUser', await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [{ id: n.id }] } }));
  const expected = {
    id: n.id,
    number: n.number,
    source: 'BYOCPremises',
    status: 'Normal',
    number_type: 'Toll',
    allocated_product: 'ZOOM_PHONE',
    capability: ['Incoming', 'Outgoing', 'Messaging'],
    display_name: 'Front desk',
    location: { city: 'Denver', state: 'CO', country: 'US' },
    site: { site_id: denver, name: site.name },
    assigned_list: [{ assigned_to_id: user, assgined_to_name: 'Every Field', assigned_to_type: 'User', extension_number: '48001' }],
    carrier: { code: 2, name: 'Inteliquent' },
    sip_group: { id: group.id, name: group.display_name },
    emergency_address: { address_line1: '1700 Lincoln St', address_line2: 'Floor 2', city: 'Denver', state_code: 'CO', zip: '80202', country: 'US' },
    emergency_address_update_time: '2024-10-29T14:18:28Z',
    address_update_required: true,
  };
  assert.deepEqual(await nmView(n.id), expected);
  const listed = await s.api('GET', nm('/numbers'), { query: { keyword: n.number, page_size: 10 } });
  assertContract('listPhoneNumbersForNumberManagement', listed);
  assert.deepEqual(listed.body.numbers, [expected]);
  assert.equal(listed.body.page_size, 10);
  assert.equal(listed.body.next_page_token, '');
  // A Contact Center number shows its caller ID name; address_update_required is for BYOC Premise numbers only.
  const cc = await nmView((await addNumber(s, { allocated_product: 'ZOOM_CONTACT_CENTER', number_type: 'VirtualService', data: { caller_id_name: 'Help Desk' } })).id);
  assert.equal(cc.caller_id_name, 'Help Desk');
  assert.ok(!('address_update_required' in cc));
});

test('page_size is at most 200: a page of 200 holds 200 numbers, 201 is refused', async () => {
  await insertNumbers(
    s.sandbox.db,
    DEMO,
    Array.from({ length: 201 }, (_, i) => ({ number: `+1650888${String(i).padStart(4, '0')}`, source: 'Zoom', number_type: 'Toll', allocated_product: 'UNALLOCATED' })),
    (() => {
      let i = 0;
      return () => `nm-page-${i++}`;
    })(),
    0,
  );
  const full = await s.api('GET', nm('/numbers'), { query: { page_size: 200, keyword: '+1650888' } });
  assertContract('listPhoneNumbersForNumberManagement', full);
  assert.equal(full.body.numbers.length, 200);
  assert.equal(full.body.page_size, 200);
  const rest = await s.api('GET', nm('/numbers'), { query: { page_size: 200, keyword: '+1650888', next_page_token: full.body.next_page_token } });
  assertContract('listPhoneNumbersForNumberManagement', rest);
  assert.deepEqual(rest.body.numbers.map((n: { number: string }) => n.number), ['+16508880200']);
  assert.equal(rest.body.next_page_token, '');
  const refused = await s.api('GET', nm('/numbers'), { query: { page_size: 201 } });
  assertUndocumentedError(refused, 400, 300, 'Validation Failed.');
  assert.deepEqual(refused.body.errors.map((e: { field: string }) => e.field), ['page_size']);
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
  notFound(await s.api('GET', nm('/numbers/nope')));
  const other = await otherAccount(s, 'numbers-other-nm');
  const theirs = await addNumber(s, { accountId: other.accountId });
  notFound(await s.api('GET', nm(`/numbers/${theirs.id}`)));
  const foreignAccount = await s.api('GET', `/accounts/${other.accountId}/number_management/numbers/${theirs.id}`);
  assertUndocumentedError(foreignAccount, 404, 2001, 'Account does not exist.');
  const own = await s.api('GET', `/accounts/me/number_management/numbers/${theirs.id}`, { token: other.token });
  assertContract('getAPhoneNumberForNumberManagement', own);
  assert.equal(own.body.id, theirs.id);
});

test('updates a number; the Phone view sees the change', async () => {
  const n = await addNumber(s);
  const res = await s.api('PATCH', nm(`/numbers/${n.id}`), { body: { display_name: 'Sales line', capability: { incoming: true, outgoing: false } } });
  assertContract('updateAPhoneNumberForNumberManagement', res);
  const phone = await s.api('GET', `/phone/numbers/${n.id}`);
  assert.equal(phone.body.display_name, 'Sales line');
  assert.deepEqual(phone.body.capability, ['incoming']);
  notFound(await s.api('PATCH', nm('/numbers/nope'), { body: { display_name: 'x' } }));
});

test('update refuses capability on a non-Phone number (200001) and invalid fields (999)', async () => {
  const cc = await addNumber(s, { allocated_product: 'ZOOM_CONTACT_CENTER', number_type: 'VirtualService' });
  assertDocumentedError('updateAPhoneNumberForNumberManagement', await s.api('PATCH', nm(`/numbers/${cc.id}`), { body: { capability: { incoming: false } } }), 200001);
  assertDocumentedError('updateAPhoneNumberForNumberManagement', await s.api('PATCH', nm(`/numbers/${cc.id}`), { body: { caller_id_name: '12345' } }), 999);
  const zoom = await addNumber(s);
  assertDocumentedError('updateAPhoneNumberForNumberManagement', await s.api('PATCH', nm(`/numbers/${zoom.id}`), { body: { confirm_address_update: true } }), 999);
  assertContract('updateAPhoneNumberForNumberManagement', await s.api('PATCH', nm(`/numbers/${cc.id}`), { body: { caller_id_name: 'Help Desk' } }));
  assert.equal((await nmView(cc.id)).caller_id_name, 'Help Desk');
});

test('caller_id_name has 15 characters or fewer; display_name 32 or fewer; a value past either is 999 Invalid Field', async () => {
  const cc = await addNumber(s, { allocated_product: 'ZOOM_CONTACT_CENTER', number_type: 'VirtualService' });
  const patch = (body: object) => s.api('PATCH', nm(`/numbers/${cc.id}`), { body });
  assertContract('updateAPhoneNumberForNumberManagement', await patch({ caller_id_name: 'A'.repeat(15), display_name: 'D'.repeat(32) }));
  assertDocumentedError('updateAPhoneNumberForNumberManagement', await patch({ caller_id_name: 'B'.repeat(16) }), 'invalidField');
  assertDocumentedError('updateAPhoneNumberForNumberManagement', await patch({ display_name: 'E'.repeat(33) }), 'invalidField');
  assertDocumentedError('updateAPhoneNumberForNumberManagement', await patch({ capability: { incoming: 'yes' } }), 'invalidField');
  const after = await nmView(cc.id);
  assert.equal(after.caller_id_name, 'A'.repeat(15));
  assert.equal(after.display_name, 'D'.repeat(32));
});

test('a caller ID name is for Contact Center numbers, which support only US/CA Virtual Service numbers', async () => {
  const refused = [
    await addNumber(s, { allocated_product: 'ZOOM_PHONE', number_type: 'VirtualService' }),
    await addNumber(s, { allocated_product: 'ZOOM_CONTACT_CENTER', number_type: 'Toll' }),
    await addNumber(s, { allocated_product: 'ZOOM_CONTACT_CENTER', number_type: 'VirtualService', number: freshNumber('+44207946'), data: { location: { country: 'GB' } } }),
  ];
  for (const n of refused) {
    const res = await s.api('PATCH', nm(`/numbers/${n.id}`), { body: { caller_id_name: 'Help Desk', display_name: 'Changed' } });
    assertDocumentedError('updateAPhoneNumberForNumberManagement', res, 'invalidField');
    assert.deepEqual(res.body.errors, [{ field: 'caller_id_name', message: 'Invalid Field' }]);
    const after = await nmView(n.id);
    assert.equal(after.caller_id_name, undefined);
    assert.equal(after.display_name, '');
  }
  const canada = await addNumber(s, { allocated_product: 'ZOOM_CONTACT_CENTER', number_type: 'VirtualService', data: { location: { country: 'CA' } } });
  assertContract('updateAPhoneNumberForNumberManagement', await s.api('PATCH', nm(`/numbers/${canada.id}`), { body: { caller_id_name: 'Help Desk' } }));
  assert.equal((await nmView(canada.id)).caller_id_name, 'Help Desk');
});

test('confirm_address_update is for Zoom Phone BYOC Premises numbers; sip_group_id for BYOC Premise numbers', async () => {
  const group = (await s.api('GET', '/phone/sip_groups')).body.sip_groups[0];
  const ccPremises = await addNumber(s, { source: 'BYOCPremises', allocated_product: 'ZOOM_CONTACT_CENTER', data: { address_update_required: true } });
  const confirm = await s.api('PATCH', nm(`/numbers/${ccPremises.id}`), { body: { confirm_address_update: true } });
  assertDocumentedError('updateAPhoneNumberForNumberManagement', confirm, 'invalidField');
  assert.deepEqual(confirm.body.errors, [{ field: 'confirm_address_update', message: 'Invalid Field' }]);
  assert.equal((await nmView(ccPremises.id)).address_update_required, true);
  const cloud = await addNumber(s, { source: 'BYOCCloud' });
  const sip = await s.api('PATCH', nm(`/numbers/${cloud.id}`), { body: { sip_group_id: group.id } });
  assertDocumentedError('updateAPhoneNumberForNumberManagement', sip, 'invalidField');
  assert.deepEqual(sip.body.errors, [{ field: 'sip_group_id', message: 'Invalid Field' }]);
  assert.equal((await nmView(cloud.id)).sip_group, undefined);
  const premises = await addNumber(s, { source: 'BYOCPremises' });
  assertContract('updateAPhoneNumberForNumberManagement', await s.api('PATCH', nm(`/numbers/${premises.id}`), { body: { sip_group_id: group.id } }));
  assert.deepEqual((await nmView(premises.id)).sip_group, { id: group.id, name: group.display_name });
});

test('deletes numbers (releasing those a user or a call queue holds); one unknown number is 100002 and deletes none', async () => {
  const user = await addUser(s);
  const held = await addNumber(s);
  const free = await addNumber(s);
  const queued = await addNumber(s);
  await holdFor(s, queued.id, 'CallQueue', 'queue-nm-delete');
  assertContract('assignAPhoneNumberToAUser', await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [{ id: held.id }] } }));
  const keep = await addNumber(s);
  assertDocumentedError('deletePhoneNumbers', await s.api('DELETE', nm('/numbers'), { query: { numbers: `${keep.id},nope` } }), 100002);
  assert.equal((await nmView(keep.id))?.id, keep.id);
  const res = await s.api('DELETE', nm('/numbers'), { query: { numbers: `${held.id},${free.number},${queued.id}` } });
  assertContract('deletePhoneNumbers', res);
  for (const n of [held, free, queued]) assert.equal(await nmView(n.id), undefined);
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
  assertContract('getAPhoneNumber', phone);
  assert.equal(phone.body.site.id, denver);
  assertContract('allocateUnallocatePhoneNumbers', await s.api('PATCH', nm('/allocation'), { body: { numbers: [n.id], allocated_product: 'ZOOM_CONTACT_CENTER' } }));
  const managed = await s.api('GET', nm(`/numbers/${n.id}`));
  assert.equal(managed.body.allocated_product, 'ZOOM_CONTACT_CENTER');
  assert.equal(managed.body.site, undefined);
  assertContract('allocateUnallocatePhoneNumbers', await s.api('PATCH', nm('/allocation'), { body: { numbers: [n.id], allocated_product: 'UNALLOCATED' } }));
  assert.equal((await nmView(n.id)).allocated_product, 'UNALLOCATED');
});

test('allocation errors: unknown number 100002, assigned number 200002, unknown site 1002010; nothing changes', async () => {
  const n = await addNumber(s, { allocated_product: 'UNALLOCATED' });
  assertDocumentedError('allocateUnallocatePhoneNumbers', await s.api('PATCH', nm('/allocation'), { body: { numbers: [n.id, 'nope'], allocated_product: 'ZOOM_PHONE' } }), 100002);
  assertDocumentedError('allocateUnallocatePhoneNumbers', await s.api('PATCH', nm('/allocation'), { body: { numbers: [n.id], allocated_product: 'ZOOM_PHONE', site_id: 'nope' } }), 1002010);
  assert.equal((await nmView(n.id)).allocated_product, 'UNALLOCATED');
  const user = await addUser(s);
  const held = await addNumber(s);
  assertContract('assignAPhoneNumberToAUser', await s.api('POST', `/phone/users/${user}/phone_numbers`, { body: { phone_numbers: [{ id: held.id }] } }));
  const queued = await addNumber(s);
  await holdFor(s, queued.id, 'CallQueue', 'queue-allocation');
  for (const taken of [held, queued]) {
    assertDocumentedError('allocateUnallocatePhoneNumbers', await s.api('PATCH', nm('/allocation'), { body: { numbers: [n.id, taken.id], allocated_product: 'UNALLOCATED' } }), 200002);
    assert.equal((await nmView(taken.id)).allocated_product, 'ZOOM_PHONE');
  }
  assert.equal((await nmView(n.id)).allocated_product, 'UNALLOCATED');
  assert.equal((await nmView(queued.id)).assigned_list[0].assigned_to_type, 'CallQueue');
});

test('native numbers allocated together must belong to the same country or region and have the same number plan', async () => {
  const allocate = (numbers: string[]) => s.api('PATCH', nm('/allocation'), { body: { numbers, allocated_product: 'ZOOM_PHONE' } });
  const us = await addNumber(s, { allocated_product: 'UNALLOCATED', data: { location: { country: 'US' } } });
  const uk = await addNumber(s, { number: freshNumber('+44207946'), allocated_product: 'UNALLOCATED', data: { location: { country: 'GB' } } });
  const usTollFree = await addNumber(s, { number_type: 'TollFree', allocated_product: 'UNALLOCATED', data: { location: { country: 'US' } } });
  assertDocumentedError('allocateUnallocatePhoneNumbers', await allocate([us.id, uk.id]), 'unableToSwitchProductsForThe');
  assertDocumentedError('allocateUnallocatePhoneNumbers', await allocate([us.id, usTollFree.id]), 'unableToSwitchProductsForThe');
  for (const n of [us, uk, usTollFree]) assert.equal((await nmView(n.id)).allocated_product, 'UNALLOCATED');
  // The US and Canada are one region; a BYOC number from elsewhere is not native and does not count.
  const canada = await addNumber(s, { allocated_product: 'UNALLOCATED', data: { location: { country: 'CA' } } });
  const byocUk = await addNumber(s, { source: 'BYOCPremises', number: freshNumber('+44207947'), allocated_product: 'UNALLOCATED', data: { location: { country: 'GB' } } });
  assertContract('allocateUnallocatePhoneNumbers', await allocate([us.id, canada.id, byocUk.id]));
  for (const n of [us, canada, byocUk]) assert.equal((await nmView(n.id)).allocated_product, 'ZOOM_PHONE');
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
  assert.equal(before.is_unlimited, false);
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

test('plan information: a product left out cannot be empty (1002006)', async () => {
  assertDocumentedError('listPhoneNumberPlanInformation', await s.api('GET', nm('/plan')), 'productCannotBeEmpty');
});

test('plan information: an invalid product is 999 Invalid param (product); page_size is at most 200', async () => {
  assertDocumentedError('listPhoneNumberPlanInformation', await s.api('GET', nm('/plan'), { query: { product: 'ZOOM_MEETINGS' } }), 'invalidParamProduct');
  const max = await s.api('GET', nm('/plan'), { query: { product: 'ZOOM_PHONE', page_size: 200 } });
  assertContract('listPhoneNumberPlanInformation', max);
  assert.equal(max.body.page_size, 200);
  assert.equal(max.body.next_page_token, '');
  const refused = await s.api('GET', nm('/plan'), { query: { product: 'ZOOM_PHONE', page_size: 201 } });
  assertUndocumentedError(refused, 400, 300, 'Validation Failed.');
});

// Last: it moves the sandbox clock, which the tests above do not expect.
test('page tokens of the numbers and the plan lists expire after 15 minutes: 1003100', async () => {
  const numbers = await s.api('GET', nm('/numbers'), { query: { page_size: 2 } });
  const plans = await s.api('GET', nm('/plan'), { query: { product: 'ZOOM_PHONE', page_size: 1 } });
  assertContract('listPhoneNumberPlanInformation', plans);
  assert.ok(numbers.body.next_page_token && plans.body.next_page_token);
  const next = () =>
    Promise.all([
      s.api('GET', nm('/numbers'), { query: { page_size: 2, next_page_token: numbers.body.next_page_token } }),
      s.api('GET', nm('/plan'), { query: { product: 'ZOOM_PHONE', page_size: 1, next_page_token: plans.body.next_page_token } }),
    ]);
  assert.equal((await s.admin('POST', '/clock', { advance_seconds: 14 * 60 })).status, 200);
  const [stillNumbers, stillPlans] = await next();
  assertContract('listPhoneNumbersForNumberManagement', stillNumbers);
  assertContract('listPhoneNumberPlanInformation', stillPlans);
  assert.equal((await s.admin('POST', '/clock', { advance_seconds: 61 })).status, 200);
  const [expiredNumbers, expiredPlans] = await next();
  assertDocumentedError('listPhoneNumbersForNumberManagement', expiredNumbers, 'nextPageTokenIsEitherInvalid');
  assertDocumentedError('listPhoneNumberPlanInformation', expiredPlans, 'nextPageTokenIsEitherInvalid');
});
