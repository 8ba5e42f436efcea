// The audio-library family's migrations. Names start with 3400_audio_library: its
// tables reference no other, and a name never changes once released.
import type { Kysely, Migration } from 'kysely';
import { withSeq, type Dialect } from '../../store/migrations.ts';

export function audioLibraryMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '3400_audio_library': {
      async up(db: Kysely<any>) {
        await withSeq(db.schema.createTable('audio_items'), dialect)
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('user_id', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('text', 'text')
          .addColumn('voice_language', 'text')
          .addColumn('voice_accent', 'text')
          .addColumn('audio_type', 'text')
          .addColumn('size', 'bigint')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .addColumn('removed_at', 'bigint')
          .execute();
        // A user's library, in the order it was added.
        await db.schema.createIndex('audio_items_user').on('audio_items').columns(['account_id', 'user_id', 'seq']).execute();
        await db.schema
          .createTable('audio_files')
          .addColumn('audio_id', 'text', (c) => c.notNull().primaryKey())
          .addColumn('account_id', 'text', (c) => c.notNull())
          .addColumn('data', dialect === 'sqlite' ? 'blob' : 'bytea', (c) => c.notNull())
          .execute();
      },
    },
  };
}
