// Emergency service locations: the account's tree of locations and sub-locations, each
// with its emergency address and the networks it is detected by; and the Dashboard's
// emergency-services views, which place users and desk phones on those networks.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { emergencyLocationsMigrations } from './migrations.ts';
import { seedEmergencyLocations } from './seed.ts';
import { forgetElins, moveSiteLocations } from './public.ts';

export default defineFamily({
  owner,
  handlers,
  // The views' pages word a status or location_type left out their own way.
  invalidInput: {
    listDefaultEmergencyAddressUsers: { 'status#required': 'statusCantBeEmpty' },
    listDetectablePersonalLocationUsers: { 'status#required': 'statusCantBeEmpty' },
    listNomadicEmergencyServicesUsers: { 'status#required': 'statusCantBeEmpty' },
    listRealTimeLocationForIpPhones: { 'location_type#required': 'locationTypeCantBeEmpty' },
    listRealTimeLocationForUsers: { 'location_type#required': 'locationTypeCantBeEmpty' },
  },
  migrations: emergencyLocationsMigrations,
  seed: { after: ['sites', 'emergency-addresses'], run: seedEmergencyLocations },
  listeners: {
    // A deleted site's locations move to the site its assets transfer to.
    'sites.deleting': (db, e) => moveSiteLocations(db, e.accountId, e.siteId, e.transferSiteId),
    // A number taken out of the account is no location's ELIN any more.
    'numbers.removed': (db, e) => forgetElins(db, e.accountId, e.numberIds),
  },
});
