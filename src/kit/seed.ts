// The demo master account a newcomer finds on first start: the account, its app
// (holding every scope), a sub account, and then each family's demo records, in
// an order where every family's seed comes after the seeds it names.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import type { IdGenerator } from '../ids.ts';
import { createAccount } from '../platform/accounts.ts';
import { createApp } from '../platform/apps.ts';
import { loadContract } from '../contract.ts';
import type { Family } from './family.ts';
import { seedOrder } from './compose.ts';

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

/**
 * What the demo seeds have made so far, for later seeds to hang their records on.
 * Families add the fields they fill (declaration merging in their public.ts); a
 * seed reads only fields of families it names in `after`.
 */
export interface DemoGraph {
  db: Kysely<Database>;
  ids: IdGenerator;
  now: number;
  accountId: string;
  subAccountId: string;
}

export async function seedDemo(db: Kysely<Database>, demo: DemoCredentials, ids: IdGenerator, now: number, families: Family[]): Promise<void> {
  await createAccount(db, { id: demo.accountId, name: 'Switchboard Demo', plan: 'business_plus', parentId: null, now });
  await createApp(db, { accountId: demo.accountId, clientId: demo.clientId, clientSecret: demo.clientSecret, name: 'Demo app', scopes: allScopes(), now });
  const sub = await createAccount(db, { id: `${demo.accountId}-sub`, name: 'Switchboard Demo Sub Account', plan: 'business_plus', parentId: demo.accountId, now });
  // The families' fields are filled by their own seeds, which run before any seed that reads them.
  const graph = { db, ids, now, accountId: demo.accountId, subAccountId: sub.id } as DemoGraph;
  for (const family of seedOrder(families)) {
    if (!family.seed) continue;
    graph.db = family.owner.bind(db);
    await family.seed.run(graph);
  }
}
