// What other families may use of sites: reading them (and their emergency
// addresses), holding one while hanging something on it, and the events a
// site's deletion sends so that everything on it moves to the transfer site.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { lockSite } from './store.ts';

export { allSites, findDefaultEmergencyAddress, findSite, siteNames, type SiteRow } from './store.ts';
export type { SiteAddress } from './tables.ts';

/**
 * The site, held until the caller's transaction ends so that a concurrent delete
 * waits for it (and then moves what was put on it); undefined when it does not
 * exist or a delete got there first. Run inside a transaction.
 */
export const holdSite = (db: Kysely<Database>, accountId: string, siteId: string) => lockSite(db, accountId, siteId, 'keyShare');

declare module '../../kit/events.ts' {
  interface Events {
    /** A site is being deleted; whatever is on it moves to `transferSiteId`. */
    'sites.deleting': { accountId: string; siteId: string; transferSiteId: string };
  }
}

declare module '../../kit/seed.ts' {
  interface DemoGraph {
    /** The demo account's sites: main, Denver, London. */
    siteIds: string[];
    sites: { id: string; city: string; state: string; country: string }[];
  }
}
