// Routing Rules: the account's directory backup routing rules, tested on outgoing
// calls that match no user and no external contact. A deleted site's rules move,
// with its other assets, to the transfer site.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { routingRulesMigrations } from './migrations.ts';
import { seedRoutingRules } from './seed.ts';
import { moveSiteRules } from './store.ts';

export default defineFamily({
  owner,
  handlers,
  invalidInput: {
    addDirectoryBackupRoutingRule: { 'type#enum': 'typeDoesNotExist' },
    updateDirectoryBackupRoutingRule: { 'type#enum': 'typeDoesNotExist' },
  },
  migrations: routingRulesMigrations,
  seed: { after: ['sites'], run: seedRoutingRules },
  listeners: {
    'sites.deleting': (db, e) => moveSiteRules(db, e.accountId, e.siteId, e.transferSiteId),
  },
});
