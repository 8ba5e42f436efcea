// The common-areas family's demo records: a lobby phone at the head office with a
// number and a calling plan, a break room phone in Denver and a reception phone in
// London. Seeded after the families that take the demo's free numbers first, so the
// lobby takes what they left.
import type { DemoGraph } from '../../kit/seed.ts';
import { extensionBlock } from '../../kit/extension-numbers.ts';
import { claimFirstFreeExtension } from '../extensions/public.ts';
import { assignNumbersTo, numbersById, PHONE_PRODUCT } from '../numbers/public.ts';
import { consumePlan } from '../billing/public.ts';
import { allSites, siteTerms } from '../sites/public.ts';
import { ASSIGNEE_TYPE } from './rules.ts';

const AREAS = [
  { site: 0, name: 'Main Lobby', timezone: 'America/Los_Angeles', plan: 100, number: true },
  { site: 1, name: 'Denver Break Room', timezone: 'America/Denver', plan: undefined, number: false },
  { site: 2, name: 'London Reception', timezone: 'Europe/London', plan: undefined, number: false },
];

export async function seedCommonAreas(graph: DemoGraph): Promise<void> {
  const { db, ids, now, accountId } = graph;
  const sites = await allSites(db, accountId);
  const numbers = await numbersById(db, accountId, graph.numberIds);
  const free = graph.numberIds.filter((n) => numbers.get(n)?.assignee_id === null && numbers.get(n)?.allocated_product === PHONE_PRODUCT);
  for (const a of AREAS) {
    const site = sites.find((s) => s.id === graph.siteIds[a.site]);
    if (!site) continue;
    const id = ids.next();
    const extensionId = ids.next();
    const block = extensionBlock(siteTerms(site));
    await claimFirstFreeExtension(db, { accountId, id: extensionId, kind: 'commonArea', name: a.name, siteId: site.id, ownerId: id }, block.first + 90);
    await db
      .insertInto('common_areas')
      .values({
        id, account_id: accountId, extension_id: extensionId, display_name: a.name, site_id: site.id, country_iso_code: null, timezone: a.timezone,
        area_code: null, cost_center: null, department: 'Facilities', default_transcription_language: null, emergency_address_id: null,
        outbound_caller_id: null, policy: '{}', custom_hours: null, pin_code: null, activation_code: null, activation_code_expires_at: null,
        created_at: now, updated_at: now,
      })
      .execute();
    if (a.plan !== undefined && (await consumePlan(db, accountId, a.plan))) {
      await db.insertInto('common_area_calling_plans').values({ account_id: accountId, common_area_id: id, type: a.plan, billing_account_id: null, billing_subscription_id: null, created_at: now }).execute();
    }
    const numberId = a.number ? free.pop() : undefined;
    if (numberId) {
      await assignNumbersTo(db, accountId, [numberId], { type: ASSIGNEE_TYPE, id, siteId: site.id });
      await db.updateTable('common_areas').set({ outbound_caller_id: numbers.get(numberId)!.number }).where('account_id', '=', accountId).where('id', '=', id).execute();
    }
  }
}
