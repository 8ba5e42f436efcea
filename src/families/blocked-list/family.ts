// The Blocked List: the account's numbers and prefixes kept from calling in
// (inbound, threat) or from being dialled by its phone users (outbound).
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { blockedListMigrations } from './migrations.ts';
import { seedBlockedList } from './seed.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: blockedListMigrations,
  seed: { after: [], run: seedBlockedList },
});
