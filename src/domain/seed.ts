// The demo master account a newcomer finds on first start: a few sites, users
// enabled for phone, phone numbers (some assigned) and one sub account.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import type { IdGenerator } from '../ids.ts';
import { createAccount } from '../platform/accounts.ts';
import { createApp } from '../platform/apps.ts';
import { loadContract } from '../contract.ts';
import { seedSites } from './sites/seed.ts';
import { seedUsers } from './users/seed.ts';
import { seedNumbers } from './numbers/seed.ts';
import { seedCarriers } from './carriers/seed.ts';
import { seedSip } from './sip/seed.ts';
import { seedSms } from './sms/seed.ts';
import { seedBilling } from './billing/seed.ts';

// Each room adds its own demo records after the core graph, in this order.
const ROOM_SEEDS = [seedSites, seedUsers, seedNumbers, seedCarriers, seedSip, seedSms, seedBilling];

export interface DemoCredentials {
  accountId: string;
  clientId: string;
  clientSecret: string;
}

/** Every scope any operation names: the demo app may call everything. */
export function allScopes(): string[] {
  const scopes = new Set<string>();
  for (const op of loadContract().operations) for (const s of [...op.scopes, ...op.granularScopes]) scopes.add(s);
  return [...scopes].sort();
}

const SITES = [
  { name: 'Main Site', code: 100, country: { code: 'US', name: 'United States' }, city: 'San Jose', state: 'CA', zip: '95113', street: '55 Almaden Blvd' },
  { name: 'Denver Office', code: 200, country: { code: 'US', name: 'United States' }, city: 'Denver', state: 'CO', zip: '80202', street: '1700 Lincoln St' },
  { name: 'London Office', code: 300, country: { code: 'GB', name: 'United Kingdom' }, city: 'London', state: 'LND', zip: 'EC2A 4NE', street: '1 Finsbury Ave' },
];

const USERS = [
  ['Ada Lovelace', 'ada@demo.switchboard.test', 0],
  ['Grace Hopper', 'grace@demo.switchboard.test', 0],
  ['Alan Turing', 'alan@demo.switchboard.test', 2],
  ['Katherine Johnson', 'katherine@demo.switchboard.test', 1],
  ['Edsger Dijkstra', 'edsger@demo.switchboard.test', 1],
  ['Barbara Liskov', 'barbara@demo.switchboard.test', 0],
] as const;

/** What the core demo made, for each room's own seed to hang its records on. */
export interface DemoGraph {
  db: Kysely<Database>;
  ids: IdGenerator;
  now: number;
  accountId: string;
  subAccountId: string;
  siteIds: string[];
  userIds: string[];
  numberIds: string[];
}

export async function seedDemo(db: Kysely<Database>, demo: DemoCredentials, ids: IdGenerator, now: number): Promise<void> {
  await createAccount(db, { id: demo.accountId, name: 'Switchboard Demo', plan: 'business_plus', parentId: null, now });
  await createApp(db, { accountId: demo.accountId, clientId: demo.clientId, clientSecret: demo.clientSecret, name: 'Demo app', scopes: allScopes(), now });
  const sub = await createAccount(db, { id: `${demo.accountId}-sub`, name: 'Switchboard Demo Sub Account', plan: 'business_plus', parentId: demo.accountId, now });

  const siteIds: string[] = [];
  for (const [i, s] of SITES.entries()) {
    const id = ids.next();
    siteIds.push(id);
    await db
      .insertInto('sites')
      .values({
        id,
        account_id: demo.accountId,
        name: s.name,
        site_code: s.code,
        main_site: i === 0 ? 1 : 0,
        created_at: now,
        data: JSON.stringify({
          country: s.country,
          short_extension: { length: 3 },
          main_auto_receptionist: { id: ids.next(), extension_id: ids.next(), extension_number: 1000 + i, name: `${s.name} Auto Receptionist` },
          default_emergency_address: { id: ids.next(), address_line1: s.street, city: s.city, state_code: s.state, zip: s.zip, country: s.country.code },
        }),
      })
      .execute();
  }

  const userIds: string[] = [];
  for (const [i, [name, email, site]] of USERS.entries()) {
    const id = ids.next();
    userIds.push(id);
    await db
      .insertInto('phone_users')
      .values({
        id,
        account_id: demo.accountId,
        email,
        name,
        site_id: siteIds[site],
        extension_id: ids.next(),
        extension_number: 101 + i,
        phone_user_id: ids.next(),
        status: 'activate',
        department: i % 2 ? 'Engineering' : 'Operations',
        cost_center: 'CC-100',
        created_at: now,
        data: JSON.stringify({
          activation_status: 'activated',
          calling_plans: [{ name: 'US/CA Unlimited Calling Plan', type: 200 }],
        }),
      })
      .execute();
  }

  const numberIds: string[] = [];
  for (let i = 0; i < 12; i++) {
    const numberId = ids.next();
    numberIds.push(numberId);
    const assignee = i < 4 ? userIds[i] : null;
    const site = assignee ? USERS[i][2] : i % 3;
    await db
      .insertInto('phone_numbers')
      .values({
        id: numberId,
        account_id: demo.accountId,
        number: `+1408555${String(1000 + i).padStart(4, '0')}`,
        source: i % 4 === 3 ? 'BYOCCloud' : 'Zoom',
        number_type: i === 11 ? 'TollFree' : 'Toll',
        status: 'Normal',
        allocated_product: 'ZOOM_PHONE',
        site_id: siteIds[site],
        assignee_type: assignee ? 'User' : null,
        assignee_id: assignee,
        created_at: now,
        data: JSON.stringify({
          capability: ['Incoming', 'Outgoing'],
          display_name: '',
          location: { city: SITES[site].city, state: SITES[site].state, country: SITES[site].country.code },
        }),
      })
      .execute();
  }

  await db
    .insertInto('sites')
    .values({
      id: ids.next(),
      account_id: sub.id,
      name: 'Main Site',
      site_code: 100,
      main_site: 1,
      created_at: now,
      data: JSON.stringify({ country: { code: 'US', name: 'United States' }, short_extension: { length: 3 } }),
    })
    .execute();

  const graph: DemoGraph = { db, ids, now, accountId: demo.accountId, subAccountId: sub.id, siteIds, userIds, numberIds };
  for (const seedRoom of ROOM_SEEDS) await seedRoom(graph);
}
