// The reports family: the call charges report (kept from the calls the
// simulator completes) and the operation logs report (the platform's log of
// every write through the API).
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { reportsMigrations } from './migrations.ts';
import { buildCharges } from './record.ts';
import { insertCharges } from './store.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: reportsMigrations,
  listeners: {
    'calls.completed': async (db, e) => {
      const rows = [];
      for (const call of e.calls) rows.push(...(await buildCharges(db, call)));
      await insertCharges(db, e.accountId, rows);
    },
  },
});
