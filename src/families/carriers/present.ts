// The carrier-side views of a number and of a port-in order. The Zoom Phone pages
// speak 0/1 and billing_reference_id; Number Management speaks booleans and billing_ref_id.
// Each view is typed by the operations it answers, so a field the page does not
// have, or a value outside its enum, fails tsc instead of vanishing in the serializer.
import { isoSeconds } from '../../clock.ts';
import type { ItemOf, ResponseOf } from '../../kit/context.ts';
import { assignedStatusOf, effectiveVoice, pickVoice, portStatusOf, productOf } from './rules.ts';
import type { CarrierNumberRow, PortOrder } from './store.ts';

type PhonePeeringItem = ItemOf<'listPeeringPhoneNumbers', 'numbers'>;
type CarrierPhonePeeringItem = ItemOf<'listCarrierPeeringPhoneNumbers', 'numbers'>;
type NmPeeringItem = ItemOf<'listPeeringPhoneNumbersForNumberManagement', 'numbers'>;
type ProviderPeeringItem = ItemOf<'listPeeringPhoneNumbersForProvider', 'numbers'>;
type ResellerItem = ItemOf<'listPhoneNumbersForCarrierReseller', 'carrier_reseller_numbers'>;
/** The Phone and Number Management pages document the same order; one view must satisfy both. */
type OrderSummary = ItemOf<'listPortedNumbers', 'ported_numbers'> & ItemOf<'listPortedNumbersForNumberManagement', 'ported_numbers'>;
type OrderDetails = ResponseOf<'getPortedNumbersDetails'> & ResponseOf<'getPortedNumbersDetailsForNumberManagement'>;
/** Who a number was pushed to, as both carrier-wide lists (Phone and Number Management) name it. */
type CustomerFields = Required<Pick<CarrierPhonePeeringItem, 'customer_account_name' | 'customer_account_number'>> &
  Required<Pick<ProviderPeeringItem, 'customer_account_name' | 'customer_account_number'>>;

const opt = (v: string | null): string | undefined => v ?? undefined;

export function phonePeeringView(row: CarrierNumberRow): PhonePeeringItem {
  return {
    phone_number: row.number,
    assigned: row.assignee_id ? 1 : 0,
    sip_trunk_name: row.sip_trunk_name ?? '',
    status: row.active,
    billing_reference_id: opt(row.billing_ref_id),
    service_info: opt(row.service_info),
  };
}

function customerFields(row: CarrierNumberRow, names: Map<string, string>): CustomerFields {
  return { customer_account_name: names.get(row.customer_account_id) ?? '', customer_account_number: row.customer_account_id };
}

/** The carrier's own Phone list: the number and the customer it went to. */
export function carrierPhonePeeringView(row: CarrierNumberRow, names: Map<string, string>): CarrierPhonePeeringItem {
  return { ...phonePeeringView(row), ...customerFields(row, names) };
}

export function nmPeeringView(row: CarrierNumberRow): NmPeeringItem {
  const voice = effectiveVoice(pickVoice(JSON.parse(row.data) ?? {}), row.number_type);
  return {
    phone_number: row.number,
    assigned: !!row.assignee_id,
    sip_trunk_name: row.sip_trunk_name ?? '',
    status: row.active === 1,
    allocated_product: productOf(row.allocated_product),
    billing_ref_id: opt(row.billing_ref_id),
    service_info: opt(row.service_info),
    message_capability: voice.message_capability,
    outbound_cli_share_not_supported: voice.outbound_cli_share_not_supported,
    outbound_dialer_not_supported: voice.outbound_dialer_not_supported,
    voice_direction: voice.voice_direction,
    voice_msg_capacity: voice.voice_msg_capacity,
  };
}

/** The provider's Number Management list: the number and the customer it went to. */
export function providerPeeringView(row: CarrierNumberRow, names: Map<string, string>): ProviderPeeringItem {
  return { ...nmPeeringView(row), ...customerFields(row, names) };
}

export function resellerView(row: CarrierNumberRow, masterId: string, names: Map<string, string>, country: string): ResellerItem {
  const sub = row.customer_account_id !== masterId ? row.customer_account_id : undefined;
  return {
    phone_number: row.number,
    assigned_status: assignedStatusOf(row.assigned_status),
    carrier_code: row.carrier_code,
    country_iso_code: country,
    status: row.active === 1 ? 'active' : 'inactive',
    sub_account_id: sub,
    sub_account_name: sub ? names.get(sub) : undefined,
  };
}

interface OrderData {
  contact_emails?: string;
  contact_number?: string;
  isp?: string;
  printed_name?: string;
  original_billing_info?: OrderDetails['original_billing_info'];
}

export function orderSummary(order: PortOrder): OrderSummary {
  return {
    order_id: order.id,
    status: portStatusOf(order.status),
    numbers: JSON.parse(order.numbers) as string[],
    replacing_numbers: JSON.parse(order.replacing_numbers) as { source_number: string; target_number: string }[],
    submission_date_time: order.submitted_at === null ? undefined : isoSeconds(Number(order.submitted_at)),
  };
}

export function orderDetails(order: PortOrder): OrderDetails {
  const data = JSON.parse(order.data) as OrderData;
  return {
    ...orderSummary(order),
    contact_emails: data.contact_emails,
    contact_number: data.contact_number,
    isp: data.isp,
    printed_name: data.printed_name,
    original_billing_info: data.original_billing_info,
  };
}
