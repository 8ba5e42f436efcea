// Dial by Name Directory: the users callers can find by name, in the account's
// directory and in the directories sites keep of their own, each with its included
// sites. A user goes when its extension leaves the directory (extensions.released);
// a deleted site's own directory goes with it, and directories that included it
// include the transfer site, where its users move.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { dialByNameMigrations } from './migrations.ts';
import { seedDialByName } from './seed.ts';
import { forgetExtensions, forgetSite } from './store.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: dialByNameMigrations,
  seed: { after: ['sites', 'users', 'extensions'], run: seedDialByName },
  listeners: {
    'extensions.released': (db, e) => forgetExtensions(db, e.accountId, e.extensionIds),
    'sites.deleting': (db, e) => forgetSite(db, e.accountId, e.siteId, e.transferSiteId),
  },
});
