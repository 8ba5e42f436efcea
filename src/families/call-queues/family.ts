// Call queues: an account's queues (each an extension of the one directory),
// their members, numbers, policy and routing. Members whose extensions leave the
// directory leave the queues; a deleted site's queues move to its transfer site.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { callQueuesMigrations } from './migrations.ts';
import { seedCallQueues } from './seed.ts';
import { forgetExtensions, moveSiteQueues } from './store.ts';
import { recordVisits } from './visits.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: callQueuesMigrations,
  seed: { after: ['sites', 'users', 'extensions', 'numbers'], run: seedCallQueues },
  listeners: {
    'extensions.released': (db, e) => forgetExtensions(db, e.accountId, e.extensionIds),
    'sites.deleting': (db, e) => moveSiteQueues(db, e.accountId, e.siteId, e.transferSiteId),
    // Every simulated call that reached a queue counts in its analytics.
    'calls.completed': (db, e) => recordVisits(db, e.calls),
  },
});
