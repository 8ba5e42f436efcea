// Phone numbers, in the Zoom Phone and Number Management views of one record.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { numbersMigrations } from './migrations.ts';
import { seedNumbers } from './seed.ts';
import { followUsers, moveSiteNumbers } from './store.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: numbersMigrations,
  seed: { after: ['sites', 'users'], run: seedNumbers },
  listeners: {
    'users.moved': (db, e) => followUsers(db, e.accountId, e.userIds, e.siteId),
    'sites.deleting': (db, e) => moveSiteNumbers(db, e.accountId, e.siteId, e.transferSiteId),
  },
});
