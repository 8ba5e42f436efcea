// Shared line groups: an account's groups (each an extension of the one directory)
// sharing numbers and voicemail with their members. Members whose extensions leave
// the directory, or who move to another site, leave the groups; a deleted site's
// groups move to its transfer site.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { sharedLineGroupsMigrations } from './migrations.ts';
import { seedSharedLineGroups } from './seed.ts';
import { forgetExtensions, leaveOtherSites, moveSiteGroups } from './store.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: sharedLineGroupsMigrations,
  seed: { after: ['sites', 'users', 'extensions', 'numbers'], run: seedSharedLineGroups },
  listeners: {
    'extensions.released': (db, e) => forgetExtensions(db, e.accountId, e.extensionIds),
    'sites.deleting': (db, e) => moveSiteGroups(db, e.accountId, e.siteId, e.transferSiteId),
    'users.moved': (db, e) => leaveOtherSites(db, e.accountId, e.userIds, e.siteId),
  },
});
