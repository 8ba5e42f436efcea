// The sites family's demo records: three sites of the demo account (the first is
// its main site, each with its main auto receptionist and default emergency
// address) and the sub account's main site.
import type { DemoGraph } from '../../kit/seed.ts';
import { createMainReceptionist } from '../auto-receptionists/public.ts';
import { setSiteDefaultAddress } from '../emergency-addresses/public.ts';
import { siteDataJson } from './store.ts';

const SITES = [
  { name: 'Main Site', code: 100, country: { code: 'US', name: 'United States' }, city: 'San Jose', state: 'CA', zip: '95113', street: '55 Almaden Blvd' },
  { name: 'Denver Office', code: 200, country: { code: 'US', name: 'United States' }, city: 'Denver', state: 'CO', zip: '80202', street: '1700 Lincoln St' },
  { name: 'London Office', code: 300, country: { code: 'GB', name: 'United Kingdom' }, city: 'London', state: 'LND', zip: 'EC2A 4NE', street: '1 Finsbury Ave' },
];

export async function seedSites(graph: DemoGraph): Promise<void> {
  const { db, ids, now } = graph;
  graph.siteIds = [];
  graph.sites = [];
  for (const [i, s] of SITES.entries()) {
    const id = ids.next();
    graph.siteIds.push(id);
    graph.sites.push({ id, city: s.city, state: s.state, country: s.country.code });
    // Its main auto receptionist, made through the auto-receptionists family as a site's create makes it.
    const extension = await createMainReceptionist(db, {
      accountId: graph.accountId, siteId: id, id: ids.next(), extensionId: ids.next(), name: `${s.name} Auto Receptionist`, firstExtension: 1000 + i, now,
    });
    if (extension !== 1000 + i) throw new Error(`demo extension ${1000 + i} is taken`);
    await db
      .insertInto('sites')
      .values({
        id,
        account_id: graph.accountId,
        name: s.name,
        site_code: s.code,
        main_site: i === 0 ? 1 : 0,
        created_at: now,
        data: siteDataJson({
          country: s.country,
          short_extension: { length: 3 },
        }),
      })
      .execute();
    // Its default emergency address, kept by the emergency-addresses family as a site's create makes it.
    await setSiteDefaultAddress(db, {
      accountId: graph.accountId, siteId: id, id: ids.next(), now,
      lines: { address_line1: s.street, city: s.city, state_code: s.state, zip: s.zip, country: s.country.code },
    });
  }
  await db
    .insertInto('sites')
    .values({
      id: ids.next(),
      account_id: graph.subAccountId,
      name: 'Main Site',
      site_code: 100,
      main_site: 1,
      created_at: now,
      data: siteDataJson({ country: { code: 'US', name: 'United States' }, short_extension: { length: 3 } }),
    })
    .execute();
}
