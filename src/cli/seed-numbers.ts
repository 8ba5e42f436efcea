// Bulk numbers for scale tests: `switchboard seed --numbers N` fills an account
// with N unassigned phone numbers spread over its sites, in batched transactions,
// so list and filter costs can be measured on realistic volumes.
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import type { IdGenerator } from '../ids.ts';

const BATCH = 1000;
// Seeded numbers continue from where the last seed stopped, so running it again adds new ones.
const CURSOR_KEY = 'seed_numbers_next';
// US area codes 2xx-9xx excluding the demo's 408-555 block: plenty of room for millions.
const FIRST = 2_000_000_000;

export interface SeedNumbersOptions {
  accountId: string;
  count: number;
  now: number;
  ids: IdGenerator;
  onProgress?: (done: number) => void;
}

export async function seedNumbers(db: Kysely<Database>, opts: SeedNumbersOptions): Promise<number> {
  const account = await db.selectFrom('accounts').select('id').where('id', '=', opts.accountId).executeTakeFirst();
  if (!account) throw new Error(`No account ${opts.accountId}.`);
  const sites = await db.selectFrom('sites').select(['id', 'name']).where('account_id', '=', opts.accountId).orderBy('seq').execute();
  const cursor = await db.selectFrom('meta').select('value').where('key', '=', CURSOR_KEY).executeTakeFirst();
  let next = cursor ? Number(cursor.value) : FIRST;
  let done = 0;
  while (done < opts.count) {
    const size = Math.min(BATCH, opts.count - done);
    const rows: Insertable<Database['phone_numbers']>[] = [];
    for (let i = 0; i < size; i++, next++) {
      const n = done + i;
      const site = sites.length ? sites[n % sites.length] : undefined;
      rows.push({
        id: opts.ids.next(),
        account_id: opts.accountId,
        number: `+1${next}`,
        source: n % 5 === 4 ? 'BYOCCloud' : 'Zoom',
        number_type: n % 10 === 9 ? 'TollFree' : 'Toll',
        status: 'Normal',
        allocated_product: 'ZOOM_PHONE',
        site_id: site?.id ?? null,
        assignee_type: null,
        assignee_id: null,
        data: JSON.stringify({ capability: ['Incoming', 'Outgoing'], display_name: '' }),
        created_at: opts.now,
      });
    }
    const value = String(next);
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('phone_numbers').values(rows).execute();
      await trx
        .insertInto('meta')
        .values({ key: CURSOR_KEY, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
    });
    done += size;
    opts.onProgress?.(done);
  }
  return done;
}
