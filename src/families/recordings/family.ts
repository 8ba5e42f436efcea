// Call recordings: the recordings simulated calls leave, their files and
// transcripts, the auto-delete flag and the trash.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { recordingsMigrations } from './migrations.ts';
import { onCallsCompleted } from './completed.ts';
import './public.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: recordingsMigrations,
  listeners: {
    // A call that ends stores its recordings in the call's own transaction.
    'calls.completed': (db, e) => onCallsCompleted(db, e.calls),
  },
});
