// The platform's migrations, and what every family's migrations are written with.
// Migrations run at start; a new database applies them in name order, an existing
// one applies whatever it has not run yet, in any order they were added.
import type { Kysely, Migration, CreateTableBuilder } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

/** An ever-increasing row number used for keyset pagination in creation order. */
export function withSeq<T extends string>(t: CreateTableBuilder<T, never>, dialect: Dialect) {
  return dialect === 'sqlite'
    ? t.addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
    : t.addColumn('seq', 'bigserial', (c) => c.primaryKey());
}

/** The platform's own tables; each family brings its migrations in its manifest. */
export function platformMigrations(_dialect: Dialect): Record<string, Migration> {
  return {
    '0001_platform': {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('meta')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('value', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('accounts')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('parent_id', 'text')
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('plan', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('accounts_parent').on('accounts').column('parent_id').execute();
        await db.schema
          .createTable('apps')
          .addColumn('client_id', 'text', (c) => c.primaryKey())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('secret_hash', 'text', (c) => c.notNull())
          .addColumn('scopes', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('tokens')
          .addColumn('token_hash', 'text', (c) => c.primaryKey())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('client_id', 'text', (c) => c.notNull())
          .addColumn('scopes', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('rate_counters')
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('bucket', 'text', (c) => c.notNull())
          .addColumn('window_start', 'bigint', (c) => c.notNull())
          .addColumn('count', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('rate_counters_pk', ['account_id', 'bucket', 'window_start'])
          .execute();
      },
    },
    // Before families owned their tables this created sites, phone_users and
    // phone_numbers. Their families now create them (0299_sites_table,
    // 0399_users_table, 0499_numbers_table), skipping tables that exist, so the
    // name stays for the databases that ran it and does nothing anew.
    '0002_phone_org': { async up() {} },
    // Every write through the API, as the operation logs report shows it (src/platform/operation-log.ts).
    '0003_operation_logs': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('operation_logs'), _dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('at', 'bigint', (c) => c.notNull())
          .addColumn('operator', 'text', (c) => c.notNull())
          .addColumn('category_type', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('operation_detail', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('operation_logs_account_at').on('operation_logs').columns(['account_id', 'at', 'seq']).execute();
      },
    },
  };
}
