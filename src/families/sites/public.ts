// What other families may use of sites: reading them, and the events a site's
// deletion sends so that everything on it moves to the transfer site.
export { allSites, findSite, type SiteRow } from './store.ts';

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
