import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { ADDRESS } from '../../support/org.ts';
import { addNumber, otherAccount, siteIds } from './fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const nm = (path: string) => `/accounts/me/number_management${path}`;
/** A SIP group of the demo account, as its list shows it. */
const sipGroup = async (): Promise<{ id: string; display_name: string }> => (await s.api('GET', '/phone/sip_groups')).body.sip_groups[0];
const findNm = async (number: string) => (await s.api('GET', nm('/numbers'), { query: { keyword: number, page_size: 200 } })).body.numbers.find((n: any) => n.number === number);

test('Phone BYOC: adds E.164 numbers that then show in both views as BYOC', async () => {
  const [, denver] = await siteIds(s);
  const group = await sipGroup();
  const res = await s.api('POST', '/phone/byoc_numbers', { body: { carrier: 'Acme Telecom', phone_numbers: ['+17205550201', '+18005550202'], site_id: denver, sip_group_id: group.id } });
  assertContract('addByocPhoneNumbers', res);
  assert.deepEqual(res.body.phone_numbers.map((p: any) => p.number), ['+17205550201', '+18005550202']);
  const [local, tollFree] = res.body.phone_numbers;
  const phone = await s.api('GET', `/phone/numbers/${local.id}`);
  assertContract('getAPhoneNumber', phone);
  assert.equal(phone.body.source, 'external');
  assert.equal(phone.body.carrier.name, 'Acme Telecom');
  assert.equal(phone.body.site.id, denver);
  assert.equal((await s.api('GET', `/phone/numbers/${tollFree.id}`)).body.number_type, 'tollfree');
  const byoc = (await s.api('GET', '/phone/numbers', { query: { type: 'byoc', page_size: 300 } })).body.phone_numbers.map((p: any) => p.id);
  assert.ok(byoc.includes(local.id) && byoc.includes(tollFree.id));
  const managed = await findNm('+17205550201');
  assert.equal(managed.id, local.id);
  assert.equal(managed.source, 'BYOCPremises');
  assert.equal(managed.allocated_product, 'ZOOM_PHONE');
  assert.deepEqual(managed.sip_group, { id: group.id, name: group.display_name });
  assert.deepEqual(phone.body.sip_group, { id: group.id, display_name: group.display_name });
});

test('BYOC numbers naming a SIP group the account lacks are refused: 100001 on both pages; none is added', async () => {
  const [main] = await siteIds(s);
  const phone = await s.api('POST', '/phone/byoc_numbers', { body: { carrier: 'Acme', phone_numbers: ['+17205550311'], site_id: main, sip_group_id: 'no-such-group' } });
  assertUndocumentedError(phone, 400, 100001, 'Sip Group not found');
  const managed = await s.api('POST', nm('/byoc_numbers'), { body: { allocated_product: 'ZOOM_CONTACT_CENTER', phone_numbers: ['+17205550312'], sip_group_id: 'no-such-group' } });
  assertDocumentedError('addByocPhoneNumbersForNumberManagement', managed, 100001);
  assert.equal(managed.body.message, 'Sip Group not found');
  assert.equal(await findNm('+17205550311'), undefined);
  assert.equal(await findNm('+17205550312'), undefined);
});

