// The shared-line-groups family's demo records: one group on the demo's main site
// with two of its users as members and one of the demo's free numbers, taken through
// the numbers family's public surface as the API does.
import type { DemoGraph } from '../../kit/seed.ts';
import { claimExtension, extensionsOfOwners } from '../extensions/public.ts';
import { assignIfFree, numbersById, PHONE_PRODUCT } from '../numbers/public.ts';
import { ASSIGNEE_TYPE } from './rules.ts';

const GROUP = { name: 'Front Desk', site: 0, extension: 100820 };

export async function seedSharedLineGroups(graph: DemoGraph): Promise<void> {
  const { db, ids, now, accountId } = graph;
  const siteId = graph.siteIds[GROUP.site];
  // Members belong to the group's site: its first two demo users.
  const members = graph.userIds.filter((_, i) => graph.userSites[i] === GROUP.site).slice(0, 2);
  if (members.length < 2) throw new Error('the demo site of the shared line group has fewer than two users');
  const id = ids.next();
  const extensionId = ids.next();
  const claim = await claimExtension(db, { accountId, id: extensionId, kind: 'sharedLineGroup', number: GROUP.extension, name: GROUP.name, siteId, ownerId: id });
  if (!claim.ok) throw new Error(`demo extension ${GROUP.extension} is taken`);
  await db
    .insertInto('shared_line_groups')
    .values({
      id, account_id: accountId, extension_id: extensionId, display_name: GROUP.name, description: 'Reception line shared by the front desk',
      site_id: siteId, status: 'active', cost_center: null, department: 'Reception', timezone: 'America/Los_Angeles', audio_prompt_language: 'en-US',
      default_transcription_language: 'en-US', recording_storage_location: 'US', allow_privacy: 1, primary_number_id: null, policy: '{}',
      created_at: now, updated_at: now,
    })
    .execute();
  const extensions = await extensionsOfOwners(db, accountId, members, 'user');
  for (const userId of members) {
    const extension = extensions.get(userId);
    if (!extension) throw new Error(`demo user ${userId} holds no extension`);
    await db.insertInto('shared_line_group_members').values({ account_id: accountId, group_id: id, member_id: userId, member_type: 'user', extension_id: extension.id, created_at: now }).execute();
  }
  // The demo's numbers nobody holds yet, in creation order: the last one, so the other seeds' picks stay theirs.
  const numbers = await numbersById(db, accountId, graph.numberIds);
  const free = graph.numberIds.filter((n) => numbers.get(n)?.assignee_id === null && numbers.get(n)?.allocated_product === PHONE_PRODUCT);
  const numberId = free.at(-1);
  if (!numberId || !(await assignIfFree(db, accountId, numberId, ASSIGNEE_TYPE, id, siteId))) throw new Error('no free demo number for a shared line group');
}
