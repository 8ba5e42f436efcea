// Phone roles: who administers what in the account's Zoom Phone. Built-in roles and
// copies of them, their members (phone users, one role each at most) and targets.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { phoneRolesMigrations } from './migrations.ts';
import { seedPhoneRoles } from './seed.ts';
import { dropExtensionTargets, dropMemberships, dropSiteTargets } from './store.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: phoneRolesMigrations,
  seed: { after: ['users', 'sites'], run: seedPhoneRoles },
  listeners: {
    // A user taken out of Zoom Phone leaves its role, with its own targets there.
    'users.removed': (db, e) => dropMemberships(db, e.accountId, e.userIds),
    // A target whose holder is gone (a user, a call queue …) is no target any more.
    'extensions.released': (db, e) => dropExtensionTargets(db, e.accountId, e.extensionIds),
    'sites.deleting': (db, e) => dropSiteTargets(db, e.accountId, e.siteId),
  },
});