test("a BYOC number's SIP group must serve its product; a Contact Center number must name one", async () => {
  const groups = async (product: string) =>
    (await s.api('GET', nm('/sip_groups'), { query: { allocated_product: product } })).body.sip_groups as { sip_group_id: string; display_name: string; source_system: string }[];
  const ccOnly = (await groups('ZOOM_CONTACT_CENTER')).find((g) => g.source_system === 'ZOOM_CONTACT_CENTER')!;
  const phoneOnly = (await groups('ZOOM_PHONE')).find((g) => g.source_system === 'ZOOM_PHONE')!;
  const [main] = await siteIds(s);
  const refused = [
    await s.api('POST', nm('/byoc_numbers'), { body: { allocated_product: 'ZOOM_CONTACT_CENTER', phone_numbers: ['+17205550321'] } }),
    await s.api('POST', nm('/byoc_numbers'), { body: { allocated_product: 'ZOOM_CONTACT_CENTER', phone_numbers: ['+17205550321'], sip_group_id: phoneOnly.sip_group_id } }),
    await s.api('POST', nm('/byoc_numbers'), { body: { allocated_product: 'ZOOM_PHONE', site_id: main, phone_numbers: ['+17205550321'], sip_group_id: ccOnly.sip_group_id } }),
  ];
  for (const res of refused) assertDocumentedError('addByocPhoneNumbersForNumberManagement', res, 100001);
  const phone = await s.api('POST', '/phone/byoc_numbers', { body: { carrier: 'Acme', site_id: main, phone_numbers: ['+17205550321'], sip_group_id: ccOnly.sip_group_id } });
  assertUndocumentedError(phone, 400, 100001, 'Sip Group not found');
  assert.equal(await findNm('+17205550321'), undefined);
  const ok = await s.api('POST', nm('/byoc_numbers'), { body: { allocated_product: 'ZOOM_CONTACT_CENTER', phone_numbers: ['+17205550321'], sip_group_id: ccOnly.sip_group_id } });
  assertContract('addByocPhoneNumbersForNumberManagement', ok);
  assert.deepEqual((await findNm('+17205550321')).sip_group, { id: ccOnly.sip_group_id, name: ccOnly.display_name });
});

test('Phone BYOC: a number that exists anywhere in the sandbox, a malformed one or an unknown site is refused; none is added', async () => {
  const other = await otherAccount(s, 'numbers-other-byoc');
  const theirs = await addNumber(s, { accountId: other.accountId });
  const [main] = await siteIds(s);
  const refusals: [unknown, string][] = [
    [{ carrier: 'Acme', phone_numbers: ['+17205550301', theirs.number], site_id: main }, `Phone number already exists: ${theirs.number}.`],
    [{ carrier: 'Acme', phone_numbers: ['+17205550301', '7205550302'], site_id: main }, 'Invalid phone number: 7205550302. The value should be in E164 format.'],
    [{ carrier: 'Acme', phone_numbers: ['+17205550301'], site_id: 'nope' }, 'Site does not exist: nope.'],
    [{ carrier: 'Acme', phone_numbers: [], site_id: main }, 'phone_numbers cannot be empty.'],
  ];
  for (const [body, message] of refusals) assertUndocumentedError(await s.api('POST', '/phone/byoc_numbers', { body }), 400, 300, message);
  assert.equal(await findNm('+17205550301'), undefined);
  // The demo account has three sites: which one is not left to guess.
  const siteless = await s.api('POST', '/phone/byoc_numbers', { body: { carrier: 'Acme', phone_numbers: ['+17205550301'] } });
  assertUndocumentedError(siteless, 400, 1002003, 'Site cannot be empty in zoom phone');
  assert.equal(await findNm('+17205550301'), undefined);
});

test('Number Management BYOC: adds local and E.164 numbers with their product; both views show them', async () => {
  const [main] = await siteIds(s);
  const res = await s.api('POST', nm('/byoc_numbers'), { body: { allocated_product: 'ZOOM_PHONE', site_id: main, country_iso: 'US', phone_numbers: ['(720) 555-0401', '+17205550402'] } });
  assertContract('addByocPhoneNumbersForNumberManagement', res);
  const local = await findNm('+17205550401');
  assert.equal(local.source, 'BYOCPremises');
  assert.equal(local.site.site_id, main);
  assert.equal(local.address_update_required, true);
  assert.equal((await s.api('GET', `/phone/numbers/${local.id}`)).body.number, '+17205550401');
  const cc = await s.api('POST', nm('/byoc_numbers'), { body: { allocated_product: 'ZOOM_CONTACT_CENTER', phone_numbers: ['+17205550403'], sip_group_id: (await sipGroup()).id } });
  assertContract('addByocPhoneNumbersForNumberManagement', cc);
  const ccNumber = await findNm('+17205550403');
  assert.equal(ccNumber.allocated_product, 'ZOOM_CONTACT_CENTER');
  assertDocumentedError('getAPhoneNumber', await s.api('GET', `/phone/numbers/${ccNumber.id}`), 400);
  // Confirming the emergency address clears the flag.
  assertContract('updateAPhoneNumberForNumberManagement', await s.api('PATCH', nm(`/numbers/${local.id}`), { body: { confirm_address_update: true } }));
  assert.equal((await findNm('+17205550401')).address_update_required, false);
  assert.equal((await s.api('GET', `/phone/numbers/${local.id}`)).body.emergency_address_status, 2);
});

