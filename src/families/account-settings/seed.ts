// The account-settings family's demo records: the demo account's Zoom Phone settings as
// its admin left them — multiple sites on with site codes (its sites carry codes 100,
// 200, 300 and three-digit short extensions), its account-wide billing account, device
// IPs shown in call logs, and a few account policies changed from the defaults, which
// every site and user inherits (switching calls to the mobile carrier off, locked;
// international calling on; voicemail transcripts by email; an SMS template).
import type { DemoGraph } from '../../kit/seed.ts';
import { billingAccountsAt } from '../billing/public.ts';
import type { AccountSwitches, Json } from './rules.ts';

const POLICY: Json = {
  mobile_switch_to_carrier: { enable: false, locked: true },
  international_calling: { enable: true },
  voicemail_notification_by_email: { include_voicemail_transcription: true },
  sms_template: {
    enable: true,
    sms_template_list: [{ sms_template_id: 'tmpl-callback', name: 'Call back', description: 'Missed call reply', content: 'Sorry we missed you, we will call you back shortly.', active: true }],
  },
};

export async function seedAccountSettings(graph: DemoGraph): Promise<void> {
  const { db, now, accountId } = graph;
  const billing = (await billingAccountsAt(db, accountId))[0];
  const switches: AccountSwitches = {
    ...(billing && { billing_account: { id: billing.id } }),
    multiple_sites: { enabled: true, site_code: { enable: true, short_extension_length: 3 } },
    show_device_ip_for_call_log: { enable: true },
  };
  await db
    .insertInto('phone_account_settings')
    .values({ account_id: accountId, switches: JSON.stringify(switches), policy: JSON.stringify(POLICY), updated_at: now })
    .execute();
}
