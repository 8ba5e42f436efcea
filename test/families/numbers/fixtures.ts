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
export async function addUser(s: TestServer, opts: { accountId?: string; siteId?: string | null; name?: string } = {}): Promise<string> {
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
