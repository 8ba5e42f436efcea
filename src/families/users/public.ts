// What other families may use of users: reading a user (whole, or just its id
// and email for a family that links to it), how many users hold each calling plan
// (billing counts its inventory from it), and the event sent when users move to
// another site (the numbers assigned to them follow).
export { findUser, findUserByEmail, findUserByIdOrEmail, plansInUse, type UserRow } from './store.ts';

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
