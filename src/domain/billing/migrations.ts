// The billing room's migrations. Names start with 0900 so that they sort after the
// core tables and apart from other rooms'; a name never changes once released.
import type { Migration } from 'kysely';
import type { Dialect } from '../../store/migrations.ts';

export function billingMigrations(_dialect: Dialect): Record<string, Migration> {
  return {};
}
