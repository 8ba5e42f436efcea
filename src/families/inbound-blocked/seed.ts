// The demo account's inbound block rules: one account rule every extension
// follows, and one rule of the first demo user's extension, which the account's
// statistics count.
import type { DemoGraph } from '../../kit/seed.ts';
import { AccountStore } from '../../kit/store.ts';
import { extensionsOfOwners } from '../extensions/public.ts';
import { addExtensionRule, insertAccountRule } from './store.ts';
import { targetOf, type Fail } from './rules.ts';

const refuse: Fail = (name) => new Error(`a demo inbound block rule breaks ${name}`) as never;

export async function seedInboundBlocked(graph: DemoGraph): Promise<void> {
  const { db, ids, now, accountId } = graph;
  const robocaller = targetOf({ match_type: 'phoneNumber', blocked_number: '2025550143', country: 'US' }, refuse);
  await insertAccountRule(new AccountStore(db, accountId), {
    id: ids.next(), ...robocaller, type: 'block_for_other_reasons', status: 'active', comment: 'Repeated robocalls to the main line', created_at: now, updated_at: now,
  });
  const [firstUser] = graph.userIds;
  const extension = (await extensionsOfOwners(db, accountId, [firstUser], 'user')).get(firstUser);
  if (!extension) throw new Error('the first demo user has no extension');
  const scammer = targetOf({ match_type: 'phoneNumber', blocked_number: '4155550172', country: 'US' }, refuse);
  await addExtensionRule(db, accountId, { id: ids.next(), extension_id: extension.id, ...scammer, type: 'block_as_threat', created_at: now }, ids.next());
}
