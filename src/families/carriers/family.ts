// Carriers: peering and reseller numbers pushed to customers, and port-in orders.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { carriersMigrations } from './migrations.ts';
import { seedCarriers } from './seed.ts';


export default defineFamily({
  owner,
  handlers,
  migrations: carriersMigrations,
  seed: { after: ['sites', 'numbers'], run: seedCarriers },
});
