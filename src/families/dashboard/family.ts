// The dashboard family: Zoom's dashboard of calls (their metrics and QoS), its
// own data set, kept from the calls the simulator completes.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { dashboardMigrations } from './migrations.ts';
import { buildRow } from './record.ts';
import { insertCalls } from './store.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: dashboardMigrations,
  listeners: {
    'calls.completed': async (db, e) => {
      const built = [];
      for (const call of e.calls) built.push(await buildRow(db, call));
      await insertCalls(db, e.accountId, built);
    },
  },
});
