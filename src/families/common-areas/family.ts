// Common areas: shared phones' extensions of the account's one directory (kind
// 'commonArea'), with the numbers and calling plans they hold, their PIN, activation
// codes and settings. A deleted site's common areas move to its transfer site.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { commonAreasMigrations } from './migrations.ts';
import { seedCommonAreas } from './seed.ts';
import { moveSiteAreas } from './store.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: commonAreasMigrations,
  seed: { after: ['sites', 'extensions', 'numbers', 'billing', 'call-queues', 'shared-line-groups', 'auto-receptionists', 'zoom-rooms'], run: seedCommonAreas },
  listeners: {
    'sites.deleting': (db, e) => moveSiteAreas(db, e.accountId, e.siteId, e.transferSiteId),
  },
});
