// The policies family: Zoom groups and the phone policies of the new policy framework
// at the account, a user group and a user, each level inheriting from the one above.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { policiesMigrations } from './migrations.ts';
import { seedPolicies } from './seed.ts';
import { forgetUsers } from './store.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: policiesMigrations,
  seed: { after: ['users'], run: seedPolicies },
  listeners: { 'users.removed': (db, e) => forgetUsers(db, e.accountId, e.userIds) },
});
