// The carriers room's migrations. Names start with 0800 so that they sort after the
// core tables and apart from other rooms'; a name never changes once released.
import type { Migration } from 'kysely';
import type { Dialect } from '../../store/migrations.ts';

export function carriersMigrations(_dialect: Dialect): Record<string, Migration> {
  return {};
}
