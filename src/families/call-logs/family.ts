// The call-logs family. What it owns and answers: see handlers.ts and tables.ts.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { callLogsMigrations } from './migrations.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: callLogsMigrations,
  // seed: { after: ['sites'], run: seedCallLogs },
  // listeners: { 'numbers.removed': (db, e) => … },
});
