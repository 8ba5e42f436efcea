// The carriers room's demo records: the demo account runs a carrier (peering and
// reselling), has pushed numbers to itself and its sub account, and has port-in
// orders in several states, one of them complete.
import type { DemoGraph } from '../../kit/seed.ts';
import { insertNumbers } from '../numbers/public.ts';
import { CARRIER_SOURCE, PORTED_SOURCE, capabilityOf, numberData, numberStatus } from './rules.ts';
import { insertCarrier, insertCarrierNumbers, insertPortOrder } from './store.ts';

export const DEMO_CARRIER = { code: 9998, name: 'Demo Carrier', sipTrunks: ['Demo-Trunk-US', 'Demo-Trunk-EU'] };

interface DemoCarrierNumber {
  number: string;
  customer: 'master' | 'sub';
  kind: 'peering' | 'reseller';
  active: boolean;
  trunk?: string;
  assigned_status?: string;
}

const CARRIER_NUMBERS: DemoCarrierNumber[] = [
  { number: '+13125550100', customer: 'master', kind: 'peering', active: true, trunk: 'Demo-Trunk-US' },
  // still being ported in on the carrier's side: provisioned inactive
  { number: '+13125550101', customer: 'master', kind: 'peering', active: false, trunk: 'Demo-Trunk-US' },
  { number: '+13125550102', customer: 'sub', kind: 'peering', active: true, trunk: 'Demo-Trunk-US' },
  { number: '+13125550200', customer: 'master', kind: 'reseller', active: false, assigned_status: 'unassigned' },
  { number: '+13125550201', customer: 'sub', kind: 'reseller', active: true, assigned_status: 'assigned' },
];

export async function seedCarriers(graph: DemoGraph): Promise<void> {
  const { db, now } = graph;
  const carrier = { code: DEMO_CARRIER.code, name: DEMO_CARRIER.name };
  await insertCarrier(db, {
    account_id: graph.accountId, code: carrier.code, name: carrier.name, client_id: null, sip_trunks: JSON.stringify(DEMO_CARRIER.sipTrunks), created_at: now,
  });

  for (const n of CARRIER_NUMBERS) {
    const customer = n.customer === 'master' ? graph.accountId : graph.subAccountId;
    const [added] = await insertNumbers(
      db,
      customer,
      [{
        number: n.number, source: CARRIER_SOURCE, number_type: 'Toll', status: numberStatus(n.active), allocated_product: 'ZOOM_PHONE',
        site_id: null, data: numberData(n.number, carrier, capabilityOf({}), 'US'),
      }],
      () => graph.ids.next(),
      now,
    );
    await insertCarrierNumbers(db, [{
      number_id: added.id, account_id: graph.accountId, customer_account_id: customer, kind: n.kind, carrier_code: carrier.code, number: n.number,
      sip_trunk_name: n.trunk ?? null, billing_ref_id: n.kind === 'peering' ? 'DEMO-BILL-001' : null,
      service_info: n.kind === 'peering' ? 'Demo peering service' : null, active: n.active ? 1 : 0, assigned_status: n.assigned_status ?? null,
      data: '{}', created_at: now,
    }]);
  }

  // The completed order's numbers now belong to the account as Zoom's own.
  const ported = ['+14155550140', '+14155550141'];
  await insertNumbers(
    db,
    graph.accountId,
    ported.map((number) => ({
      number, source: PORTED_SOURCE, number_type: 'Toll', status: 'Normal', allocated_product: 'ZOOM_PHONE', site_id: graph.siteIds[0],
      data: { capability: ['Incoming', 'Outgoing'], display_name: '', location: { city: 'San Francisco', state: 'CA', country: 'US' } },
    })),
    () => graph.ids.next(),
    now,
  );

  const day = 24 * 3600 * 1000;
  const billing = {
    account_number: '889900', authorizing_person: 'Ada Lovelace', billing_telephone_number: '+14155550140', company: 'Switchboard Demo',
    customer_requested_date: '2024-03-01', pin: '1234',
    address: { house_number: '1', street_name: 'Market St', city: 'San Francisco', state_code: 'CA', zip: '94105', country: 'US' },
  };
  const orders = [
    { account: graph.accountId, status: 'Successfully', numbers: ported, replacing: [], submitted: now - 30 * day },
    { account: graph.accountId, status: 'Processing', numbers: ['+14155550142'], replacing: [{ source_number: '+14155550142', target_number: '+14085551003' }], submitted: now - 3 * day },
    { account: graph.accountId, status: 'Not_Submitted', numbers: ['+14155550143', '+14155550144'], replacing: [], submitted: null },
    { account: graph.subAccountId, status: 'Waiting', numbers: ['+13035550150'], replacing: [], submitted: now - day },
  ];
  for (const o of orders) {
    await insertPortOrder(db, {
      id: graph.ids.next(), account_id: o.account, status: o.status, numbers: JSON.stringify(o.numbers), replacing_numbers: JSON.stringify(o.replacing),
      submitted_at: o.submitted, created_at: now,
      data: JSON.stringify({
        contact_emails: 'porting@demo.switchboard.test', contact_number: '+14155550199', isp: 'Old Telco', printed_name: 'Ada Lovelace', original_billing_info: billing,
      }),
    });
  }
}
