// The site-settings family: a site's settings by setting type (audio prompts, billing
// account, business, closed and holiday hours, desk phones, dial by name, location-based
// routing, outbound caller ID, device security). A deleted site's settings go with it.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { siteSettingsMigrations } from './migrations.ts';
import { forgetSite } from './store.ts';
import { seedSiteSettings } from './seed.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: siteSettingsMigrations,
  seed: { after: ['sites'], run: seedSiteSettings },
  listeners: {
    'sites.deleting': (db, e) => forgetSite(db, e.accountId, e.siteId),
  },
});
