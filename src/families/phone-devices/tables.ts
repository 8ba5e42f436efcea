// The phone-devices family's tables: the account's desk phones (one MAC address in
// the whole sandbox), which extensions each is assigned to and in which line key
// position, the line keys each extension sets, its smartphones, and when the
// account last asked its desk phones to resync.
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

export type Brand = 'algo' | 'audioCodes' | 'cisco' | 'cyberData' | 'grandstream' | 'poly' | 'yealink' | 'other';
export type ProvisionType = 'ztp' | 'assisted' | 'manual';
export type AssigneeKind = 'user' | 'commonArea';

export interface PhoneDeviceTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  display_name: string;
  /** Twelve lower-case hex digits, no separators; unique over every account (the index decides). */
  mac_address: string;
  /** The listDevices device_type filter's spelling of the manufacturer. */
  brand: Brand;
  model: string | null;
  /** Set at add (unassigned), then the assignees' site; sites.deleting and users.moved move it. */
  site_id: string | null;
  /** May name a template deleted since: it is shown only while the template exists. */
  provision_template_id: string | null;
  provision_type: ProvisionType;
  call_control: 'unsupported' | 'on' | 'off';
  hot_desking: 'unsupported' | 'on' | 'off';
  private_ip: string;
  public_ip: string;
  /** Sandbox time of the last reboot the API issued; the phone is offline while it restarts. */
  rebooted_at: number | null;
  /** Sandbox time of the last resync (syncDeskphones) that reached the phone. */
  synced_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface PhoneDeviceAssigneeTable {
  seq: Generated<number>;
  account_id: string;
  device_id: string;
  extension_id: string;
  extension_type: AssigneeKind;
  /** The user or common area holding the extension. */
  owner_id: string;
  /** The device line key position (1-based) of this assignee. */
  position: number;
  /** 1..3 for a user ("Each user can be assigned up to 3 desk phones", a unique index decides); null for a common area. */
  slot: number | null;
  created_at: number;
}

export interface PhoneLineKeySetTable {
  account_id: string;
  /** One row per extension that has line keys: locked while a batch rewrites them. */
  extension_id: string;
  updated_at: number;
}

export interface PhoneLineKeyTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  extension_id: string;
  key_index: number;
  type: 'line' | 'blf' | 'speed_dial' | 'zoom_meeting' | 'call_park' | 'group_call_pickup';
  alias: string | null;
  target_extension_id: string | null;
  speed_dial_number: string | null;
  retrieval_code: string | null;
  outbound_caller_id: string | null;
  created_at: number;
}

export interface PhoneSmartphoneTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  device_name: string;
  device_type: string;
  serial_number: string;
  public_ip: string | null;
  activation_time: number | null;
  /** The extension the smartphone is assigned to; null once it is let go. */
  extension_id: string | null;
  site_id: string | null;
  created_at: number;
}

export interface PhoneDeviceSyncTable {
  account_id: string;
  synced_at: number;
}

export interface PhoneDevicesTables {
  phone_devices: PhoneDeviceTable;
  phone_device_assignees: PhoneDeviceAssigneeTable;
  phone_line_key_sets: PhoneLineKeySetTable;
  phone_line_keys: PhoneLineKeyTable;
  phone_smartphones: PhoneSmartphoneTable;
  phone_device_syncs: PhoneDeviceSyncTable;
}

declare module '../../store/schema.ts' {
  interface Database extends PhoneDevicesTables {}
}

export const owner = owns('phone-devices', ['phone_devices', 'phone_device_assignees', 'phone_line_key_sets', 'phone_line_keys', 'phone_smartphones', 'phone_device_syncs']);
