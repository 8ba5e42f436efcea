// Inbound Blocked List: the account's block rules for inbound calls and messaging,
// each extension's own rules, and the statistics of what the extensions block.
// An extension's rules go with it when the directory releases it.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { inboundBlockedMigrations } from './migrations.ts';
import { seedInboundBlocked } from './seed.ts';
import { forgetExtensions } from './store.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: inboundBlockedMigrations,
  seed: { after: ['users'], run: seedInboundBlocked },
  listeners: {
    'extensions.released': (db, e) => forgetExtensions(db, e.accountId, e.extensionIds),
  },
});
