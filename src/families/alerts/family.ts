// Alerts: the account's alert settings (a rule of a module, its conditions, the
// call queues, users, sites, devices or account it watches, when and whom it
// tells). Simulated calls to a watched call queue are measured against its rule
// and the alerts they fire are recorded (watch.ts), as are the emergency calls placed
// from a site an Emergency Call Alert watches (emergency.ts). A target that leaves the
// account (a queue or user extension released, a site deleted) leaves its alerts;
// an alert left with no target is deleted.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { alertsMigrations } from './migrations.ts';
import { seedAlerts } from './seed.ts';
import { forgetTargets } from './store.ts';
import { TARGET } from './rules.ts';
import { watchCalls } from './watch.ts';
import { watchEmergencyCalls } from './emergency.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: alertsMigrations,
  seed: { after: ['sites', 'extensions', 'call-queues'], run: seedAlerts },
  listeners: {
    'extensions.released': (db, e) => forgetTargets(db, e.accountId, e.extensionIds, [TARGET.callQueue, TARGET.user]),
    'sites.deleting': (db, e) => forgetTargets(db, e.accountId, [e.siteId], [TARGET.site]),
    'calls.completed': async (db, e) => {
      await watchCalls(db, e.accountId, e.calls);
      await watchEmergencyCalls(db, e.accountId, e.calls);
    },
  },
});
