// The emergency-locations family's tables: the account's emergency service locations,
// a tree of top locations and their sub-locations on a site, each with the emergency
// address it sends (an emergency-addresses row), an ELIN (a phone number), a SIP group
// and the networks it is detected by (BSSIDs, private and public IPs, switch ports).
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

export interface EmergencyLocationTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  /** The site the location belongs to (its parent's); null only in an account without sites. */
  site_id: string | null;
  /** The name, trimmed; one per parent (top locations: one per account), a unique index decides. */
  name: string;
  /** The batch's "identifier" (the location's own unique ID); null for a location added alone. One per account. */
  identifier: string | null;
  parent_id: string | null;
  /** parent_id, or '' for a top location: the key sibling names are unique under. */
  parent_key: string;
  /** 1 for a top location, its parent's plus one below. */
  depth: number;
  /** An emergency address of the emergency-addresses family; shown only while it exists. */
  emergency_address_id: string;
  /** The ELIN: a phone number of the account (numbers family); one location per number, a unique index decides. */
  elin_number_id: string | null;
  /** A SIP group of the account (sip family); shown only while it exists. */
  sip_group_id: string | null;
  minimum_match_criteria: number;
  /** JSON arrays of strings: BSSIDs (lower-case, ":"), private and public IP entries, as given. */
  bssids: string;
  private_ips: string;
  public_ips: string;
  /** JSON array of SwitchEntry (rules.ts). */
  network_switches: string;
  created_at: number;
  updated_at: number;
}

export interface EmergencyLocationsTables {
  emergency_locations: EmergencyLocationTable;
}

declare module '../../store/schema.ts' {
  interface Database extends EmergencyLocationsTables {}
}

export const owner = owns('emergency-locations', ['emergency_locations']);
