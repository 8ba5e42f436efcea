// The account-settings family's migrations. Names start with 4500_account_settings: the
// table references no other, and a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../../store/migrations.ts';

export function accountSettingsMigrations(_dialect: Dialect): Record<string, Migration> {
  return {
    '4500_account_settings': {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('phone_account_settings')
          .addColumn('account_id', 'text', (c) => c.notNull().unique())
          .addColumn('switches', 'text', (c) => c.notNull())
          .addColumn('policy', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
      },
    },
  };
}
