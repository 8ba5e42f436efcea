// The users family's demo records: six users enabled for phone across the demo
// sites, each holding the US/CA unlimited calling plan (the billing seed then
// counts these plans into the account's inventory).
import type { DemoGraph } from '../../kit/seed.ts';
import { claimExtension } from '../extensions/public.ts';

const USERS = [
  ['Ada Lovelace', 'ada@demo.switchboard.test', 0],
  ['Grace Hopper', 'grace@demo.switchboard.test', 0],
  ['Alan Turing', 'alan@demo.switchboard.test', 2],
  ['Katherine Johnson', 'katherine@demo.switchboard.test', 1],
  ['Edsger Dijkstra', 'edsger@demo.switchboard.test', 1],
  ['Barbara Liskov', 'barbara@demo.switchboard.test', 0],
] as const;

const DEMO_PLAN_TYPE = 200;

export async function seedUsers(graph: DemoGraph): Promise<void> {
  const { db, ids, now } = graph;
  graph.userIds = [];
  graph.userSites = [];
  for (const [i, [name, email, site]] of USERS.entries()) {
    const id = ids.next();
    graph.userIds.push(id);
    graph.userSites.push(site);
    const extension = { id: ids.next(), number: 101 + i };
    const claim = await claimExtension(db, { accountId: graph.accountId, id: extension.id, kind: 'user', number: extension.number, name, siteId: graph.siteIds[site], ownerId: id });
    if (!claim.ok) throw new Error(`demo extension ${extension.number} is taken`);
    await db
      .insertInto('phone_users')
      .values({
        id,
        account_id: graph.accountId,
        email,
        name,
        site_id: graph.siteIds[site],
        extension_id: extension.id,
        extension_number: extension.number,
        phone_user_id: ids.next(),
        status: 'activate',
        department: i % 2 ? 'Engineering' : 'Operations',
        cost_center: 'CC-100',
        created_at: now,
        data: JSON.stringify({ activation_status: 'activated' }),
      })
      .execute();
    await db
      .insertInto('phone_user_calling_plans')
      .values({ account_id: graph.accountId, user_id: id, type: DEMO_PLAN_TYPE, billing_account_id: null, billing_subscription_id: null, created_at: now })
      .execute();
  }
}
