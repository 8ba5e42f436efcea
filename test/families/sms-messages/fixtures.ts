// What the SMS sessions tests stand on: users with a number of their own, carried
// by an active 10DLC campaign (the US in-country compliance), written straight
// into the database as the users, numbers and sms rooms would.
import type { TestServer } from '../../support/server.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';
import { addNumber, addUser } from '../../support/fixtures.ts';
import { registerUserExtension } from '../../support/extensions.ts';
import type { NewNumber } from '../../../src/families/numbers/store.ts';

export const DEMO = DEMO_DEFAULTS.accountId;

let serial = 0;
let consumers = 1000;

/** A fresh outside (consumer) number. */
export const consumer = (prefix = '+1303555'): string => `${prefix}${String(consumers++).padStart(4, '0')}`;

/** An active campaign of the account carrying the number, as the carriers' registration would leave it. */
export async function register10Dlc(s: TestServer, numberId: string, opts: { accountId?: string; status?: string } = {}): Promise<string> {
  const id = `C-smsm-${++serial}`;
  const accountId = opts.accountId ?? DEMO;
  await s.sandbox.db
    .insertInto('sms_campaigns')
    .values({
      id, account_id: accountId, display_name: `SMS test ${serial}`, status: opts.status ?? 'active', service_type: 'zoomPhone', brand_id: 'B-smsm',
      brand_name: 'SMS tests', capacity: 10, used: 1, data: '{}', created_at: 0,
    })
    .execute();
  await s.sandbox.db.insertInto('sms_campaign_numbers').values({ account_id: accountId, campaign_id: id, number_id: numberId, created_at: 0 }).execute();
  return id;
}

export interface Texter {
  userId: string;
  name: string;
  number: string;
  numberId: string;
}

/** A user of the account (the demo's by default) holding an SMS capable number; `campaign: false` leaves it unregistered. */
export async function texter(
  s: TestServer,
  opts: { accountId?: string; campaign?: boolean; number?: Partial<NewNumber> } = {},
): Promise<Texter> {
  const name = `Texter ${++serial}`;
  const userId = await addUser(s, { accountId: opts.accountId, tag: 'smsm', name });
  await registerUserExtension(s, userId);
  const n = await addNumber(s, { accountId: opts.accountId, assigneeId: userId, prefix: '+1720555', ...opts.number });
  if (opts.campaign !== false) await register10Dlc(s, n.id, { accountId: opts.accountId });
  return { userId, name, number: n.number, numberId: n.id };
}
