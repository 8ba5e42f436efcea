// Phone devices: the account's desk phones (one MAC address in the whole sandbox),
// assigned to users and common areas, with their line keys, provision templates,
// reboots and resyncs; the extensions' line keys; the account's smartphones.
// An extension that leaves the directory (a user removed, say) leaves its phones.
import { defineFamily } from '../../kit/family.ts';
import { AccountStore } from '../../kit/store.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { phoneDevicesMigrations } from './migrations.ts';
import { seedPhoneDevices } from './seed.ts';
import { extensionsOfOwners, followOwners, forgetExtensions, moveSite } from './store.ts';

export default defineFamily({
  owner,
  handlers,
  invalidInput: {
    // The page words a line key type it does not know; other refusals stay "Validation Failed.".
    batchUpdateLineKeyPositionAndSettingsInformation: { 'line_keys[].type#enum': 'lineKeyTypeIsInvalid' },
  },
  migrations: phoneDevicesMigrations,
  seed: { after: ['sites', 'users'], run: seedPhoneDevices },
  listeners: {
    'extensions.released': (db, e) => forgetExtensions(new AccountStore(db, e.accountId), e.extensionIds),
    'users.removed': async (db, e) => forgetExtensions(new AccountStore(db, e.accountId), await extensionsOfOwners(db, e.accountId, e.userIds)),
    'users.moved': (db, e) => followOwners(db, e.accountId, e.userIds, e.siteId),
    'sites.deleting': (db, e) => moveSite(db, e.accountId, e.siteId, e.transferSiteId),
  },
});
