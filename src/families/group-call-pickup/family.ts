// Group Call Pickup: the account's call pickup groups, each on a site with an
// extension of its own, and their members (extensions of the account's directory).
// A member goes when its extension leaves the directory; a deleted site's groups
// move to its transfer site.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { groupCallPickupMigrations } from './migrations.ts';
import { seedGroupCallPickup } from './seed.ts';
import { forgetExtensions, moveSiteGroups } from './store.ts';

export default defineFamily({
  owner,
  handlers,
  invalidInput: {
    // The update page words its refusals of delay, duration and the extension number; other refusals stay "Validation Failed.".
    updateTheGroupCallPickupInformation: {
      delay: 'delayMustBeInTheRange',
      'play_incoming_calls_sound.duration': 'durationMustBeInTheRange',
      extension_number: 'extensionNumberError',
    },
  },
  migrations: groupCallPickupMigrations,
  seed: { after: ['sites', 'users'], run: seedGroupCallPickup },
  listeners: {
    'extensions.released': (db, e) => forgetExtensions(db, e.accountId, e.extensionIds),
    'sites.deleting': (db, e) => moveSiteGroups(db, e.accountId, e.siteId, e.transferSiteId),
  },
});
