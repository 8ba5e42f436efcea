// The group-call-pickup family's tables: the account's call pickup groups and
// their members. A group has an extension of its own (an id, and a number when
// one is given); the extension directory has no kind for a pickup group
// (extensions/tables.ts ExtensionKind), so the group's number is kept unique among
// the account's groups by this family's own unique index. Members are extensions
// of the directory (users today; common areas when their family comes), named by
// their extension id; what a member shows (name, number, site) is read from the
// directory when listed.
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

export interface CallPickupGroupTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  display_name: string;
  description: string | null;
  site_id: string;
  /** The group's own extension id (generated when the group is made). */
  extension_id: string;
  /** The short extension number given; null when none was. Unique among the account's groups. */
  extension_number: number | null;
  /** seconds: 0, 5, 10 or 15 */
  delay: number;
  directed_call_pickup: number;
  cost_center: string | null;
  department: string | null;
  /** play_incoming_calls_sound */
  sound_enable: number;
  /** ringtone_1 | ringtone_2 | ringtone_3 */
  sound_ring_tone: string;
  /** seconds between ring tones: 0, 1, 3 or 5 */
  sound_duration: number;
  created_at: number;
  updated_at: number;
}

/** One member of a group: an extension of the account's directory, once per group. */
export interface CallPickupGroupMemberTable {
  seq: Generated<number>;
  account_id: string;
  group_id: string;
  extension_id: string;
  /** the directory's kind of the extension: user | commonArea */
  extension_type: string;
  /** the extension's holder (the user), as the directory names it */
  owner_id: string;
  created_at: number;
}

export interface GroupCallPickupTables {
  call_pickup_groups: CallPickupGroupTable;
  call_pickup_group_members: CallPickupGroupMemberTable;
}

declare module '../../store/schema.ts' {
  interface Database extends GroupCallPickupTables {}
}

/** The tables only this family writes. */
export const owner = owns('group-call-pickup', ['call_pickup_groups', 'call_pickup_group_members']);
