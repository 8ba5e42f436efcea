// Billing: calling-plan inventory, phone-number packages and billing accounts.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { billingMigrations } from './migrations.ts';
import { seedBilling } from './seed.ts';
import { moveSiteBillingAccounts } from './store.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: billingMigrations,
  seed: { after: ['sites', 'users'], run: seedBilling },
  listeners: {
    'sites.deleting': (db, e) => moveSiteBillingAccounts(db, e.accountId, e.siteId, e.transferSiteId),
  },
});
