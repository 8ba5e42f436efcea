// Monitoring Groups: who may listen to, whisper in, barge into or take over whose
// calls. A group has a type, a site and privileges; its members (monitors and
// monitored) are extensions of the account's directory, and leave every group
// when the directory releases them. Groups on a deleted site move to the transfer site.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { monitoringGroupsMigrations } from './migrations.ts';
import { seedMonitoringGroups } from './seed.ts';
import { forgetExtensions, moveSiteGroups } from './store.ts';

export default defineFamily({
  owner,
  handlers,
  invalidInput: {
    // The pages' own words for a type or privilege the schema's enum refuses.
    createAMonitoringGroup: { 'type#enum': 'typeShouldBe12Or', 'monitoring_privileges[]#enum': 'privilegeDoesNotExist' },
    updateAMonitoringGroup: { 'monitoring_privileges[]#enum': 'privilegeDoesNotExist' },
    // "Missing 'member_type'.": left out, or none of monitor / monitored.
    getMembersOfAMonitoringGroup: { member_type: 'missingMemberType' },
  },
  migrations: monitoringGroupsMigrations,
  seed: { after: ['sites', 'users'], run: seedMonitoringGroups },
  listeners: {
    'extensions.released': (db, e) => forgetExtensions(db, e.accountId, e.extensionIds),
    'sites.deleting': (db, e) => moveSiteGroups(db, e.accountId, e.siteId, e.transferSiteId),
  },
});
