// SMS: 10DLC campaigns, consent policies and consumers' opt statuses.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { smsMigrations } from './migrations.ts';
import { seedSms } from './seed.ts';
import { releaseDeletedNumbers } from './store.ts';
import { AccountStore } from '../../kit/store.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: smsMigrations,
  seed: { after: ['numbers'], run: seedSms },
  listeners: {
    // A number that leaves the account leaves its campaign and consent policy, and gives its seat back.
    'numbers.removed': (db, e) => releaseDeletedNumbers(new AccountStore(db, e.accountId), e.numberIds),
  },
});
