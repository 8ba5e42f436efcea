// The auto-receptionists family's demo records: each demo site's main receptionist
// (made by the sites seed through public.ts) answers with an IVR whose key 1 routes
// to a demo call queue — its site's, else the first — as does a caller who
// presses nothing.
import type { DemoGraph } from '../../kit/seed.ts';
import { AccountStore } from '../../kit/store.ts';
import { extensionsOfKind } from '../extensions/public.ts';
import { mainsOfSites, saveKey, saveMenu } from './store.ts';

export async function seedAutoReceptionists(graph: DemoGraph): Promise<void> {
  const { db, accountId } = graph;
  const store = new AccountStore(db, accountId);
  const queues = await extensionsOfKind(db, accountId, 'callQueue');
  if (queues.length === 0) throw new Error('the demo has no call queue to route to');
  const mains = await mainsOfSites(db, accountId, graph.siteIds);
  for (const siteId of graph.siteIds) {
    const main = mains.get(siteId);
    if (!main) throw new Error(`demo site ${siteId} has no main auto receptionist`);
    const queue = queues.find((q) => q.siteId === siteId) ?? queues[0];
    await saveKey(store, { receptionist_id: main.id, hours_type: 'business_hours', key: '1', action: 7, target_extension_id: queue.id, target_phone_number: null, voicemail_greeting_id: null });
    await saveMenu(store, main.id, 'business_hours', { no_action: { action: 7, repeat: 2, extension_id: queue.id } });
  }
}
