// Zoom's own JavaScript SDK (@zoom/rivet, pinned) pointed at the sandbox
// (test/support/sdk.ts): a provisioning flow through its Phone client, as an
// integrator writes it.
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

test("through Zoom's SDK: create and delete a site, unassign a number and a calling plan, list opt statuses", async () => {
  const listed = await phone.sites.listPhoneSites({ query: {} });
  assert.equal(listed.statusCode, 200);
  const main = listed.data!.sites![0];

  const created = await phone.sites.createPhoneSite({ body: { name: 'SDK Branch', auto_receptionist_name: 'SDK Reception', default_emergency_address: ADDRESS } });
  assert.equal(created.statusCode, 201);
  const branch = created.data!.id!;
  // axios sends DELETE with Content-Type: application/json and no body.
  const deleted = await phone.sites.deletePhoneSite({ path: { siteId: branch }, query: { transfer_site_id: main.id! } });
  assert.equal(deleted.statusCode, 204);
  const afterDelete = await phone.sites.listPhoneSites({ query: {} });
  assert.ok(!afterDelete.data!.sites!.some((site) => site.id === branch));

  // A user holding a number and a calling plan gives both up.
  const users = (await phone.users.listPhoneUsers({ query: {} })).data!.users!;
  const holder = users.find((u) => (u.phone_numbers?.length ?? 0) > 0 && (u.calling_plans?.length ?? 0) > 0);
  assert.ok(holder, 'a demo user holds a number and a calling plan');
  const number = holder.phone_numbers![0];
  const unassigned = await phone.phoneNumbers.unassignPhoneNumber({ path: { userId: holder.id!, phoneNumberId: number.id! } });
  assert.equal(unassigned.statusCode, 204);
  const plan = holder.calling_plans![0];
  const dropped = await phone.users.unassignUsersCallingPlan({ path: { userId: holder.id!, planType: String(plan.type) } });
  assert.equal(dropped.statusCode, 204);
  const profile = (await phone.users.getUsersProfile({ path: { userId: holder.id! } })).data!;
  assert.ok(!(profile.phone_numbers ?? []).some((n) => n.id === number.id));
  assert.ok(!(profile.calling_plans ?? []).some((p) => p.type === plan.type));

  // Array query parameters the SDK writes as name[]=: both lists arrive whole.
  const owner = users.find((u) => u.id !== holder.id && (u.phone_numbers?.length ?? 0) > 0)!;
  const mine = owner.phone_numbers!.map((n) => n.number!);
  const consumers = ['+14155550100', '+14155550101'];
  const statuses = await phone.sMSCampaign.listUsersOptStatusesOfPhoneNumbers({
    path: { userId: owner.id! },
    query: { consumer_phone_numbers: consumers, zoom_phone_user_numbers: mine },
  });
  assert.equal(statuses.statusCode, 200);
  const pairs = statuses.data!.phone_number_campaign_opt_statuses.map((p) => `${p.consumer_phone_number} ${p.zoom_phone_user_number}`);
  for (const consumer of consumers) for (const n of mine) assert.ok(pairs.includes(`${consumer} ${n}`), `${consumer} with ${n} in ${JSON.stringify(pairs)}`);
});
