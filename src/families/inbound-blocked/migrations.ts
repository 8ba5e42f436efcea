// The inbound-blocked family's migrations. Names start with 1250_inbound_blocked:
// its tables name extensions by id only (0410 made the directory), and a name never
// changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function inboundBlockedMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '1250_inbound_blocked': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('inbound_block_account_rules'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('match_type', 'text', (c) => c.notNull())
          .addColumn('country', 'text', (c) => c.notNull())
          .addColumn('blocked_number', 'text', (c) => c.notNull())
          .addColumn('phone_number', 'text', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('comment', 'text')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        // A number (prefix, short code) is blocked once in an account: the database refuses a
        // second rule, so two concurrent adds or updates cannot both win.
        await db.schema
          .createIndex('inbound_block_account_rules_target')
          .on('inbound_block_account_rules')
          .columns(['account_id', 'match_type', 'country', 'blocked_number'])
          .unique()
          .execute();
        await db.schema.createIndex('inbound_block_account_rules_account').on('inbound_block_account_rules').columns(['account_id', 'seq']).execute();

        await withSeq(db.schema.createTable('inbound_block_extension_rules'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('extension_id', 'text', (c) => c.notNull())
          .addColumn('match_type', 'text', (c) => c.notNull())
          .addColumn('country', 'text', (c) => c.notNull())
          .addColumn('blocked_number', 'text', (c) => c.notNull())
          .addColumn('phone_number', 'text', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        // Once per extension; its leading columns serve the extension's list too.
        await db.schema
          .createIndex('inbound_block_extension_rules_target')
          .on('inbound_block_extension_rules')
          .columns(['account_id', 'extension_id', 'match_type', 'country', 'blocked_number'])
          .unique()
          .execute();
        await db.schema
          .createIndex('inbound_block_extension_rules_extension')
          .on('inbound_block_extension_rules')
          .columns(['account_id', 'extension_id', 'seq'])
          .execute();
        // The statistics count a target's rules across the account's extensions.
        await db.schema
          .createIndex('inbound_block_extension_rules_stat')
          .on('inbound_block_extension_rules')
          .columns(['account_id', 'match_type', 'country', 'blocked_number'])
          .execute();

        await withSeq(db.schema.createTable('inbound_block_statistics'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('match_type', 'text', (c) => c.notNull())
          .addColumn('country', 'text', (c) => c.notNull())
          .addColumn('blocked_number', 'text', (c) => c.notNull())
          .addColumn('phone_number', 'text', (c) => c.notNull())
          .addColumn('block_count', 'integer', (c) => c.notNull())
          .addColumn('threat_count', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('inbound_block_statistics_target')
          .on('inbound_block_statistics')
          .columns(['account_id', 'match_type', 'country', 'blocked_number'])
          .unique()
          .execute();
        await db.schema.createIndex('inbound_block_statistics_account').on('inbound_block_statistics').columns(['account_id', 'seq']).execute();
      },
    },
  };
}
