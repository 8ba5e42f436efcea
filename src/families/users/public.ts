// What other families may use of users: reading a user, and the event sent when
// users move to another site (the numbers assigned to them follow).
export { findUser, type UserRow } from './store.ts';

declare module '../../kit/events.ts' {
  interface Events {
    'users.moved': { accountId: string; userIds: string[]; siteId: string };
  }
}

declare module '../../kit/seed.ts' {
  interface DemoGraph {
    userIds: string[];
    /** Index into `siteIds` of each demo user's site. */
    userSites: number[];
  }
}
