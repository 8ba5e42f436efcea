// The account-settings family: the account's Zoom Phone settings (/phone/settings), its
// settings document (/phone/account_settings) and a group's (/phone/groups/{groupId}/settings).
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { accountSettingsMigrations } from './migrations.ts';
import { seedAccountSettings } from './seed.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: accountSettingsMigrations,
  seed: { after: ['sites', 'billing'], run: seedAccountSettings },
});
