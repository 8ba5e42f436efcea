// Sites: the places users and numbers belong to; deleting one moves everything on it.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { sitesMigrations } from './migrations.ts';
import { seedSites } from './seed.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: sitesMigrations,
  seed: { after: [], run: seedSites },
});
