// The outbound-calling family's migrations. Names start with 4000_outbound_calling: the
// rows name sites, users and common areas by id only, and a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function outboundCallingMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '4000_outbound_calling': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('outbound_country_rules'), dialect)
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('level', 'text', (c) => c.notNull())
          .addColumn('target_id', 'text', (c) => c.notNull())
          .addColumn('iso_code', 'text', (c) => c.notNull())
          .addColumn('rule', 'integer', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        // One rule per country at a level: concurrent updates of one country upsert the one row.
        await db.schema
          .createIndex('outbound_country_rules_key')
          .on('outbound_country_rules')
          .columns(['account_id', 'level', 'target_id', 'iso_code'])
          .unique()
          .execute();

        await withSeq(db.schema.createTable('outbound_exception_rules'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('level', 'text', (c) => c.notNull())
          .addColumn('target_id', 'text', (c) => c.notNull())
          .addColumn('country', 'text', (c) => c.notNull())
          .addColumn('match_type', 'text', (c) => c.notNull())
          .addColumn('prefix_number', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('comment', 'text')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        // A number or prefix once per country and match type at a level: the database decides a race of two adds.
        await db.schema
          .createIndex('outbound_exception_rules_key')
          .on('outbound_exception_rules')
          .columns(['account_id', 'level', 'target_id', 'country', 'match_type', 'prefix_number'])
          .unique()
          .execute();
        await db.schema.createIndex('outbound_exception_rules_level').on('outbound_exception_rules').columns(['account_id', 'level', 'target_id', 'seq']).execute();
      },
    },
  };
}
