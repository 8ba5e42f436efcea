// Private Directory: the account's private directory, extensions of its directory
// (users, Zoom Rooms, common areas, auto receptionists, call queues, shared line
// groups) and who may find each one. A member goes when its extension leaves the
// directory (extensions.released); a member follows its extension to another site
// (it is shown with its extension's site, so a deleted site's members are in the
// transfer site's directory, where their extensions moved).
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { privateDirectoryMigrations } from './migrations.ts';
import { seedPrivateDirectory } from './seed.ts';
import { forgetExtensions } from './store.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: privateDirectoryMigrations,
  seed: { after: ['sites', 'users', 'extensions', 'call-queues', 'common-areas'], run: seedPrivateDirectory },
  listeners: {
    'extensions.released': (db, e) => forgetExtensions(db, e.accountId, e.extensionIds),
  },
});
