// The alerts family's demo records: the demo account watches the average wait of
// its first call queue (Sales) in business hours, and emergency calls at its main site.
import type { DemoGraph } from '../../kit/seed.ts';
import { extensionsOfKind } from '../extensions/public.ts';
import { checkConditions, isProblem, TARGET } from './rules.ts';

export async function seedAlerts(graph: DemoGraph): Promise<void> {
  const { db, ids, now, accountId } = graph;
  const [queue] = await extensionsOfKind(db, accountId, 'callQueue');
  const site = graph.siteIds[0];
  const settings = [
    queue && {
      name: `${queue.name} wait time`,
      module: 1,
      rule: 4,
      conditions: [
        { rule_condition_type: 2, rule_condition_value: '60' },
        { rule_condition_type: 3, rule_condition_value: '120' },
      ],
      target_type: TARGET.callQueue,
      target_id: queue.id,
      time_frame_type: 'specific_time' as const,
      time_frame_from: '08:00:00',
      time_frame_to: '18:00:00',
      frequency: 15,
      email_recipients: ['ada@demo.switchboard.test'],
      chat_channels: [{ chat_channel_name: 'Sales supervisors', end_point: 'https://chat.example.com/hooks/sales-supervisors', token: 'demo-sales-token' }],
    },
    site && {
      name: 'Emergency calls at the main site',
      module: 5,
      rule: 14,
      conditions: [{ rule_condition_type: 5, rule_condition_value: 'Critical' }],
      target_type: TARGET.site,
      target_id: site,
      time_frame_type: 'all_day' as const,
      time_frame_from: '00:00:00',
      time_frame_to: '00:00:00',
      frequency: null,
      email_recipients: ['grace@demo.switchboard.test', 'security@demo.switchboard.test'],
      chat_channels: [],
    },
  ];
  for (const s of settings) {
    if (!s) continue;
    const conditions = checkConditions(s.rule, s.conditions);
    if (isProblem(conditions)) throw new Error(`alerts seed: ${s.name} has conditions its rule refuses`);
    const id = ids.next();
    await db
      .insertInto('alert_settings')
      .values({
        id,
        account_id: accountId,
        name: s.name,
        module: s.module,
        rule: s.rule,
        conditions: JSON.stringify(conditions),
        target_type: s.target_type,
        time_frame_type: s.time_frame_type,
        time_frame_from: s.time_frame_from,
        time_frame_to: s.time_frame_to,
        frequency: s.frequency,
        email_recipients: JSON.stringify(s.email_recipients),
        chat_channels: JSON.stringify(s.chat_channels),
        status: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db.insertInto('alert_setting_targets').values({ account_id: accountId, alert_setting_id: id, rule: s.rule, target_type: s.target_type, target_id: s.target_id }).execute();
  }
}
