// Firmware update rules: per site and device model, the firmware version the
// account's desk phones are to run, from the sandbox's catalogue of vendors and models.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { firmwareUpdateRulesMigrations } from './migrations.ts';
import { seedFirmwareUpdateRules } from './seed.ts';
import { removeSiteRules } from './store.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: firmwareUpdateRulesMigrations,
  seed: { after: ['sites'], run: seedFirmwareUpdateRules },
  listeners: {
    'sites.deleting': (db, e) => removeSiteRules(db, e.accountId, e.siteId),
  },
});
