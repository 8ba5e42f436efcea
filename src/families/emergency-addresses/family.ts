// Emergency addresses: the account's company addresses (of the account or of a site;
// each site's default address is one of them) and its users' personal addresses.
// A deleted site's addresses move to its transfer site; a user's personal addresses
// follow the user to another site and go when the user leaves Zoom Phone.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { emergencyAddressesMigrations } from './migrations.ts';
import { seedEmergencyAddresses } from './seed.ts';
import { followUsers, moveSiteAddresses, removeUsersAddresses } from './store.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: emergencyAddressesMigrations,
  seed: { after: ['sites', 'users'], run: seedEmergencyAddresses },
  listeners: {
    'sites.deleting': (db, e) => moveSiteAddresses(db, e.accountId, e.siteId, e.transferSiteId),
    'users.moved': (db, e) => followUsers(db, e.accountId, e.userIds, e.siteId),
    'users.removed': (db, e) => removeUsersAddresses(db, e.accountId, e.userIds),
  },
});
