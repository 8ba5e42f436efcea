// The users room's demo records: the core demo writes each user's calling plans into
// the user's JSON; here they become rows of phone_user_calling_plans, the one place
// a user's plans are read from (the billing seed then counts them into the inventory).
import type { DemoGraph } from '../seed.ts';

export async function seedUsers(graph: DemoGraph): Promise<void> {
  const { db, now } = graph;
  const users = await db.selectFrom('phone_users').select(['id', 'account_id', 'data']).where('id', 'in', graph.userIds.length ? graph.userIds : ['']).execute();
  for (const u of users) {
    const data = JSON.parse(u.data);
    const plans: { type: number }[] = Array.isArray(data.calling_plans) ? data.calling_plans : [];
    for (const p of plans) {
      await db.insertInto('phone_user_calling_plans').values({ account_id: u.account_id, user_id: u.id, type: p.type, billing_account_id: null, billing_subscription_id: null, created_at: now }).execute();
    }
    delete data.calling_plans;
    await db.updateTable('phone_users').set({ data: JSON.stringify(data) }).where('id', '=', u.id).execute();
  }
}
