// The group-call-pickup family's demo records: one call pickup group on the main
// site, with the two demo users of that site who sit at the front desk as members.
import type { DemoGraph } from '../../kit/seed.ts';
import { AccountStore } from '../../kit/store.ts';
import { extensionsOfOwners } from '../extensions/public.ts';
import { insertGroup, insertMember } from './store.ts';
import { DEFAULTS } from './rules.ts';

export async function seedGroupCallPickup(graph: DemoGraph): Promise<void> {
  const { db, ids, now, accountId } = graph;
  const store = new AccountStore(db, accountId);
  // The first two demo users are on the main site (users' seed: site index 0).
  const owners = graph.userIds.filter((_, i) => graph.userSites[i] === 0).slice(0, 2);
  const extensions = await extensionsOfOwners(db, accountId, owners, 'user');
  if (extensions.size !== 2) throw new Error('the demo call pickup group needs two users of the main site');
  const id = ids.next();
  const added = await insertGroup(store, {
    id,
    display_name: 'Front Desk Pickup',
    description: 'Reception staff pick up each other’s ringing calls',
    site_id: graph.siteIds[0],
    extension_id: ids.next(),
    extension_number: 190,
    delay: 5,
    directed_call_pickup: 1,
    cost_center: 'CC-100',
    department: 'Operations',
    sound_enable: 1,
    sound_ring_tone: 'ringtone_2',
    sound_duration: DEFAULTS.sound_duration,
    created_at: now,
    updated_at: now,
  });
  if (!added) throw new Error('the demo call pickup group number is taken');
  for (const owner of owners) {
    const ext = extensions.get(owner)!;
    await insertMember(store, { group_id: id, extension_id: ext.id, extension_type: 'user', owner_id: owner, created_at: now });
  }
}
