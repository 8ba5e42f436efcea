// What the zoom-rooms tests stand on: Zoom Rooms of an account (the Zoom account's
// rooms, written straight into the table as the Rooms side of Zoom would), sites
// with a code of their own, plans in the inventory, and the views other families
// give of what a room holds.
import assert from 'node:assert/strict';
import type { TestServer } from '../../support/server.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';
import { ADDRESS } from '../../support/org.ts';

export const DEMO = DEMO_DEFAULTS.accountId;

let serial = 0;

/** A Zoom Room of the account (the demo's by default), not in Zoom Phone. */
export async function addRoom(s: TestServer, opts: { accountId?: string; name?: string } = {}): Promise<string> {
  const id = `zr-${++serial}-${Math.random().toString(36).slice(2, 10)}`;
  await s.sandbox.db
    .insertInto('zoom_rooms')
    .values({
      id, account_id: opts.accountId ?? DEMO, display_name: opts.name ?? `Room ${serial}`, location_id: `loc-${serial}`,
      location_info: 'San Jose, California, United States', department: 'Engineering', cost_center: 'CC-42', created_at: 0,
    })
    .execute();
  return id;
}

/** A site of the demo account with its own code (short extensions of 3 digits): its block is code·100 to code·999. */
export async function createSite(s: TestServer, siteCode: number): Promise<string> {
  const created = await s.api('POST', '/phone/sites', {
    body: { name: `Rooms ${siteCode}`, site_code: siteCode, auto_receptionist_name: `Rooms desk ${siteCode}`, default_emergency_address: ADDRESS },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body.id;
}

/** The account's calling plan of `type` as listCallingPlans shows it (subscribed, assigned, available). */
export async function planCounts(s: TestServer, type: number, token?: string): Promise<{ assigned: number; available: number }> {
  const res = await s.api('GET', '/phone/calling_plans', { token });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const plan = res.body.calling_plans.find((p: { type: number }) => p.type === type);
  assert.ok(plan, `the account has plans of type ${type}`);
  return { assigned: plan.assigned, available: plan.available };
}

/** Puts `subscribed` plans of `type` in the account's inventory (as a purchase would), none assigned. */
export async function buyPlans(s: TestServer, type: number, subscribed: number, name: string, accountId = DEMO): Promise<void> {
  await s.sandbox.db
    .insertInto('calling_plan_inventory')
    .values({ account_id: accountId, type, name, subscribed, assigned: 0, billing_subscription_id: 'FT-SUBREF-ROOMS', billing_subscription_name: 'Rooms', billing_account_id: null, created_at: 0 })
    .execute();
}

/** Raises how many plans of `type` the account has bought (the demo's run out over a file's rooms). */
export async function subscribeMore(s: TestServer, type: number, subscribed: number, accountId = DEMO): Promise<void> {
  await s.sandbox.db.updateTable('calling_plan_inventory').set({ subscribed }).where('account_id', '=', accountId).where('type', '=', type).execute();
}

/** The account's directory entry of the room, if it has one. */
export async function roomExtension(s: TestServer, roomId: string, accountId = DEMO) {
  const row = await s.sandbox.db
    .selectFrom('extensions')
    .select(['id', 'kind', 'extension_number', 'site_id', 'name'])
    .where('account_id', '=', accountId)
    .where('owner_id', '=', roomId)
    .executeTakeFirst();
  return row && { ...row, extension_number: Number(row.extension_number) };
}
