// The numbers family's demo records: twelve numbers spread over the demo sites,
// the first four assigned to the first four users, and one number in each state
// those lack, so every list filter has something to find.
import type { DemoGraph } from '../../kit/seed.ts';
import { insertNumbers, type NewNumber } from './store.ts';

export async function seedNumbers(graph: DemoGraph): Promise<void> {
  const { db, ids, now } = graph;
  graph.numberIds = [];
  for (let i = 0; i < 12; i++) {
    const numberId = ids.next();
    graph.numberIds.push(numberId);
    const assignee = i < 4 ? graph.userIds[i] : null;
    const site = graph.sites[assignee ? graph.userSites[i] : i % 3];
    await db
      .insertInto('phone_numbers')
      .values({
        id: numberId,
        account_id: graph.accountId,
        number: `+1408555${String(1000 + i).padStart(4, '0')}`,
        source: i % 4 === 3 ? 'BYOCCloud' : 'Zoom',
        number_type: i === 11 ? 'TollFree' : 'Toll',
        status: 'Normal',
        allocated_product: 'ZOOM_PHONE',
        site_id: site.id,
        assignee_type: assignee ? 'User' : null,
        assignee_id: assignee,
        created_at: now,
        data: JSON.stringify({ capability: ['Incoming', 'Outgoing'], display_name: '', location: { city: site.city, state: site.state, country: site.country } }),
      })
      .execute();
  }
  const [mainSite, denver] = graph.siteIds;
  const demo: NewNumber[] = [
    // Ordered from Zoom, not yet active.
    {
      number: '+14085552000', source: 'Zoom', number_type: 'Toll', status: 'Pending', allocated_product: 'ZOOM_PHONE', site_id: mainSite,
      data: { capability: ['Incoming', 'Outgoing'], display_name: '', location: { city: 'San Jose', state: 'CA', country: 'US' } },
    },
    // Brought over the customer's own SBC; its emergency address awaits confirmation.
    {
      number: '+17205550100', source: 'BYOCPremises', number_type: 'Toll', allocated_product: 'ZOOM_PHONE', site_id: denver,
      data: {
        capability: ['Incoming', 'Outgoing'], display_name: 'Denver front desk', carrier: { name: 'Demo Carrier' },
        location: { city: 'Denver', state: 'CO', country: 'US' }, emergency_address_status: 1, address_update_required: true,
        emergency_address: { address_line1: '1700 Lincoln St', city: 'Denver', state_code: 'CO', zip: '80202', country: 'US' },
      },
    },
    // In the account's pool, allocated to no product yet (CPL routing).
    {
      number: '+14085552001', source: 'Zoom', number_type: 'Toll', allocated_product: 'UNALLOCATED', site_id: null,
      data: { capability: ['Incoming', 'Outgoing'], location: { city: 'San Jose', state: 'CA', country: 'US' } },
    },
    // A Contact Center number: listed by Number Management, not by Zoom Phone.
    {
      number: '+18885550123', source: 'Zoom', number_type: 'TollFree', allocated_product: 'ZOOM_CONTACT_CENTER', site_id: null,
      data: { capability: ['Incoming', 'Outgoing', 'Messaging'], caller_id_name: 'Demo Support', location: { country: 'US' } },
    },
  ];
  await insertNumbers(graph.db, graph.accountId, demo, () => graph.ids.next(), graph.now);
}