test("confirming a BYOC number's emergency address through the Phone API clears Number Management's address_update_required", async () => {
  const res = await s.api('POST', nm('/byoc_numbers'), { body: { allocated_product: 'ZOOM_PHONE', site_id: (await siteIds(s))[0], phone_numbers: ['+17205550421'] } });
  assertContract('addByocPhoneNumbersForNumberManagement', res);
  const added = await findNm('+17205550421');
  assert.equal(added.address_update_required, true);
  assertContract('updateAPhoneNumber', await s.api('PATCH', `/phone/numbers/${added.id}`, { body: { emergency_address_status: 2 } }));
  assert.equal((await findNm('+17205550421')).address_update_required, false);
});

test('Number Management BYOC errors: 1000 lists bad and existing numbers, 1002003, 1002010, 1003001; none is added', async () => {
  const failed = await s.api('POST', nm('/byoc_numbers'), { body: { allocated_product: 'ZOOM_PHONE', site_id: (await siteIds(s))[0], phone_numbers: ['+17205550501', '+14085551000', '12'] } });
  assertDocumentedError('addByocPhoneNumbersForNumberManagement', failed, 1000);
  assert.match(failed.body.message, /\+14085551000.*already exists/);
  assert.match(failed.body.message, /"12".*format invalid/);
  // The demo account has several sites, so a Phone number needs one named.
  assertDocumentedError('addByocPhoneNumbersForNumberManagement', await s.api('POST', nm('/byoc_numbers'), { body: { allocated_product: 'ZOOM_PHONE', phone_numbers: ['+17205550501'] } }), 1002003);
  assertDocumentedError('addByocPhoneNumbersForNumberManagement', await s.api('POST', nm('/byoc_numbers'), { body: { allocated_product: 'ZOOM_PHONE', site_id: 'nope', phone_numbers: ['+17205550501'] } }), 1002010);
  const many = Array.from({ length: 101 }, (_, i) => `+1720556${String(i).padStart(4, '0')}`);
  assertDocumentedError('addByocPhoneNumbersForNumberManagement', await s.api('POST', nm('/byoc_numbers'), { body: { allocated_product: 'ZOOM_CONTACT_CENTER', phone_numbers: many } }), 1003001);
  assert.equal(await findNm('+17205550501'), undefined);
  assert.equal(await findNm('+17205560000'), undefined);
});

