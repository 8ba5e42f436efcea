// The carrier-side views of a number and of a port-in order. The Zoom Phone pages
// speak 0/1 and billing_reference_id; Number Management speaks booleans and billing_ref_id.
import { isoSeconds } from '../../clock.ts';
import { VOICE_DEFAULTS, type VoiceOptions } from './rules.ts';
import type { CarrierNumberRow, PortOrder } from './store.ts';

const opt = (v: string | null): string | undefined => v ?? undefined;

export function phonePeeringView(row: CarrierNumberRow) {
  return {
    phone_number: row.number,
    assigned: row.assignee_id ? 1 : 0,
    sip_trunk_name: row.sip_trunk_name ?? '',
    status: row.active,
    billing_reference_id: opt(row.billing_ref_id),
    service_info: opt(row.service_info),
  };
}

export function nmPeeringView(row: CarrierNumberRow) {
  const voice = JSON.parse(row.data) as VoiceOptions;
  return {
    phone_number: row.number,
    assigned: !!row.assignee_id,
    sip_trunk_name: row.sip_trunk_name ?? '',
    status: row.active === 1,
    allocated_product: row.allocated_product,
    billing_ref_id: opt(row.billing_ref_id),
    service_info: opt(row.service_info),
    // "If messaging is not integrated, or if it's a non-mobile number, the value is NOT_APPLICABLE"
    message_capability: voice.message_capability ?? 'NOT_APPLICABLE',
    outbound_cli_share_not_supported: voice.outbound_cli_share_not_supported ?? false,
    outbound_dialer_not_supported: voice.outbound_dialer_not_supported ?? false,
    voice_direction: voice.voice_direction ?? VOICE_DEFAULTS.voice_direction,
    voice_msg_capacity: voice.voice_msg_capacity ?? VOICE_DEFAULTS.voice_msg_capacity,
  };
}

export function customerFields(row: CarrierNumberRow, names: Map<string, string>) {
  return { customer_account_name: names.get(row.customer_account_id) ?? '', customer_account_number: row.customer_account_id };
}

export function resellerView(row: CarrierNumberRow, masterId: string, names: Map<string, string>, country: string) {
  const sub = row.customer_account_id !== masterId ? row.customer_account_id : undefined;
  return {
    phone_number: row.number,
    assigned_status: row.assigned_status ?? 'unassigned',
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
  original_billing_info?: Record<string, unknown>;
}

export function orderSummary(order: PortOrder) {
  return {
    order_id: order.id,
    status: order.status,
    numbers: JSON.parse(order.numbers) as string[],
    replacing_numbers: JSON.parse(order.replacing_numbers) as { source_number: string; target_number: string }[],
    submission_date_time: order.submitted_at === null ? undefined : isoSeconds(Number(order.submitted_at)),
  };
}

export function orderDetails(order: PortOrder) {
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
