// The routing-rules family's demo record: one account-level rule sending the
// demo's internal 4-digit range to the other sites.
import type { DemoGraph } from '../../kit/seed.ts';

export async function seedRoutingRules(graph: DemoGraph): Promise<void> {
  const { db, ids, now, accountId } = graph;
  await db
    .insertInto('routing_rules')
    .values({
      id: ids.next(), account_id: accountId, site_id: null, name: 'Other sites short dial', number_pattern: '^[2-9]\\d{3}$',
      translation: null, type: 'other_sites', sip_group_id: null, rule_order: 1, created_at: now,
    })
    .execute();
}
