// Phone users: their extensions, sites and calling plans.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { usersMigrations } from './migrations.ts';
import { seedUsers } from './seed.ts';
import { moveSiteUsers } from './store.ts';

export default defineFamily({
  owner,
  handlers,
  invalidInput: {
    updateMultipleUsersPropertiesInBatch: { batch_type: 'currentBatchTypeDoesNotSupport' },
  },
  migrations: usersMigrations,
  seed: { after: ['sites'], run: seedUsers },
  listeners: {
    'sites.deleting': (db, e) => moveSiteUsers(db, e.accountId, e.siteId, e.transferSiteId),
  },
});
