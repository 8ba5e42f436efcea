// The sms room's demo records: campaigns cannot be created through the API (a
// 10DLC campaign is registered with the carriers), so the demo account gets a few
// in each state, some holding numbers, plus one consent policy and opt statuses.
import type { DemoGraph } from '../../kit/seed.ts';
import { CONSENT_CAPACITY } from './rules.ts';
import { numbersById } from '../numbers/public.ts';

const OPT_IN_PROMPT =
  'Text START to receive text messages from Switchboard Demo. Message frequency may vary. Message and Data Rates may apply. ' +
  'To end messaging from us, reply with STOP. Reply with HELP for more information.';

interface DemoCampaign {
  name: string;
  status: string;
  service_type: string;
  capacity: number;
  /** indexes into the demo graph's numbers */
  numbers: number[];
}

const CAMPAIGNS: DemoCampaign[] = [
  { name: 'Customer Care Notifications', status: 'active', service_type: 'zoomPhone', capacity: 10, numbers: [0, 1] },
  { name: 'Contact Center Follow-ups', status: 'active', service_type: 'contactCenter', capacity: 2, numbers: [] },
  { name: 'Spring Marketing', status: 'pending', service_type: 'zoomPhone', capacity: 10, numbers: [2] },
  { name: 'Holiday Promotions 2023', status: 'expired', service_type: 'zoomPhone', capacity: 10, numbers: [] },
];

function campaignData(name: string) {
  return JSON.stringify({
    auto_renew: true,
    use_case: 'lowVolumeMixed',
    categories_fit: true,
    content_type: ['urlLink'],
    sample_messages: [1, 2, 3, 4, 5].map((i) => `${name}: sample message ${i}`),
    response_to_help: 'Switchboard Demo: reply STOP to stop, START to start again.',
    response_to_opt_in: 'You are subscribed to Switchboard Demo messages.',
    response_to_opt_out: 'You are unsubscribed from Switchboard Demo messages. No more messages will be sent.',
    opt_in_message: OPT_IN_PROMPT,
  });
}

export async function seedSms(graph: DemoGraph): Promise<void> {
  const { db, ids, now } = graph;
  const brand = { id: `B-${ids.next()}`, name: 'Switchboard Demo' };
  const owners: [string, DemoCampaign[], { id: string; name: string }][] = [
    [graph.accountId, CAMPAIGNS, brand],
    [graph.subAccountId, [{ name: 'Sub Account Alerts', status: 'active', service_type: 'zoomPhone', capacity: 5, numbers: [] }], { id: `B-${ids.next()}`, name: 'Switchboard Demo Sub' }],
  ];
  for (const [accountId, campaigns, b] of owners) {
    for (const c of campaigns) {
      const id = `C-${ids.next()}`;
      await db
        .insertInto('sms_campaigns')
        .values({
          id,
          account_id: accountId,
          display_name: c.name,
          status: c.status,
          service_type: c.service_type,
          brand_id: b.id,
          brand_name: b.name,
          capacity: c.capacity,
          used: c.numbers.length,
          data: campaignData(c.name),
          created_at: now,
        })
        .execute();
      for (const i of c.numbers) {
        await db.insertInto('sms_campaign_numbers').values({ account_id: accountId, campaign_id: id, number_id: graph.numberIds[i], created_at: now }).execute();
      }
    }
  }

  const consentId = `C-${ids.next()}`;
  await db
    .insertInto('sms_consents')
    .values({
      id: consentId,
      account_id: graph.accountId,
      name: 'Demo consent',
      description: 'Used by the demo team for reminders and customer support.',
      status: 1,
      in_out_bound: JSON.stringify({
        opt_in_message: { prompt: OPT_IN_PROMPT, keywords: ['START'], confirmation_message: "You're subscribed!" },
        opt_out_message: { message: 'You are unsubscribed. No more messages will be sent.', keywords: ['STOP'] },
        help_message: { message: 'Switchboard Demo: reply STOP to stop, START to start again.', keywords: ['HELP'] },
        disclaimer: { message: 'Message and data rates may apply.', enable: true },
      }),
      capacity: CONSENT_CAPACITY,
      used: 1,
      created_at: now,
      modified_at: now,
    })
    .execute();
  await db.insertInto('sms_consent_numbers').values({ account_id: graph.accountId, consent_id: consentId, number_id: graph.numberIds[4], created_at: now }).execute();

  // One consumer has answered two demo numbers: STOP to a campaign number, START to the consent's.
  const said: [number, string][] = [
    [0, 'opt_out'],
    [4, 'opt_in'],
  ];
  const numbers = await numbersById(db, graph.accountId, said.map(([i]) => graph.numberIds[i]));
  for (const [i, opt_status] of said) {
    const { number } = numbers.get(graph.numberIds[i])!;
    await db
      .insertInto('sms_opt_statuses')
      .values({ account_id: graph.accountId, zoom_number: number, consumer_number: '+15043449240', opt_status, updated_at: now })
      .execute();
  }
}
