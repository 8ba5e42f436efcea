// SMS sessions and messages: texts sent from the account's numbers (Post SMS
// message) and received from outside (the control plane's POST /_sandbox/sms),
// the sessions they make, the views and syncs of them, and the charges report.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { smsMessagesMigrations } from './migrations.ts';
import { seedSmsMessages } from './seed.ts';

export default defineFamily({
  owner,
  handlers,
  // Where a page documents its own error for a value the schema refuses.
  invalidInput: {
    // "Unsupported content type for SMS attachments.": a type outside PNG, JPEG, JPG, GIF, PDF.
    postSmsMessage: { 'attachments[].type#enum': 'unsupportedContentTypeForSmsAttachments' },
  },
  migrations: smsMessagesMigrations,
  seed: { after: ['users', 'numbers', 'extensions', 'sms'], run: seedSmsMessages },
});
