// The phone-roles family's demo records: Zoom's built-in roles, a demo user as the
// Phone Super Admin, and a custom role (a copy of Site Admin) whose member
// administers a branch office site.
import type { DemoGraph } from '../../kit/seed.ts';
import { AccountStore } from '../../kit/store.ts';
import { ensureBuiltins } from './store.ts';

export async function seedPhoneRoles(graph: DemoGraph): Promise<void> {
  const { db, ids, now, accountId } = graph;
  const store = new AccountStore(db, accountId);
  await ensureBuiltins(store, () => ids.next(), () => now);
  const superAdmin = await store.scoped('phone_roles').select('id').where('builtin', '=', 'super_admin').executeTakeFirstOrThrow();
  // The first demo user is the Phone Super Admin; a user of the branch office administers it.
  const siteIndex = graph.siteIds.length > 1 ? 1 : 0;
  const site = graph.siteIds[siteIndex];
  const admin = graph.userIds[0];
  const regional = graph.userIds.find((_, i) => i > 0 && graph.userSites[i] === siteIndex) ?? graph.userIds[1];
  if (admin) await store.insert('phone_role_members', { role_id: superAdmin.id, user_id: admin, created_at: now });

  const custom = ids.next();
  await store.insert('phone_roles', {
    id: custom,
    name: 'Regional Site Admin',
    description: 'Site admins of the regional offices: users, numbers and settings of their sites.',
    kind: 'site_admin',
    builtin: null,
    created_at: now,
  });
  if (site) await store.insert('phone_role_targets', { role_id: custom, member_id: '', target_type: 'site', target_id: site, created_at: now });
  if (regional) {
    await store.insert('phone_role_members', { role_id: custom, user_id: regional, created_at: now });
    if (site) await store.insert('phone_role_targets', { role_id: custom, member_id: regional, target_type: 'site', target_id: site, created_at: now });
  }
}
