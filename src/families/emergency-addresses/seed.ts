// The emergency-addresses family's demo records, beside the sites' default addresses
// (the sites seed makes those through public.ts): the account's own company address
// (on no site, its default), a second address of the main site (another floor), and
// two personal addresses: Ada Lovelace's home (her default) and Alan Turing's flat in
// London, still unverified.
import type { DemoGraph } from '../../kit/seed.ts';
import { LEVEL, STATUS, defaultScope } from './rules.ts';
import { insertAddress } from './store.ts';

export async function seedEmergencyAddresses(graph: DemoGraph): Promise<void> {
  const { db, ids, now, accountId } = graph;
  const user = (i: number) => ({ owner_id: graph.userIds[i]!, site_id: graph.siteIds[graph.userSites[i]!]! });
  const addresses = [
    { level: LEVEL.company, site_id: null, owner_id: null, is_default: true, status: STATUS.notRequired,
      address_line1: '500 Howard St', address_line2: 'Suite 200', city: 'San Francisco', state_code: 'CA', zip: '94105', country: 'US' },
    { level: LEVEL.company, site_id: graph.siteIds[0]!, owner_id: null, is_default: false, status: STATUS.notRequired,
      address_line1: '55 Almaden Blvd', address_line2: '6th Floor', city: 'San Jose', state_code: 'CA', zip: '95113', country: 'US' },
    { level: LEVEL.personal, ...user(0), is_default: true, status: STATUS.notRequired,
      address_line1: '1201 Park Ave', address_line2: 'Apt 4B', city: 'San Jose', state_code: 'CA', zip: '95126', country: 'US' },
    { level: LEVEL.personal, ...user(2), is_default: true, status: STATUS.unverified,
      address_line1: '221B Baker St', address_line2: null, city: 'London', state_code: 'LND', zip: 'NW1 6XE', country: 'GB' },
  ];
  for (const a of addresses) {
    await insertAddress(db, accountId, {
      id: ids.next(), ...a, is_default: a.is_default ? 1 : 0, default_of: a.is_default ? defaultScope(a) : null, created_at: now, updated_at: now,
    });
  }
}
