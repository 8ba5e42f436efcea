import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError } from '../../support/contract.ts';
import { ADDRESS, SUB, addNumber, addUser, sites, tokenFor } from '../../support/org.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

async function createSite(body: Record<string, unknown> = {}) {
  return s.api('POST', '/phone/sites', { body: { name: `Site ${Math.random().toString(36).slice(2, 7)}`, auto_receptionist_name: 'Front Desk', default_emergency_address: ADDRESS, ...body } });
}

test('a created site is listed, with its auto receptionist and default emergency address', async () => {
  const created = await createSite({ name: 'Austin Office', auto_receptionist_name: 'Austin Reception', site_code: 40, short_extension: { length: 4 } });
  assertContract('createAPhoneSite', created);
  assert.equal(created.body.name, 'Austin Office');

  const got = await s.api('GET', `/phone/sites/${created.body.id}`);
  assertContract('getPhoneSiteDetails', got);
  assert.equal(got.body.site_code, 40);
  assert.equal(got.body.short_extension.length, 4);
  assert.equal(got.body.main_auto_receptionist.name, 'Austin Reception');
  assert.equal(String(got.body.main_auto_receptionist.extension_number).slice(0, 2), '40', 'the receptionist extension sits inside the site code');
  assert.deepEqual(got.body.country, { code: 'US', name: 'United States' });
  assert.equal(got.body.default_emergency_address.address_line1, ADDRESS.address_line1);
  assert.equal(got.body.default_emergency_address.is_default, true);

  const list = await s.api('GET', '/phone/sites', { query: { page_size: 300 } });
  assertContract('listPhoneSites', list);
  const listed = list.body.sites.find((x: { id: string }) => x.id === created.body.id);
  assert.equal(listed.main_auto_receptionist.id, got.body.main_auto_receptionist.id);
  assert.equal(list.body.total_records, list.body.sites.length);
});

test('sites page with next_page_token and total_records', async () => {
  const first = await s.api('GET', '/phone/sites', { query: { page_size: 2 } });
  assertContract('listPhoneSites', first);
  assert.equal(first.body.sites.length, 2);
  assert.ok(first.body.next_page_token);
  const second = await s.api('GET', '/phone/sites', { query: { page_size: 2, next_page_token: first.body.next_page_token } });
  assertContract('listPhoneSites', second);
  const ids = new Set([...first.body.sites, ...second.body.sites].map((x: { id: string }) => x.id));
  assert.equal(ids.size, first.body.sites.length + second.body.sites.length);
  assert.equal(second.body.total_records, first.body.total_records);
});

test('site code plus short extension longer than 6 digits is refused and creates nothing', async () => {
  const before = (await sites(s)).length;
  const res = await createSite({ site_code: 1234, short_extension: { length: 3 } });
  assertDocumentedError('createAPhoneSite', res, 400);
  assert.match(res.body.message, /Invalid site code length/);
  assert.equal((await sites(s)).length, before);
});

test('an unknown country and a blank address line are the documented errors', async () => {
  const country = await createSite({ default_emergency_address: { ...ADDRESS, country: 'XX' } });
  assertDocumentedError('createAPhoneSite', country, 400);
  assert.match(country.body.message, /Country information is invalid/);
  const blank = await createSite({ default_emergency_address: { ...ADDRESS, address_line1: ' ' } });
  assertDocumentedError('createAPhoneSite', blank, 400);
  assert.match(blank.body.message, /could not be validated/);
});

test('an India site needs state, city and entity name', async () => {
  const india = { ...ADDRESS, country: 'IN', state_code: 'MH', city: 'Mumbai', zip: '400001' };
  const res = await createSite({ default_emergency_address: india });
  assertDocumentedError('createAPhoneSite', res, 400);
  assert.match(res.body.message, /state and city should not be empty/);
  const noEntity = await createSite({ default_emergency_address: india, india_state_code: 'MH', india_city: 'Mumbai' });
  assert.match(noEntity.body.message, /India Entity Name is required/);
  const ok = await createSite({ default_emergency_address: india, india_state_code: 'MH', india_city: 'Mumbai', india_entity_name: 'Demo India' });
  assertContract('createAPhoneSite', ok);
});

