// Customized outbound caller ID lists through Zoom's own JavaScript SDK (@zoom/rivet,
// pinned): its method names, its bodies and its customize_ids[]= query arrays.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { PhoneS2SAuthClient } from '@zoom/rivet/phone';
import { startServer, type TestServer } from '../../support/server.ts';
import { phoneEndpoints } from '../../support/sdk.ts';
import { addUser, sites } from '../../support/org.ts';
import { addNumber } from '../../support/fixtures.ts';

let s: TestServer;
let phone: PhoneS2SAuthClient['endpoints'];
before(async () => {
  s = await startServer();
  phone = await phoneEndpoints(s);
});
after(() => s.close());

test("through Zoom's SDK: numbers join a site's and a user's list, are listed and removed", async () => {
  const siteId = (await sites(s))[1]!.id;
  const [a, b] = [await addNumber(s, { site_id: siteId, prefix: '+1415668' }), await addNumber(s, { site_id: siteId, prefix: '+1415668' })];
  const added = await phone.sites.addCustomizedOutboundCallerIDPhoneNumbers({ path: { siteId }, body: { phone_number_ids: [a.id, b.id] } });
  assert.equal(added.statusCode, 201);
  const listed = await phone.sites.listCustomizedOutboundCallerIDPhoneNumbers({ path: { siteId }, query: { selected: true, site_id: siteId } });
  const mine = listed.data!.customize_numbers!.filter((n) => n.phone_number_id === a.id || n.phone_number_id === b.id);
  assert.deepEqual(mine.map((n) => n.phone_number), [a.number, b.number]);
  const removed = await phone.sites.removeCustomizedOutboundCallerIDPhoneNumbers({ path: { siteId }, query: { customize_ids: mine.map((n) => n.customize_id!) } });
  assert.equal(removed.statusCode, 204);
  const after = await phone.sites.listCustomizedOutboundCallerIDPhoneNumbers({ path: { siteId }, query: { site_id: siteId } });
  assert.ok(!after.data!.customize_numbers!.some((n) => n.phone_number_id === a.id || n.phone_number_id === b.id));

  const userId = await addUser(s, { siteId });
  const users = phone.users;
  assert.equal((await users.addPhoneNumbersForUsersCustomizedOutboundCallerID({ path: { userId }, body: { phone_number_ids: [a.id] } })).statusCode, 201);
  const own = await users.listUsersPhoneNumbersForCustomizedOutboundCallerID({ path: { userId }, query: { page_size: 10 } });
  assert.deepEqual(own.data!.customize_numbers!.map((n) => n.phone_number_id), [a.id]);
  const customizeId = own.data!.customize_numbers![0]!.customize_id!;
  assert.equal((await users.removeUsersCustomizedOutboundCallerIDPhoneNumbers({ path: { userId }, query: { customize_ids: [customizeId] } })).statusCode, 204);
  const none = await users.listUsersPhoneNumbersForCustomizedOutboundCallerID({ path: { userId } });
  assert.deepEqual(none.data!.customize_numbers, []);
});
