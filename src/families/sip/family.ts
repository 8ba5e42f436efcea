// SIP trunks and their assignment to sub accounts, internal numbers, SIP phones and SIP groups.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { sipMigrations } from './migrations.ts';
import { seedSip } from './seed.ts';


export default defineFamily({
  owner,
  handlers,
  migrations: sipMigrations,
  seed: { after: [], run: seedSip },
});