test('an unknown site id is the documented not-found of each operation', async () => {
  assertDocumentedError('getPhoneSiteDetails', await s.api('GET', '/phone/sites/nope'), 400);
  assertDocumentedError('updatePhoneSiteDetails', await s.api('PATCH', '/phone/sites/nope', { body: { name: 'x' } }), 300);
  const [main] = await sites(s);
  assertDocumentedError('deleteAPhoneSite', await s.api('DELETE', '/phone/sites/nope', { query: { transfer_site_id: main.id } }), 400);
});

test('an update changes name, code, caller id name and short extension ranges, and is read back', async () => {
  const created = await createSite({ site_code: 51 });
  const id = created.body.id;
  const res = await s.api('PATCH', `/phone/sites/${id}`, {
    body: { name: 'Renamed Site', site_code: 52, caller_id_name: 'Renamed', short_extension: { length: 3, ranges: [{ range_from: '100', range_to: '199' }] }, policy: { sms: { enable: true } } },
  });
  assertContract('updatePhoneSiteDetails', res);
  const got = await s.api('GET', `/phone/sites/${id}`);
  assertContract('getPhoneSiteDetails', got);
  assert.equal(got.body.name, 'Renamed Site');
  assert.equal(got.body.site_code, 52);
  assert.equal(got.body.caller_id_name, 'Renamed');
  // The contract's site details show short_extension.length only, so the ranges are kept but not shown.
  assert.equal(got.body.short_extension.length, 3);
  assert.equal(got.body.policy.sms.enable, true);
  const list = await s.api('GET', '/phone/sites', { query: { page_size: 300 } });
  assert.equal(list.body.sites.find((x: { id: string }) => x.id === id).name, 'Renamed Site');
});

test('update refuses bad lengths, ranges and a country change, and changes nothing', async () => {
  const created = await createSite({ site_code: 61 });
  const id = created.body.id;
  const cases: [Record<string, unknown>, RegExp][] = [
    [{ short_extension: { length: 6 } }, /Invalid short extension number length/],
    [{ site_code: 12345 }, /Invalid site code length/],
    [{ short_extension: { length: 3, ranges: [{ range_from: '10', range_to: '199' }] } }, /Align the range/],
    [{ short_extension: { length: 3, ranges: [{ range_from: '300', range_to: '200' }] } }, /must be smaller than/],
    [{ short_extension: { length: 3, ranges: [{ range_from: '100', range_to: '200' }, { range_from: '150', range_to: '250' }] } }, /intersections/],
    [{ short_extension: { length: 3, ranges: [{ range_from: '', range_to: '200' }] } }, /can not be empty/],
    [{ short_extension: { length: 3, ranges: [{ range_from: '1a0', range_to: '200' }] } }, /digits only/],
    [{ default_emergency_address: { ...ADDRESS, country: 'GB' } }, /Change country is not allowed/],
    [{ name: 'Should not stick', default_emergency_address: { ...ADDRESS, zip: '' } }, /could not be validated/],
  ];
  for (const [body, message] of cases) {
    const res = await s.api('PATCH', `/phone/sites/${id}`, { body });
    assertDocumentedError('updatePhoneSiteDetails', res, 300);
    assert.match(res.body.message, message);
  }
  const got = await s.api('GET', `/phone/sites/${id}`);
  assert.equal(got.body.site_code, 61);
  assert.equal(got.body.name, created.body.name);
  assert.equal(got.body.short_extension.length, 3);
});

