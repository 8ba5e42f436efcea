// The outbound-calling family: the outbound calling policy's countries and regions
// and exception rules at the account, site, user and common-area levels, and the
// decision the simulator asks of it for a call out (public.ts). What a site, user or
// common area changed goes with it.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { outboundCallingMigrations } from './migrations.ts';
import { seedOutboundCalling } from './seed.ts';
import { removeLevels } from './store.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: outboundCallingMigrations,
  seed: { after: [], run: seedOutboundCalling },
  listeners: {
    // A deleted site's users and common areas move to the transfer site with their own rules; the site's own go.
    'sites.deleting': (db, e) => removeLevels(db, e.accountId, 'site', [e.siteId]),
    'users.removed': (db, e) => removeLevels(db, e.accountId, 'user', e.userIds),
    // A deleted common area releases its extension (common-areas publishes nothing of its own): its rules, kept by that extension id, go.
    'extensions.released': (db, e) => removeLevels(db, e.accountId, 'commonArea', e.extensionIds),
  },
});
