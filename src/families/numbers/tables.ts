// The numbers room's tables: one row per phone number, whichever API looks at it
// (Zoom Phone's /phone/numbers, Number Management, BYOC, peering, reseller).
// Values are stored in Number Management's vocabulary, the richer of the two;
// the Zoom Phone view maps them (Normal -> available, Toll -> toll, Zoom* -> internal).
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

export interface PhoneNumberTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  /** E.164, unique across the sandbox */
  number: string;
  /** Zoom | ZoomPorted | ZoomReserved | ThirdPartyNumber | BYOCCloud | BYOCPremises */
  source: string;
  /** Toll | TollFree | VirtualService | Mobile | SharedCost | National | ITFS */
  number_type: string;
  /** Normal | Pending */
  status: string;
  /** UNALLOCATED | ZOOM_PHONE | ZOOM_CONTACT_CENTER */
  allocated_product: string;
  site_id: string | null;
  /** Number Management's assigned_to_type (User, CallQueue, ...); null when unassigned */
  assignee_type: string | null;
  assignee_id: string | null;
  /**
   * JSON (see NumberData in store.ts): capability (NM words: Incoming, Outgoing, ...), display_name,
   * caller_id_name, location {city,state,country}, carrier {code,name}, sip_group {id,name},
   * emergency_address, emergency_address_status (1|2), emergency_address_update_time (epoch ms),
   * address_update_required; assignee_name / assignee_extension_number for assignees the extension
   * directory does not list (users and call queues are named from the directory, see present.ts).
   */
  data: string;
  created_at: number;
}

export interface NumbersTables {
  phone_numbers: PhoneNumberTable;
}

declare module '../../store/schema.ts' {
  interface Database extends NumbersTables {}
}

/** The tables only this family writes. */
export const owner = owns('numbers', ['phone_numbers']);
