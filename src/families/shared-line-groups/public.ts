// What other families (and the telephony simulator) may use of shared line
// groups: a group as a router rings it — its members' extensions and the time
// zone its hours are read in. The group's extension is the directory's (kind
// 'sharedLineGroup'), its numbers the numbers family's.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { AccountStore } from '../../kit/store.ts';
import { groupByExtension, membersOf } from './store.ts';

export interface SharedLineGroupRouting {
  groupId: string;
  active: boolean;
  timezone: string | null;
  /** The members' extensions, in the order they joined. */
  memberExtensionIds: string[];
}

/** The group holding this extension, as a router rings it; undefined when no group holds it. */
export async function sharedLineGroupRouting(db: Kysely<Database>, accountId: string, extensionId: string): Promise<SharedLineGroupRouting | undefined> {
  const group = await groupByExtension(db, accountId, extensionId);
  if (!group) return undefined;
  const members = (await membersOf(new AccountStore(db, accountId), [group.id])).get(group.id) ?? [];
  return { groupId: group.id, active: group.status === 'active', timezone: group.timezone, memberExtensionIds: members.map((m) => m.extension_id) };
}
