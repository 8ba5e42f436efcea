// The zoom-rooms family: the account's Zoom Rooms, and those given a Zoom Phone
// license (an extension of the directory, numbers and calling plans of the account's
// inventory). What it owns and answers: see handlers.ts and tables.ts.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { zoomRoomsMigrations } from './migrations.ts';
import { seedZoomRooms } from './seed.ts';
import { moveSiteRooms } from './store.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: zoomRoomsMigrations,
  seed: { after: ['sites', 'extensions', 'numbers', 'billing'], run: seedZoomRooms },
  listeners: {
    // The site's rooms move to the transfer site with their extensions and numbers (moved by those families' own listeners).
    'sites.deleting': (db, e) => moveSiteRooms(db, e.accountId, e.siteId, e.transferSiteId),
  },
});
