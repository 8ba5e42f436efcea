// Sites: the places users and numbers belong to; deleting one moves everything on it.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { sitesMigrations } from './migrations.ts';
import { seedSites } from './seed.ts';

export default defineFamily({
  owner,
  handlers,
  invalidInput: {
    // "The end date in the following format: \"yyyy-MM-dd\"": a date the format refuses is the page's 13805.
    updatePhoneSiteDetails: { 'policy.schedule_firmware_update.end_setting.end_date': 'invalidEndDate' },
  },
  migrations: sitesMigrations,
  seed: { after: [], run: seedSites },
});
