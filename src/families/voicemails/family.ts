// Voicemails: the messages simulated calls leave in mailboxes (users', call
// queues', auto receptionists', shared line groups'), their files, read status
// and trash.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { voicemailsMigrations } from './migrations.ts';
import { onCallsCompleted } from './received.ts';
import './public.ts';

export default defineFamily({
  owner,
  handlers,
  // "The read status is invalid.": a read_status that is not Read or Unread, or none.
  invalidInput: { updateVoicemailReadStatus: { read_status: 'readStatusIsInvalid' } },
  migrations: voicemailsMigrations,
  listeners: {
    // A call that ends in a voicemail stores it in the call's own transaction.
    'calls.completed': (db, e) => onCallsCompleted(db, e.calls),
  },
});
