// The extensions family's migrations. 0410 sorts after the sites (0299) and users
// (03xx, 0400) tables it fills from, and before the families that will point at
// extensions; 1381 after the auto receptionists (1380) it re-points to. A name
// never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

interface Row {
  account_id: string;
  id: string;
  kind: 'user' | 'autoReceptionist';
  extension_number: number;
  name: string;
  site_id: string | null;
  owner_id: string;
}

/**
 * Every extension the users and sites of an existing database hold. Before the
 * directory, two concurrent writes could give one number to two holders; the first
 * holder (oldest record; a site's receptionist before a user made at the same
 * instant) keeps it in the directory, and the later ones are left out rather than
 * failing the upgrade. They still show their number until it is changed, and any
 * new claim of that number is refused because the first holder has it.
 */
export async function backfill(db: Kysely<any>): Promise<void> {
  const candidates: (Row & { created_at: number; order: number })[] = [];
  const sites = await db.selectFrom('sites').select(['seq', 'id', 'account_id', 'data', 'created_at']).orderBy('seq').execute();
  for (const s of sites) {
    const ar = JSON.parse(s.data).main_auto_receptionist;
    if (ar?.extension_number === undefined || ar.extension_number === null) continue;
    candidates.push({
      account_id: s.account_id, id: ar.extension_id ?? ar.id ?? `${s.id}-ar`, kind: 'autoReceptionist', extension_number: Number(ar.extension_number),
      name: ar.name ?? '', site_id: s.id, owner_id: s.id, created_at: Number(s.created_at), order: 0,
    });
  }
  const users = await db
    .selectFrom('phone_users')
    .select(['id', 'account_id', 'extension_id', 'extension_number', 'name', 'site_id', 'created_at'])
    .where('extension_number', 'is not', null)
    .orderBy('seq')
    .execute();
  for (const u of users) {
    candidates.push({
      account_id: u.account_id, id: u.extension_id, kind: 'user', extension_number: Number(u.extension_number),
      name: u.name, site_id: u.site_id, owner_id: u.id, created_at: Number(u.created_at), order: 1,
    });
  }
  // A stable sort: within one instant and kind, the order the rows were written in.
  candidates.sort((a, b) => a.created_at - b.created_at || a.order - b.order);
  const numbers = new Set<string>();
  const ids = new Set<string>();
  const rows: Row[] = [];
  for (const { created_at: _c, order: _o, ...row } of candidates) {
    const number = `${row.account_id}\u0000${row.extension_number}`;
    const id = `${row.account_id}\u0000${row.id}`;
    if (numbers.has(number) || ids.has(id)) continue;
    numbers.add(number);
    ids.add(id);
    rows.push(row);
  }
  // Well under both backends' limits on bound parameters per statement.
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('extensions').values(rows.slice(i, i + 500)).execute();
}

export function extensionsMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0410_extensions': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('extensions'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('extension_number', 'bigint', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('site_id', 'text')
          .addColumn('owner_id', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('extensions_number').on('extensions').columns(['account_id', 'extension_number']).unique().execute();
        await db.schema.createIndex('extensions_id').on('extensions').columns(['account_id', 'id']).unique().execute();
        await db.schema.createIndex('extensions_owner').on('extensions').columns(['account_id', 'owner_id']).execute();
        await db.schema.createIndex('extensions_site').on('extensions').columns(['account_id', 'site_id']).execute();
        await backfill(db);
      },
    },
    // Sorts after the auto-receptionists family's 1380, which made each site's main
    // auto receptionist a record of its own: its extension is owned by it, not the site.
    '1381_extensions_auto_receptionist_owners': {
      async up(db: Kysely<any>) {
        const mains = await db.selectFrom('auto_receptionists').select(['account_id', 'id', 'extension_id', 'site_id']).where('main', '=', 1).execute();
        for (const r of mains) {
          await db
            .updateTable('extensions')
            .set({ owner_id: r.id })
            .where('account_id', '=', r.account_id)
            .where('id', '=', r.extension_id)
            .where('kind', '=', 'autoReceptionist')
            .where('owner_id', '=', r.site_id)
            .execute();
        }
      },
    },
  };
}
