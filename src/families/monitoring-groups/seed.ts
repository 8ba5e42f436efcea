// The demo account's monitoring group: on the main site, the first demo user
// monitors two colleagues of that site, listening and whispering, with a
// disclaimer prompt.
import type { DemoGraph } from '../../kit/seed.ts';
import { AccountStore } from '../../kit/store.ts';
import { extensionsOfOwners } from '../extensions/public.ts';
import { insertGroup, insertMembers } from './store.ts';
import { exclusiveType } from './rules.ts';

export async function seedMonitoringGroups(graph: DemoGraph): Promise<void> {
  const { db, ids, now, accountId } = graph;
  const mainSite = graph.siteIds[0];
  // The users of the main site, in the order the demo made them.
  const onMain = graph.userIds.filter((_, i) => graph.userSites[i] === 0);
  if (onMain.length < 3) throw new Error('the demo main site has fewer than three users');
  const [monitor, ...monitored] = onMain.slice(0, 3);
  const extensions = await extensionsOfOwners(db, accountId, onMain.slice(0, 3), 'user');
  const store = new AccountStore(db, accountId);
  const id = ids.next();
  await insertGroup(store, {
    id, name: 'Front Desk Coaching', type: 1, site_id: mainSite, privileges: JSON.stringify(['listen', 'whisper']), prompt: 1, created_at: now, updated_at: now,
  });
  const member = (ownerId: string, role: 'monitor' | 'monitored') => {
    const ext = extensions.get(ownerId);
    if (!ext) throw new Error(`demo user ${ownerId} has no extension`);
    return { group_id: id, extension_id: ext.id, owner_id: ownerId, kind: ext.kind, role, exclusive_type: exclusiveType(role, 1), created_at: now };
  };
  // The demo is seeded in one transaction.
  if (!(await insertMembers(store, [member(monitor, 'monitor'), ...monitored.map((u) => member(u, 'monitored'))]))) {
    throw new Error('the demo monitoring group members collide');
  }
}
