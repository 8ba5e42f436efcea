// The call-queues family's demo records: two queues of the demo account, each
// with two users as members (the first its manager) and one of the demo's free
// numbers, taken through the numbers family's public surface as the API does.
import type { DemoGraph } from '../../kit/seed.ts';
import { claimExtension, extensionsOfOwners } from '../extensions/public.ts';
import { assignIfFree, numbersById } from '../numbers/public.ts';

const QUEUES = [
  { name: 'Sales', site: 0, extension: 100800, members: [0, 1], department: 'Sales', cost_center: 'CC-200' },
  { name: 'Support', site: 1, extension: 200800, members: [3, 4], department: 'Support', cost_center: 'CC-300' },
];

export async function seedCallQueues(graph: DemoGraph): Promise<void> {
  const { db, ids, now, accountId } = graph;
  // The demo's numbers nobody holds, in creation order.
  const numbers = await numbersById(db, accountId, graph.numberIds);
  const free = graph.numberIds.filter((id) => numbers.get(id)?.assignee_id === null && numbers.get(id)?.allocated_product === 'ZOOM_PHONE');
  const userExtensions = await extensionsOfOwners(db, accountId, graph.userIds, 'user');
  for (const [i, q] of QUEUES.entries()) {
    const id = ids.next();
    const extensionId = ids.next();
    const siteId = graph.siteIds[q.site];
    const claim = await claimExtension(db, { accountId, id: extensionId, kind: 'callQueue', number: q.extension, name: q.name, siteId, ownerId: id });
    if (!claim.ok) throw new Error(`demo extension ${q.extension} is taken`);
    await db
      .insertInto('call_queues')
      .values({
        id, account_id: accountId, extension_id: extensionId, name: q.name, site_id: siteId, status: 'active', description: `${q.name} line`,
        cost_center: q.cost_center, department: q.department, timezone: 'America/Los_Angeles', audio_prompt_language: 'en-US',
        default_transcription_language: 'en-US', recording_storage_location: 'US', settings: '{}', created_at: now, updated_at: now,
      })
      .execute();
    for (const [j, u] of q.members.entries()) {
      const userId = graph.userIds[u];
      const extension = userExtensions.get(userId);
      if (!extension) throw new Error(`demo user ${userId} holds no extension`);
      await db
        .insertInto('call_queue_members')
        .values({ account_id: accountId, queue_id: id, member_id: userId, member_type: 'user', extension_id: extension.id, level: j === 0 ? 'manager' : 'user', receive_call: 1, created_at: now })
        .execute();
    }
    const numberId = free[i];
    if (!numberId || !(await assignIfFree(db, accountId, numberId, 'CallQueue', id, siteId))) throw new Error('no free demo number for a call queue');
  }
}
