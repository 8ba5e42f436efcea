// Versioned migrations, run at start. Names sort in the order they apply; a
// database that has run a migration this build does not know refuses to start.
import type { Kysely, Migration, CreateTableBuilder } from 'kysely';
import { sitesMigrations } from '../domain/sites/migrations.ts';
import { usersMigrations } from '../domain/users/migrations.ts';
import { numbersMigrations } from '../domain/numbers/migrations.ts';
import { sipMigrations } from '../domain/sip/migrations.ts';
import { smsMigrations } from '../domain/sms/migrations.ts';
import { carriersMigrations } from '../domain/carriers/migrations.ts';
import { billingMigrations } from '../domain/billing/migrations.ts';

export type Dialect = 'sqlite' | 'postgres';

/** An ever-increasing row number used for keyset pagination in creation order. */
export function withSeq<T extends string>(t: CreateTableBuilder<T, never>, dialect: Dialect) {
  return dialect === 'sqlite'
    ? t.addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
    : t.addColumn('seq', 'bigserial', (c) => c.primaryKey());
}

export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    ...platformMigrations(dialect),
    ...sitesMigrations(dialect),
    ...usersMigrations(dialect),
    ...numbersMigrations(dialect),
    ...sipMigrations(dialect),
    ...smsMigrations(dialect),
    ...carriersMigrations(dialect),
    ...billingMigrations(dialect),
  };
}

function platformMigrations(dialect: Dialect): Record<string, Migration> {
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
    '0002_phone_org': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('sites'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('site_code', 'integer')
          .addColumn('main_site', 'integer', (c) => c.notNull())
          .addColumn('data', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('sites_account').on('sites').columns(['account_id', 'seq']).execute();
        await withSeq(db.schema.createTable('phone_users'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('email', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('site_id', 'text')
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('extension_number', 'bigint')
          .addColumn('phone_user_id', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('department', 'text')
          .addColumn('cost_center', 'text')
          .addColumn('data', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('phone_users_account').on('phone_users').columns(['account_id', 'seq']).execute();
        await db.schema
          .createIndex('phone_users_email')
          .on('phone_users')
          .columns(['account_id', 'email'])
          .unique()
          .execute();
        await db.schema
          .createIndex('phone_users_site')
          .on('phone_users')
          .columns(['account_id', 'site_id', 'seq'])
          .execute();
        await withSeq(db.schema.createTable('phone_numbers'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('number', 'text', (c) => c.notNull())
          .addColumn('source', 'text', (c) => c.notNull())
          .addColumn('number_type', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('allocated_product', 'text', (c) => c.notNull())
          .addColumn('site_id', 'text')
          .addColumn('assignee_type', 'text')
          .addColumn('assignee_id', 'text')
          .addColumn('data', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        // A number exists once in the whole sandbox, as on the real network.
        await db.schema.createIndex('phone_numbers_number').on('phone_numbers').column('number').unique().execute();
        await db.schema.createIndex('phone_numbers_account').on('phone_numbers').columns(['account_id', 'seq']).execute();
        await db.schema
          .createIndex('phone_numbers_assignee')
          .on('phone_numbers')
          .columns(['account_id', 'assignee_id'])
          .execute();
        await db.schema
          .createIndex('phone_numbers_site')
          .on('phone_numbers')
          .columns(['account_id', 'site_id', 'seq'])
          .execute();
      },
    },
  };
}
