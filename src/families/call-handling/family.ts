// Call Handling: how each extension of the account's directory (users, call
// queues, auto receptionists, shared line groups) routes its calls in business
// hours, closed hours and holidays. When extensions leave the directory their
// call handling goes, and settings forwarding to them fall back to voicemail.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { callHandlingMigrations } from './migrations.ts';
import { seedCallHandling } from './seed.ts';
import { forgetExtensions } from './store.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: callHandlingMigrations,
  seed: { after: ['users', 'extensions'], run: seedCallHandling },
  listeners: {
    'extensions.released': (db, e) => forgetExtensions(db, e.accountId, e.extensionIds),
    // A deleted external contact is let go of as a released extension is: settings forwarding to it fall back to voicemail.
    'externalContacts.removed': (db, e) => forgetExtensions(db, e.accountId, e.externalContactIds),
  },
});
