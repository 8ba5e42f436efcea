// The policies family's demo records: two Zoom groups of demo users, and an account
// that locks nothing, so that every level reads Zoom's defaults until a test changes them.
import type { DemoGraph } from '../../kit/seed.ts';

/** Each group and the demo users (by their index in the users seed) whose main group it is. */
const GROUPS = [
  ['Sales', [0, 1]],
  ['Engineering', [2, 4]],
] as const;

export async function seedPolicies(graph: DemoGraph): Promise<void> {
  const { db, ids, now, accountId } = graph;
  graph.groupIds = [];
  for (const [name, members] of GROUPS) {
    const id = ids.next();
    graph.groupIds.push(id);
    await db.insertInto('phone_groups').values({ id, account_id: accountId, name, created_at: now }).execute();
    const users = members.map((i) => graph.userIds[i]).filter((u): u is string => u !== undefined);
    if (users.length) await db.insertInto('phone_group_members').values(users.map((user_id) => ({ account_id: accountId, group_id: id, user_id }))).execute();
  }
}
