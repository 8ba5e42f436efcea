// The zoom-rooms family's demo records: the demo account's three Zoom Rooms. The
// boardroom at the main site is in Zoom Phone, with an extension of the site's
// block, a US/CA Metered plan of the inventory and one of the demo's free numbers;
// the two others wait among the rooms without a Zoom Phone assignment.
import type { DemoGraph } from '../../kit/seed.ts';
import { extensionBlock } from '../../kit/extension-numbers.ts';
import { claimFirstFreeExtension } from '../extensions/public.ts';
import { assignIfFree, numbersById, PHONE_PRODUCT } from '../numbers/public.ts';
import { consumePlan } from '../billing/public.ts';
import { findSite, siteTerms } from '../sites/public.ts';
import { ASSIGNEE_TYPE } from './rules.ts';

const ROOMS = [
  { name: 'Boardroom', location: 'San Jose, California, United States', department: 'Executive', cost: 'CC-100' },
  { name: 'Huddle Room 2B', location: 'Denver, Colorado, United States', department: 'Sales', cost: 'CC-200' },
  { name: 'Thames Meeting Room', location: 'London, England, United Kingdom', department: 'Support', cost: 'CC-300' },
];

/** US/CA Metered: the plan the demo's boardroom holds. */
const BOARDROOM_PLAN = 100;

export async function seedZoomRooms(graph: DemoGraph): Promise<void> {
  const { db, ids, now, accountId } = graph;
  const roomIds: string[] = [];
  for (const r of ROOMS) {
    const id = ids.next();
    roomIds.push(id);
    await db
      .insertInto('zoom_rooms')
      .values({ id, account_id: accountId, display_name: r.name, location_id: ids.next(), location_info: r.location, department: r.department, cost_center: r.cost, created_at: now })
      .execute();
  }

  const roomId = roomIds[0]!;
  const site = await findSite(db, accountId, graph.siteIds[0]!);
  if (!site) throw new Error('zoom-rooms seed: the demo has no main site');
  const extensionId = ids.next();
  const block = extensionBlock(siteTerms(site));
  await claimFirstFreeExtension(db, { accountId, id: extensionId, kind: 'zoomRoom', name: ROOMS[0]!.name, siteId: site.id, ownerId: roomId }, block.first);
  await db.insertInto('zoom_room_phones').values({ account_id: accountId, room_id: roomId, site_id: site.id, extension_id: extensionId, policy: '{}', created_at: now }).execute();
  if (!(await consumePlan(db, accountId, BOARDROOM_PLAN))) throw new Error('zoom-rooms seed: no US/CA Metered plan left for the boardroom');
  await db
    .insertInto('zoom_room_plans')
    .values({ account_id: accountId, room_id: roomId, type: BOARDROOM_PLAN, billing_account_id: null, billing_subscription_id: null, created_at: now })
    .execute();
  // The last free Zoom number of the demo's first twelve: the earlier ones are the other families' demo holders'.
  const numbers = await numbersById(db, accountId, graph.numberIds);
  const free = graph.numberIds.filter((n) => {
    const row = numbers.get(n);
    return row?.assignee_id === null && row.allocated_product === PHONE_PRODUCT && row.source === 'Zoom';
  });
  const numberId = free[free.length - 1];
  if (!numberId || !(await assignIfFree(db, accountId, numberId, ASSIGNEE_TYPE, roomId, site.id))) throw new Error('zoom-rooms seed: no free demo number for the boardroom');
}
