// The private-directory family's demo records: the demo account's private directory
// holds two people of the head office (one found by everybody, one by admins only),
// the Sales queue, and a lobby phone nobody finds on the web portal.
import type { DemoGraph } from '../../kit/seed.ts';
import { extensionsOfKind, type ExtensionKind } from '../extensions/public.ts';
import type { SearchScope } from './tables.ts';

const MEMBERS: { kind: ExtensionKind; name: string; scope: SearchScope }[] = [
  { kind: 'user', name: 'Ada Lovelace', scope: 'everybody' },
  { kind: 'user', name: 'Grace Hopper', scope: 'admins_only' },
  { kind: 'callQueue', name: 'Sales', scope: 'everybody' },
  { kind: 'commonArea', name: 'Main Lobby', scope: 'nobody' },
];

export async function seedPrivateDirectory(graph: DemoGraph): Promise<void> {
  const { db, now, accountId } = graph;
  for (const m of MEMBERS) {
    const ext = (await extensionsOfKind(db, accountId, m.kind)).find((e) => e.name === m.name);
    if (!ext) continue; // the demo of another day: a member the other seeds no longer make is left out
    await db
      .insertInto('private_directory_members')
      .values({ account_id: accountId, extension_id: ext.id, searchable_on_web_portal: m.scope, created_at: now, updated_at: now })
      .execute();
  }
}
