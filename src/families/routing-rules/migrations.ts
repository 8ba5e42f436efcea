// The routing-rules family's migrations. Names start with 1700_routing_rules; a
// rule names sites and SIP groups by id only, and a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function routingRulesMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '1700_routing_rules': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('routing_rules'), dialect)
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('site_id', 'text')
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('number_pattern', 'text', (c) => c.notNull())
          .addColumn('translation', 'text')
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('sip_group_id', 'text')
          .addColumn('rule_order', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('routing_rules_id').on('routing_rules').columns(['account_id', 'id']).unique().execute();
        // "Number Pattern ({0}) already exists.": the database, not a check before the write, decides between two writers.
        await db.schema.createIndex('routing_rules_pattern').on('routing_rules').columns(['account_id', 'number_pattern']).unique().execute();
        await db.schema.createIndex('routing_rules_scope').on('routing_rules').columns(['account_id', 'site_id', 'rule_order']).execute();
      },
    },
  };
}