test('site_id is only required if the account has enabled multiple sites: one site takes the numbers, two need one named', async () => {
  const other = await otherAccount(s, 'numbers-byoc-one-site');
  const token = other.token;
  const site = await s.api('POST', '/phone/sites', { token, body: { name: 'Only Site', auto_receptionist_name: 'AR', default_emergency_address: ADDRESS } });
  assertContract('createAPhoneSite', site);
  const phone = await s.api('POST', '/phone/byoc_numbers', { token, body: { carrier: 'Acme', phone_numbers: ['+17205550601'] } });
  assertContract('addByocPhoneNumbers', phone);
  const [added] = phone.body.phone_numbers;
  assert.equal(added.number, '+17205550601');
  const shown = await s.api('GET', `/phone/numbers/${added.id}`, { token });
  assert.deepEqual(shown.body.site, { id: site.body.id, name: 'Only Site' });
  const managed = await s.api('POST', '/accounts/me/number_management/byoc_numbers', { token, body: { allocated_product: 'ZOOM_PHONE', phone_numbers: ['+17205550602'] } });
  assertContract('addByocPhoneNumbersForNumberManagement', managed);
  const listed = await s.api('GET', '/accounts/me/number_management/numbers', { token, query: { keyword: '7205550602' } });
  assert.deepEqual(listed.body.numbers.map((n: { site: unknown }) => n.site), [{ site_id: site.body.id, name: 'Only Site' }]);

  assertContract('createAPhoneSite', await s.api('POST', '/phone/sites', { token, body: { name: 'Second Site', auto_receptionist_name: 'AR2', default_emergency_address: ADDRESS } }));
  assertUndocumentedError(await s.api('POST', '/phone/byoc_numbers', { token, body: { carrier: 'Acme', phone_numbers: ['+17205550603'] } }), 400, 1002003, 'Site cannot be empty in zoom phone');
  assertDocumentedError(
    'addByocPhoneNumbersForNumberManagement',
    await s.api('POST', '/accounts/me/number_management/byoc_numbers', { token, body: { allocated_product: 'ZOOM_PHONE', phone_numbers: ['+17205550603'] } }),
    'siteCannotBeEmptyInZoom',
  );
  const none = await s.api('GET', '/accounts/me/number_management/numbers', { token, query: { keyword: '7205550603' } });
  assert.deepEqual(none.body.numbers, []);
});

test('Number Management BYOC: a local number needs country_iso; without it, it is Phone Number format invalid and none is added', async () => {
  const [main] = await siteIds(s);
  const res = await s.api('POST', nm('/byoc_numbers'), { body: { allocated_product: 'ZOOM_PHONE', site_id: main, phone_numbers: ['+17205550701', '(720) 555-0702'] } });
  assertDocumentedError('addByocPhoneNumbersForNumberManagement', res, 'someDataFailedForExample');
  assert.equal(res.body.message, 'Some data failed. [{"phoneNumber":"(720) 555-0702","reason":"Phone Number format invalid"}]');
  assert.equal(await findNm('+17205550701'), undefined);
  const gb = await s.api('POST', nm('/byoc_numbers'), { body: { allocated_product: 'ZOOM_PHONE', site_id: main, country_iso: 'GB', phone_numbers: ['020 7946 0703'] } });
  assertContract('addByocPhoneNumbersForNumberManagement', gb);
  const added = await findNm('+442079460703');
  assert.equal(added.location.country, 'GB');
  assert.equal(added.number_type, 'Toll');
});

test('Number Management BYOC: 100 numbers in one request are added, 101 are refused with 1003001', async () => {
  const numbers = (from: number, count: number) => Array.from({ length: count }, (_, i) => `+1720557${String(from + i).padStart(4, '0')}`);
  const many = await s.api('POST', nm('/byoc_numbers'), { body: { allocated_product: 'ZOOM_CONTACT_CENTER', phone_numbers: numbers(0, 100), sip_group_id: (await sipGroup()).id } });
  assertContract('addByocPhoneNumbersForNumberManagement', many);
  const listed = await s.api('GET', nm('/numbers'), { query: { keyword: '+1720557', page_size: 200 } });
  assert.equal(listed.body.numbers.length, 100);
  const tooMany = await s.api('POST', nm('/byoc_numbers'), { body: { allocated_product: 'ZOOM_CONTACT_CENTER', phone_numbers: numbers(100, 101), sip_group_id: (await sipGroup()).id } });
  assertDocumentedError('addByocPhoneNumbersForNumberManagement', tooMany, 'tooManyNumbersShouldLessThan');
  assert.equal(await findNm('+17205570100'), undefined);
});

test('Number Management BYOC: enable_pci_pal adds the PCIPal capability', async () => {
  const res = await s.api('POST', nm('/byoc_numbers'), {
    body: { allocated_product: 'ZOOM_CONTACT_CENTER', phone_numbers: ['+17205550801'], sip_group_id: (await sipGroup()).id, enable_pci_pal: true },
  });
  assertContract('addByocPhoneNumbersForNumberManagement', res);
  assert.deepEqual((await findNm('+17205550801')).capability, ['Incoming', 'Outgoing', 'PCIPal']);
});
