// Records the numbers tests stand on, written straight into the database as the
// other rooms would (users by the users room, numbers by carriers), so each test
// starts from state it made itself rather than from the demo's.
import type { TestServer } from '../../support/server.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';
import type { NewNumber } from '../../../src/families/numbers/store.ts';
import { addNumber as addShared, addUser as addSharedUser } from '../../support/fixtures.ts';
import { registerUserExtension } from '../../support/extensions.ts';

export const DEMO = DEMO_DEFAULTS.accountId;
/**
 * A user of the demo account (by default), tagged as the numbers tests', with its
 * extension in the account's directory as the users family makes every user: the
 * numbers views name an assignee from the directory.
 */
export async function addUser(s: TestServer, opts: { accountId?: string; siteId?: string | null; name?: string; extension?: number } = {}): Promise<string> {
  const id = await addSharedUser(s, { tag: 'numbers', ...opts });
  await registerUserExtension(s, id);
  return id;
}

export { freshNumber, otherAccount } from '../../support/fixtures.ts';

/** A number of the demo account (by default) with a location, as the Phone view shows it. */
export const addNumber = (s: TestServer, opts: Partial<NewNumber> & { accountId?: string } = {}) =>
  addShared(s, { data: { capability: ['Incoming', 'Outgoing'], location: { city: 'Palo Alto', state: 'CA', country: 'US' } }, ...opts });

export async function siteIds(s: TestServer, accountId = DEMO): Promise<string[]> {
  const rows = await s.sandbox.db.selectFrom('sites').select('id').where('account_id', '=', accountId).orderBy('seq').execute();
  return rows.map((r) => r.id);
}

export async function row(s: TestServer, id: string) {
  return s.sandbox.db.selectFrom('phone_numbers').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Gives the number to an assignee other than a user (a call queue, say), as the
 * room that owns it would: those rooms do not assign numbers through the API yet.
 */
export async function holdFor(s: TestServer, numberId: string, assigneeType: string, assigneeId: string, name = 'Support Queue', extension = 49001): Promise<void> {
  const data = await s.sandbox.db.selectFrom('phone_numbers').select('data').where('id', '=', numberId).executeTakeFirstOrThrow();
  await s.sandbox.db
    .updateTable('phone_numbers')
    .set({ assignee_type: assigneeType, assignee_id: assigneeId, data: JSON.stringify({ ...JSON.parse(data.data), assignee_name: name, assignee_extension_number: extension }) })
    .where('id', '=', numberId)
    .execute();
}

/** A BYOC Premises number of `siteId` with every field the views show set, its emergency address awaiting confirmation. */
export const addDescribedNumber = (s: TestServer, siteId: string, group: { id: string; display_name: string }) =>
  addNumber(s, {
    source: 'BYOCPremises',
    site_id: siteId,
    data: {
      capability: ['Incoming', 'Outgoing', 'Messaging'],
      display_name: 'Front desk',
      location: { city: 'Denver', state: 'CO', country: 'US' },
      carrier: { code: 2, name: 'Inteliquent' },
      sip_group: { id: group.id, name: group.display_name },
      emergency_address: { address_line1: '1700 Lincoln St', address_line2: 'Floor 2', city: 'Denver', state_code: 'CO', zip: '80202', country: 'US' },
      emergency_address_status: 1,
      emergency_address_update_time: Date.UTC(2024, 9, 29, 14, 18, 28),
      address_update_required: true,
    },
  });
