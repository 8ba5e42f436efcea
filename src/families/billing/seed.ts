// The billing room's demo records: what each demo account has bought. The number of
// plans in use is counted from the users' plans the users seed has recorded, so the
// inventory and the users agree from the first request.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { DemoGraph } from '../../kit/seed.ts';
import { planName } from './rules.ts';
import { plansInUse } from '../users/public.ts';

const DEMO_PLANS: [type: number, subscribed: number][] = [
  [200, 20],
  [100, 10],
  [202, 5],
  [3000, 3],
];

const SUB_PLANS: [type: number, subscribed: number][] = [[200, 5]];

async function seedInventory(db: Kysely<Database>, accountId: string, plans: [number, number][], now: number, subscription: string) {
  const inUse = await plansInUse(db, accountId);
  for (const [type, subscribed] of plans) {
    await db
      .insertInto('calling_plan_inventory')
      .values({
        account_id: accountId,
        type,
        name: planName(type)!,
        subscribed,
        assigned: inUse.get(type) ?? 0,
        billing_subscription_id: subscription,
        billing_subscription_name: 'Demo Subscription',
        billing_account_id: null,
        created_at: now,
      })
      .execute();
  }
}

export async function seedBilling(graph: DemoGraph): Promise<void> {
  const { db, ids, now, accountId, subAccountId, siteIds } = graph;
  await seedInventory(db, accountId, DEMO_PLANS, now, 'FT-SUBREF-1000001');
  await seedInventory(db, subAccountId, SUB_PLANS, now, 'FT-SUBREF-1000002');
  await db
    .insertInto('phone_number_plans')
    .values([
      { account_id: accountId, name: 'US/CA Included Phone Numbers', number_type: 'Toll', subscribed: 50, created_at: now },
      { account_id: accountId, name: 'US/CA Toll-free Numbers', number_type: 'TollFree', subscribed: 5, created_at: now },
      { account_id: subAccountId, name: 'US/CA Included Phone Numbers', number_type: 'Toll', subscribed: 10, created_at: now },
    ])
    .execute();
  await db
    .insertInto('billing_accounts')
    .values([
      { id: ids.next(), account_id: accountId, name: 'Demo billing', site_id: null, created_at: now },
      { id: ids.next(), account_id: accountId, name: 'London billing', site_id: siteIds[2] ?? null, created_at: now },
      { id: ids.next(), account_id: subAccountId, name: 'Sub account billing', site_id: null, created_at: now },
    ])
    .execute();
}
