// Users' settings: profile settings, delegation (an executive's line shown to its
// assistants, listed as shared line appearances), intercom and shared access
// lists. Users and assistants whose extensions leave the directory leave them all.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { userSettingsMigrations } from './migrations.ts';
import { seedUserSettings } from './seed.ts';
import { forgetExtensions } from './store.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: userSettingsMigrations,
  seed: { after: ['users', 'extensions'], run: seedUserSettings },
  listeners: {
    'extensions.released': (db, e) => forgetExtensions(db, e.accountId, e.extensionIds),
  },
});
