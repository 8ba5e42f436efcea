// The external-contacts family's migrations. Names start with 4200_external_contacts:
// the table references no other, and a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function externalContactsMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '4200_external_contacts': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('external_contacts'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('custom_id', 'text')
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('email', 'text')
          .addColumn('extension_number', 'text')
          .addColumn('phone_numbers', 'text', (c) => c.notNull())
          .addColumn('routing_path', 'text')
          .addColumn('auto_call_recorded', 'integer')
          .addColumn('enable_internal_extension', 'integer')
          .addColumn('picture_type', 'text')
          .addColumn('picture_data', 'text')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        // A customer id and an extension number name one contact of the account: decided by the
        // database, so that two concurrent writes of one value cannot both win (NULLs repeat freely).
        await db.schema.createIndex('external_contacts_custom_id').on('external_contacts').columns(['account_id', 'custom_id']).unique().execute();
        await db.schema.createIndex('external_contacts_extension').on('external_contacts').columns(['account_id', 'extension_number']).unique().execute();
        await db.schema.createIndex('external_contacts_account').on('external_contacts').columns(['account_id', 'seq']).execute();
      },
    },
  };
}