test('deleting a site moves its users and numbers to the transfer site', async () => {
  const doomed = (await createSite()).body.id;
  const target = (await createSite()).body.id;
  const user = await addUser(s, { siteId: doomed });
  const assigned = await addNumber(s, { siteId: doomed, assignee: user });
  const spare = await addNumber(s, { siteId: doomed });

  const res = await s.api('DELETE', `/phone/sites/${doomed}`, { query: { transfer_site_id: target } });
  assertContract('deleteAPhoneSite', res);

  assertDocumentedError('getPhoneSiteDetails', await s.api('GET', `/phone/sites/${doomed}`), 400);
  const profile = await s.api('GET', `/phone/users/${user}`);
  assert.equal(profile.body.site_id, target);
  assert.deepEqual(profile.body.phone_numbers.map((n: { id: string }) => n.id), [assigned.id]);
  const inSite = await s.api('GET', '/phone/users', { query: { site_id: target } });
  assert.ok(inSite.body.users.some((u: { id: string }) => u.id === user));
  const number = await s.api('GET', `/phone/numbers/${spare.id}`);
  assert.equal(number.status, 200);
  assert.equal(number.body.site.id, target);
  const rows = await s.sandbox.db.selectFrom('phone_numbers').select(['id', 'site_id']).where('id', 'in', [assigned.id, spare.id]).execute();
  assert.deepEqual(rows.map((r) => r.site_id), [target, target]);
});

test('delete refuses the same site, the main site and an unknown transfer site, and moves nothing', async () => {
  const [main] = await sites(s);
  const site = (await createSite()).body.id;
  const user = await addUser(s, { siteId: site });
  const same = await s.api('DELETE', `/phone/sites/${site}`, { query: { transfer_site_id: site } });
  assertDocumentedError('deleteAPhoneSite', same, 400);
  assert.match(same.body.message, /same site/);
  const unknown = await s.api('DELETE', `/phone/sites/${site}`, { query: { transfer_site_id: 'nope' } });
  assertDocumentedError('deleteAPhoneSite', unknown, 400);
  assert.match(unknown.body.message, /Site does not exist/);
  const mainRes = await s.api('DELETE', `/phone/sites/${main.id}`, { query: { transfer_site_id: site } });
  assert.equal(mainRes.status, 400);
  assert.equal(mainRes.body.code, 400);
  assertContract('getPhoneSiteDetails', await s.api('GET', `/phone/sites/${main.id}`));
  assertContract('getPhoneSiteDetails', await s.api('GET', `/phone/sites/${site}`));
  assert.equal((await s.api('GET', `/phone/users/${user}`)).body.site_id, site);
});

test("a sub account has its own sites; another account's site is unknown", async () => {
  const token = await tokenFor(s, SUB);
  const subList = await s.api('GET', '/phone/sites', { token });
  assertContract('listPhoneSites', subList);
  const subSites = await sites(s, SUB);
  assert.deepEqual(subList.body.sites.map((x: { id: string }) => x.id), subSites.map((x) => x.id));
  const created = await s.api('POST', '/phone/sites', { token, body: { name: 'Sub Branch', auto_receptionist_name: 'Sub AR', default_emergency_address: ADDRESS } });
  assertContract('createAPhoneSite', created);
  assertDocumentedError('getPhoneSiteDetails', await s.api('GET', `/phone/sites/${created.body.id}`), 400);
  const [main] = await sites(s);
  assertDocumentedError('deleteAPhoneSite', await s.api('DELETE', `/phone/sites/${created.body.id}`, { query: { transfer_site_id: main.id } }), 400);
  const fromSub = await s.api('DELETE', `/phone/sites/${created.body.id}`, { token, query: { transfer_site_id: main.id } });
  assertDocumentedError('deleteAPhoneSite', fromSub, 400);
});

test('the first site of a new account becomes its main site', async () => {
  const token = await tokenFor(s, 'org-fresh', true);
  const created = await s.api('POST', '/phone/sites', { token, body: { name: 'Only', auto_receptionist_name: 'AR', default_emergency_address: ADDRESS } });
  assertContract('createAPhoneSite', created);
  const second = await s.api('POST', '/phone/sites', { token, body: { name: 'Second', auto_receptionist_name: 'AR2', default_emergency_address: ADDRESS } });
  const res = await s.api('DELETE', `/phone/sites/${created.body.id}`, { token, query: { transfer_site_id: second.body.id } });
  assert.equal(res.status, 400, 'the main site stays');
  assertContract('deleteAPhoneSite', await s.api('DELETE', `/phone/sites/${second.body.id}`, { token, query: { transfer_site_id: created.body.id } }));
});
