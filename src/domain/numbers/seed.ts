// The numbers room's demo records, added on top of the core demo graph: one number
// in each state the core graph lacks, so every list filter has something to find.
import type { DemoGraph } from '../seed.ts';
import { insertNumbers, type NewNumber } from './store.ts';

export async function seedNumbers(graph: DemoGraph): Promise<void> {
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
