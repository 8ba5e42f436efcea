// Extensions: the account's one directory of extension numbers, whoever holds
// them (users, sites' auto receptionists, call queues, later the rest). No REST
// operation of its own; the families that hold extensions claim numbers through it.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { extensionsMigrations } from './migrations.ts';
import { followUsers, moveSiteExtensions } from './store.ts';

export default defineFamily({
  owner,
  handlers: {},
  migrations: extensionsMigrations,
  listeners: {
    'users.moved': (db, e) => followUsers(db, e.accountId, e.userIds, e.siteId),
    'sites.deleting': (db, e) => moveSiteExtensions(db, e.accountId, e.siteId, e.transferSiteId),
  },
});
