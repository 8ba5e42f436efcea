// SIP trunks and their assignment to sub accounts, internal numbers, SIP phones and SIP groups.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { sipMigrations } from './migrations.ts';
import { seedSip } from './seed.ts';
import { forgetUsersPhones } from './store.ts';

export default defineFamily({
  owner,
  handlers,
  invalidInput: {
    // The page documents 1002006 for a product left out; an unknown one reads as none.
    listSipGroupsForNumberManagement: { allocated_product: 'productCannotBeEmpty' },
  },
  migrations: sipMigrations,
  seed: { after: [], run: seedSip },
  listeners: {
    'users.removed': (db, e) => forgetUsersPhones(db, e.accountId, e.userIds),
  },
});
