// The sip room's tables (SIP trunking: trunks, SIP groups, internal numbers, SIP phones).
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

/** A SIP trunk the master account owns (established with its carrier; not created over the API). */
export interface SipTrunkTable {
  seq: Generated<number>;
  id: string;
  /** the master account that owns the trunk */
  account_id: string;
  name: string;
  sip_server_address: string;
  /** number prefix routed through the trunk; "0" routes all calls */
  number_prefix: string;
  /** the master's DNIS on this trunk; its first five digits are the prefix every sub account's DNIS must start with */
  dnis: string;
  carrier: string;
  carrier_account: string;
  region: string;
  sbc_label: string;
  /** COMMON | ZOOM_PHONE | ZOOM_CONTACT_CENTER */
  source_system: string;
  /** BYOC | BYOP */
  trunk_type: string;
  created_at: number;
}

/**
 * Which accounts may use a trunk: the owner (with the trunk's own DNIS) and each
 * sub account it was assigned to (with that sub account's DNIS). The BYOC trunk
 * lists of an account read this table, so the owner and the assignees list alike.
 */
export interface SipTrunkLinkTable {
  seq: Generated<number>;
  account_id: string;
  trunk_id: string;
  dnis: string;
  outbound_caller_id: string | null;
  /** copied from the trunk (it never changes) so the product filter has an index */
  source_system: string;
  created_at: number;
}

export interface SipGroupTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  display_name: string;
  description: string;
  send_sip_group_name: number;
  trunk_id: string | null;
  /** COMMON | ZOOM_PHONE | ZOOM_CONTACT_CENTER */
  source_system: string;
  created_at: number;
}

/** A number the organization owns (not Zoom's), for SIP connected audio. */
export interface InternalNumberTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  /** E.164 */
  number: string;
  display_number: string;
  labels: string;
  visible: number;
  allow_join: number;
  allow_for_external_meetings: number;
  /** 0 toll, 1 toll free */
  type: number;
  country: string;
  languages: string;
  created_at: number;
}

/** A user's SIP phone (Phone System Integration) registration. */
export interface SipPhoneTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  user_id: string;
  /** as given, with its platform suffix (.mac, .win...) if any; lower case, unique per account */
  user_email: string;
  /** the platform suffix without its dot, or '' for all platforms */
  platform: string;
  user_name: string;
  authorization_name: string;
  password: string;
  domain: string;
  register_server: string;
  proxy_server: string;
  voice_mail: string;
  transport_protocol: string | null;
  /** minutes */
  registration_expire_time: number;
  /** JSON: register_server2/3, proxy_server2/3, transport_protocol2/3 */
  data: string;
  created_at: number;
}

export interface SipTables {
  sip_trunks: SipTrunkTable;
  sip_trunk_links: SipTrunkLinkTable;
  sip_groups: SipGroupTable;
  internal_numbers: InternalNumberTable;
  sip_phones: SipPhoneTable;
}

declare module '../../store/schema.ts' {
  interface Database extends SipTables {}
}

/** The tables only this family writes. */
export const owner = owns('sip', ['sip_trunks', 'sip_trunk_links', 'sip_groups', 'internal_numbers', 'sip_phones']);
