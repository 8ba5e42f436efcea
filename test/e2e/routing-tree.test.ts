// Zoom's own JavaScript SDK (@zoom/rivet, pinned) pointed at the sandbox
// (test/support/sdk.ts): a routing tree as an integrator builds it — a site, an
// auto receptionist whose IVR key routes to a call queue, the queue with two
// members and a number — and read back through the same client.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { PhoneS2SAuthClient } from '@zoom/rivet/phone';
import { startServer, type TestServer } from '../support/server.ts';
import { phoneEndpoints } from '../support/sdk.ts';
import { ADDRESS } from '../support/org.ts';

let s: TestServer;
let phone: PhoneS2SAuthClient['endpoints'];
before(async () => {
  s = await startServer();
  phone = await phoneEndpoints(s);
});
after(() => s.close());

test("through Zoom's SDK: a site, an auto receptionist whose IVR key routes to a call queue with two members and a number", async () => {
  const site = await phone.sites.createPhoneSite({ body: { name: 'Routing Branch', auto_receptionist_name: 'Branch Main', site_code: 77, default_emergency_address: ADDRESS } });
  assert.equal(site.statusCode, 201);
  const siteId = site.data!.id!;

  const receptionist = await phone.autoReceptionists.addAutoReceptionist({ body: { name: 'Branch Reception', site_id: siteId } });
  assert.equal(receptionist.statusCode, 201);
  const receptionistId = receptionist.data!.id!;
  assert.equal(receptionist.data!.extension_number, 77100);

  const queue = await phone.callQueues.createCallQueue({ body: { name: 'Branch Sales', site_id: siteId } });
  assert.equal(queue.statusCode, 201);
  const queueId = queue.data!.id!;
  const users = (await phone.users.listPhoneUsers({ query: { page_size: 2 } })).data!.users!;
  assert.equal(users.length, 2);
  const members = await phone.callQueues.addMembersToCallQueue({ path: { callQueueId: queueId }, body: { members: { users: users.map((u) => ({ id: u.id! })) } } });
  assert.equal(members.statusCode, 201);
  const free = (await phone.phoneNumbers.listPhoneNumbers({ query: { type: 'unassigned', page_size: 100 } })).data!.phone_numbers!;
  assert.ok(free.length >= 2, 'the demo has free numbers');
  const [queueNumber, receptionistNumber] = free;
  assert.equal((await phone.callQueues.assignNumbersToCallQueue({ path: { callQueueId: queueId }, body: { phone_numbers: [{ id: queueNumber.id! }] } })).statusCode, 204);
  assert.equal((await phone.autoReceptionists.assignPhoneNumbers({ path: { autoReceptionistId: receptionistId }, body: { phone_numbers: [{ number: receptionistNumber.number! }] } })).statusCode, 204);

  const queueDetails = (await phone.callQueues.getCallQueueDetails({ path: { callQueueId: queueId } })).data!;
  const ivr = await phone.iVR.updateAutoReceptionistIVR({
    path: { autoReceptionistId: receptionistId },
    body: { key_action: { key: '1', action: 7, target: { extension_id: queueDetails.extension_id! } } },
  });
  assert.equal(ivr.statusCode, 204);
  const noAction = await phone.iVR.updateAutoReceptionistIVR({
    path: { autoReceptionistId: receptionistId },
    body: { caller_enters_no_action: { action: 7, audio_prompt_repeat: 2, forward_to_extension_id: queueDetails.extension_id! } },
  });
  assert.equal(noAction.statusCode, 204);

  // Read back: the receptionist, its IVR, the queue it routes to, and the site's main receptionist.
  const got = (await phone.autoReceptionists.getAutoReceptionist({ path: { autoReceptionistId: receptionistId } })).data!;
  assert.deepEqual([got.name, got.extension_number, got.site?.id, got.phone_numbers], ['Branch Reception', 77100, siteId, [{ id: receptionistNumber.id, number: receptionistNumber.number }]]);
  const tree = (await phone.iVR.getAutoReceptionistIVR({ path: { autoReceptionistId: receptionistId }, query: { hours_type: 'business_hours' } })).data!;
  const key1 = tree.key_actions!.find((k) => k.key === '1')!;
  const queueTarget = { display_name: 'Branch Sales', extension_id: queueDetails.extension_id, extension_number: String(queueDetails.extension_number), id: queueId };
  assert.deepEqual([key1.action, key1.target], [7, queueTarget]);
  assert.deepEqual(tree.caller_enters_no_action, { action: 7, audio_prompt_repeat: 2, forward_to: queueTarget });
  const routed = (await phone.callQueues.getCallQueueDetails({ path: { callQueueId: key1.target!.id! } })).data!;
  assert.deepEqual(routed.members!.users!.map((u) => u.id).sort(), users.map((u) => u.id).sort());
  assert.deepEqual(routed.phone_numbers!.map((n) => n.id), [queueNumber.id]);
  assert.equal(routed.site?.id, siteId);
  const number = (await phone.phoneNumbers.getPhoneNumber({ path: { phoneNumberId: receptionistNumber.id! } })).data!;
  assert.deepEqual([number.assignee?.id, number.assignee?.type], [receptionistId, 'autoReceptionist']);

  const siteDetails = (await phone.sites.getPhoneSiteDetails({ path: { siteId } })).data!;
  const listed = (await phone.autoReceptionists.listAutoReceptionists({ query: { page_size: 300 } })).data!.auto_receptionists!;
  const main = listed.find((r) => r.id === siteDetails.main_auto_receptionist!.id)!;
  assert.deepEqual([main.name, main.extension_number, main.site?.id], ['Branch Main', siteDetails.main_auto_receptionist!.extension_number, siteId]);
});
