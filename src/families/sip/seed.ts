// The sip room's demo records: the master account's SIP trunks (each with the
// DNIS whose first five digits its sub accounts' DNIS must start with) and its
// SIP groups. Sub accounts start with no trunk until the master assigns one.
import type { DemoGraph } from '../../kit/seed.ts';

const TRUNKS = [
  { name: 'US West BYOC', server: 'sip-west.demo.switchboard.test', prefix: '0', dnis: '1888812345', carrier: 'Bandwidth', carrierAccount: '100200300', region: 'us-west', sbc: 'SJC', source: 'COMMON' },
  { name: 'US East BYOC', server: 'sip-east.demo.switchboard.test', prefix: '1212', dnis: '1999954321', carrier: 'Lumen', carrierAccount: '400500600', region: 'us-east', sbc: 'NYC', source: 'ZOOM_PHONE' },
  { name: 'Contact Center Trunk', server: 'sip-cc.demo.switchboard.test', prefix: '0', dnis: '1777700001', carrier: 'Twilio', carrierAccount: 'AC0001', region: 'us-central', sbc: 'DFW', source: 'ZOOM_CONTACT_CENTER' },
] as const;

const GROUPS = [
  { name: 'West Coast Routing', description: 'Calls routed over the US West trunk', send: 1, trunk: 0, source: 'COMMON' },
  { name: 'East Coast Routing', description: 'Calls routed over the US East trunk', send: 0, trunk: 1, source: 'ZOOM_PHONE' },
  { name: 'Contact Center', description: 'Contact center inbound routing', send: 1, trunk: 2, source: 'ZOOM_CONTACT_CENTER' },
] as const;

export async function seedSip(graph: DemoGraph): Promise<void> {
  const { db, ids, now, accountId } = graph;
  const trunkIds: string[] = [];
  for (const t of TRUNKS) {
    const id = ids.next();
    trunkIds.push(id);
    await db
      .insertInto('sip_trunks')
      .values({
        id,
        account_id: accountId,
        name: t.name,
        sip_server_address: t.server,
        number_prefix: t.prefix,
        dnis: t.dnis,
        carrier: t.carrier,
        carrier_account: t.carrierAccount,
        region: t.region,
        sbc_label: t.sbc,
        source_system: t.source,
        trunk_type: 'BYOC',
        created_at: now,
      })
      .execute();
    await db
      .insertInto('sip_trunk_links')
      .values({ account_id: accountId, trunk_id: id, dnis: t.dnis, outbound_caller_id: null, source_system: t.source, created_at: now })
      .execute();
  }
  for (const g of GROUPS) {
    await db
      .insertInto('sip_groups')
      .values({
        id: ids.next(),
        account_id: accountId,
        display_name: g.name,
        description: g.description,
        send_sip_group_name: g.send,
        trunk_id: trunkIds[g.trunk],
        source_system: g.source,
        created_at: now,
      })
      .execute();
  }
}
