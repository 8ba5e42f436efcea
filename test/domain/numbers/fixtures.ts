// Records the numbers tests stand on, written straight into the database as the
// other rooms would (users by the users room, numbers by carriers), so each test
// starts from state it made itself rather than from the demo's.
import type { TestServer } from '../../support/server.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';
import type { NewNumber } from '../../../src/domain/numbers/store.ts';
import { addNumber as addShared } from '../../support/fixtures.ts';

export const DEMO = DEMO_DEFAULTS.accountId;
let serial = 0;

export async function addUser(s: TestServer, opts: { accountId?: string; siteId?: string | null; name?: string } = {}): Promise<string> {
  const id = `user-${++serial}-${Math.random().toString(36).slice(2, 8)}`;
  await s.sandbox.db
    .insertInto('phone_users')
    .values({
      id, account_id: opts.accountId ?? DEMO, email: `${id}@numbers.test`, name: opts.name ?? `User ${serial}`, site_id: opts.siteId ?? null,
      extension_id: `ext-${id}`, extension_number: 500 + serial, phone_user_id: `pu-${id}`, status: 'activate', department: null, cost_center: null,
      data: '{}', created_at: 0,
    })
    .execute();
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
