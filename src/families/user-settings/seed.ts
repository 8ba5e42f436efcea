// The user-settings family's demo records: the demo's first user delegates its line
// to the second (place and answer calls), so the demo lists one shared line appearance.
import type { DemoGraph } from '../../kit/seed.ts';
import { findUser } from '../users/public.ts';
import { DEFAULT_PRIVILEGES, toMask } from './rules.ts';

export async function seedUserSettings(graph: DemoGraph): Promise<void> {
  const { db, now, accountId } = graph;
  const [executiveId, assistantId] = graph.userIds;
  if (!executiveId || !assistantId) return;
  const executive = await findUser(db, accountId, executiveId);
  const assistant = await findUser(db, accountId, assistantId);
  if (!executive || !assistant) throw new Error('user-settings seed: the demo users are missing');
  await db
    .insertInto('user_delegations')
    .values({ account_id: accountId, user_id: executive.id, extension_id: executive.extension_id, privileges: toMask(DEFAULT_PRIVILEGES), privacy: 0, locked: 0, created_at: now })
    .execute();
  await db
    .insertInto('user_delegation_assistants')
    .values({ account_id: accountId, user_id: executive.id, extension_id: assistant.extension_id, receive_calls: 1, created_at: now })
    .execute();
}
