// The auto-receptionists family's demo records: each demo site's main receptionist
// (made by the sites seed through public.ts) answers with an IVR whose key 1 routes
// to a demo call queue — its site's, else the first — as does a caller who
// presses nothing. Each keeps its office's time zone, and the first site's takes
// calls on a number of its own: the demo's main number.
import type { DemoGraph } from '../../kit/seed.ts';
import { AccountStore } from '../../kit/store.ts';
import { extensionsOfKind } from '../extensions/public.ts';
import { assignIfFree, numbersById, PHONE_PRODUCT } from '../numbers/public.ts';
import { mainsOfSites, saveKey, saveMenu } from './store.ts';
import { ASSIGNEE_TYPE } from './rules.ts';

/** The demo sites' offices, in the sites seed's order. */
const TIME_ZONES = ['America/Los_Angeles', 'America/Denver', 'Europe/London'];

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
    const zone = TIME_ZONES[graph.siteIds.indexOf(siteId)];
    if (zone) await store.patch('auto_receptionists', { id: main.id }, { timezone: zone });
  }
  // The first free demo number (the queues took theirs before) becomes the main site's main number.
  const main = mains.get(graph.siteIds[0]!)!;
  const numbers = await numbersById(db, accountId, graph.numberIds);
  const numberId = graph.numberIds.find((n) => numbers.get(n)?.assignee_id === null && numbers.get(n)?.allocated_product === PHONE_PRODUCT);
  if (!numberId || !(await assignIfFree(db, accountId, numberId, ASSIGNEE_TYPE, main.id, graph.siteIds[0]!))) throw new Error('no free demo number for the main receptionist');
}
