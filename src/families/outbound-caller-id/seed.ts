// The outbound-caller-id family's demo records. The demo account has three sites, so
// multiple sites is on and the sites' lists are the ones its admins manage: the main
// site lets its users show the numbers of its call queues and receptionists, and its
// first user may also show one more. The account's own list cannot be managed with
// multiple sites on (rules.ts), so the demo keeps none.
import type { DemoGraph } from '../../kit/seed.ts';
import { numbersById } from '../numbers/public.ts';
import type { ListLevel } from './tables.ts';

/** Holders whose numbers an office shares as its caller ID. */
const SHARED_HOLDERS = new Set(['CallQueue', 'AutoReceptionist', 'SharedLineGroup']);

export async function seedOutboundCallerId(graph: DemoGraph): Promise<void> {
  const { db, ids, now, accountId } = graph;
  const numbers = [...(await numbersById(db, accountId, graph.numberIds)).values()]
    .filter((n) => n.allocated_product === 'ZOOM_PHONE')
    .sort((a, b) => Number(a.seq) - Number(b.seq));
  const mainSite = graph.siteIds[0];
  // The main site's first call queue number and its first receptionist's (its main company number).
  const shared = ['CallQueue', 'AutoReceptionist'].flatMap((type) => numbers.find((n) => n.assignee_type === type && n.site_id === mainSite) ?? []);
  if (shared.length === 0) throw new Error('outbound-caller-id seed: the main site has no call queue or receptionist number');
  const rows: { level: ListLevel; owner_id: string; number_id: string }[] = shared.map((n) => ({ level: 'site', owner_id: mainSite, number_id: n.id }));
  const userId = graph.userIds[0];
  const extra = numbers.find((n) => !shared.includes(n) && n.assignee_type && SHARED_HOLDERS.has(n.assignee_type)) ?? shared[0];
  rows.push({ level: 'user', owner_id: userId, number_id: extra.id });
  await db
    .insertInto('outbound_caller_id_numbers')
    .values(rows.map((r) => ({ id: ids.next(), account_id: accountId, ...r, created_at: now })))
    .execute();
}
