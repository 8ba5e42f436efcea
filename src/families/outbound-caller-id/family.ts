// The outbound-caller-id family: the customized outbound caller ID lists of the
// account, its sites and its users (the numbers they may show when they call out).
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { outboundCallerIdMigrations } from './migrations.ts';
import { seedOutboundCallerId } from './seed.ts';
import { removeListsOf, removeNumbers } from './store.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: outboundCallerIdMigrations,
  seed: { after: ['sites', 'users', 'numbers', 'call-queues', 'auto-receptionists', 'shared-line-groups'], run: seedOutboundCallerId },
  listeners: {
    // A number deleted or handed to another account leaves every list it was in.
    'numbers.removed': (db, e) => removeNumbers(db, e.accountId, e.numberIds),
    // A deleted site's list and a removed user's list go with them.
    'sites.deleting': (db, e) => removeListsOf(db, e.accountId, 'site', [e.siteId]),
    'users.removed': (db, e) => removeListsOf(db, e.accountId, 'user', e.userIds),
  },
});
