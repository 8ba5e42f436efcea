// The carriers room's tables (numbers that arrive from outside Zoom: peering
// carriers, carrier resellers, port-in orders). The number itself is a row of
// phone_numbers; these tables hold what only the carrier side knows.
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

/** A carrier the account runs: a peering partner, a carrier reseller, or both. */
export interface CarrierTable {
  seq: Generated<number>;
  /** the partner's own account (the caller of the carrier operations) */
  account_id: string;
  /** Zoom's code for the carrier, unique across the sandbox */
  code: number;
  name: string;
  /** the OAuth app that speaks for this carrier, when one is bound */
  client_id: string | null;
  /** JSON string[]: the SIP trunk group names set up with Zoom; empty accepts any */
  sip_trunks: string;
  created_at: number;
}

/**
 * What the carrier side knows about one number it pushed or resold, keyed by the
 * phone_numbers row's id. A row whose phone number is gone no longer counts.
 */
export interface CarrierNumberTable {
  seq: Generated<number>;
  number_id: string;
  /** the carrier's account: every carrier-side query is scoped by it */
  account_id: string;
  /** the account the number is for (the carrier's own, or one of its sub accounts) */
  customer_account_id: string;
  /** peering | reseller */
  kind: string;
  carrier_code: number;
  /** E.164, copied from phone_numbers for the phone_number / keyword filters */
  number: string;
  sip_trunk_name: string | null;
  billing_ref_id: string | null;
  service_info: string | null;
  /** 0 inactive, 1 active */
  active: number;
  /** reseller only: assigned | unassigned | returned */
  assigned_status: string | null;
  /** JSON: message_capability, voice_direction, voice_msg_capacity, outbound_*_not_supported */
  data: string;
  created_at: number;
}

/** A port-in order: numbers moving to Zoom from another provider. */
export interface PortOrderTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  /** Not_Submitted | Waiting | Processing | Successfully | Rejected | Canceled | FOC */
  status: string;
  /** JSON string[] */
  numbers: string;
  /** JSON [{source_number, target_number}] */
  replacing_numbers: string;
  /** epoch ms; null while not submitted */
  submitted_at: number | null;
  /** JSON: contact_emails, contact_number, isp, printed_name, original_billing_info */
  data: string;
  created_at: number;
}

export interface CarriersTables {
  carriers: CarrierTable;
  carrier_numbers: CarrierNumberTable;
  port_orders: PortOrderTable;
}

declare module '../../store/schema.ts' {
  interface Database extends CarriersTables {}
}

/** The tables only this family writes. */
export const owner = owns('carriers', ['carriers', 'carrier_numbers', 'port_orders']);
