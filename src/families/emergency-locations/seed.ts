// The emergency-locations family's demo records: the demo account's head office on its
// main site as a top location (its public IP, its office subnet, the site's default
// emergency address) with its third floor under it (the floor's address suite, a range
// of the subnet, a Wi-Fi access point and a switch port range). The demo's desk phones
// at the head office register from that range, so the Dashboard's real-time views show
// them on the third floor; the Denver phone is at no company location.
import type { DemoGraph } from '../../kit/seed.ts';
import { addCompanyAddress, siteDefaultAddress } from '../emergency-addresses/public.ts';

export async function seedEmergencyLocations(graph: DemoGraph): Promise<void> {
  const { db, ids, now, accountId } = graph;
  const siteId = graph.siteIds[0];
  const main = graph.sites[0];
  const siteAddress = await siteDefaultAddress(db, accountId, siteId);
  if (!siteAddress) throw new Error('emergency-locations seed: the main site has no default emergency address');
  const floorAddress = await addCompanyAddress(db, {
    accountId,
    siteId,
    id: ids.next(),
    lines: { ...siteAddress, address_line2: 'Suite 300', city: siteAddress.city || main.city },
    now,
  });
  const hq = ids.next();
  const base = { account_id: accountId, site_id: siteId, elin_number_id: null, sip_group_id: null, created_at: now, updated_at: now };
  await db
    .insertInto('emergency_locations')
    .values([
      {
        ...base,
        id: hq,
        name: 'Headquarters',
        identifier: 'HQ',
        parent_id: null,
        parent_key: '',
        depth: 1,
        emergency_address_id: siteAddress.id,
        minimum_match_criteria: 1,
        bssids: '[]',
        private_ips: JSON.stringify(['192.168.10.0/24']),
        public_ips: JSON.stringify(['203.0.113.10']),
        network_switches: '[]',
      },
      {
        ...base,
        id: ids.next(),
        name: 'Floor 3',
        identifier: 'HQ-F3',
        parent_id: hq,
        parent_key: hq,
        depth: 2,
        emergency_address_id: floorAddress.id,
        minimum_match_criteria: 0,
        bssids: JSON.stringify(['00:1a:2b:3c:4d:5e']),
        private_ips: JSON.stringify(['192.168.10.16-192.168.10.31']),
        public_ips: '[]',
        network_switches: JSON.stringify([{ mac_address: '00:1a:2b:00:00:03', port_prefix: 'Gi1/0/', port_range_from: '1', port_range_to: '24' }]),
      },
    ])
    .execute();
}
