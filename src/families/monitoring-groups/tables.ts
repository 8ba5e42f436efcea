// The monitoring-groups family's tables: the account's monitoring groups and their
// members (monitors and monitored), each member an extension of the account's
// extension directory, named by its id.
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

/** A monitoring group: who may listen, whisper, barge or take over whose calls, on one site. */
export interface MonitoringGroupTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  name: string;
  /** 1 Users & Common Areas, 2 Call Queues, 3 Shared Line Group, 4 Shared Line Appearance; never changes. */
  type: number;
  site_id: string;
  /** JSON array of the documented privileges, in the documents' order, each once. */
  privileges: string;
  /** 1 when a disclaimer prompt plays to the call participants, else 0. */
  prompt: number;
  created_at: number;
  updated_at: number;
}

/**
 * One extension in one group, as a monitor or as monitored. The unique index on
 * (account_id, group_id, extension_id) holds an extension in a group once; the one
 * on (account_id, extension_id, exclusive_type) holds an extension monitored in one
 * group of a type at most (exclusive_type is the group's type for a monitored
 * member, null for a monitor, and nulls never collide).
 */
export interface MonitoringGroupMemberTable {
  seq: Generated<number>;
  account_id: string;
  group_id: string;
  extension_id: string;
  /** The directory's holder of the extension (a user): how a page of members is read in one query. */
  owner_id: string;
  /** The directory's kind of the extension when it was added (user, callQueue, commonArea, sharedLineGroup). */
  kind: string;
  /** monitor | monitored */
  role: string;
  exclusive_type: number | null;
  created_at: number;
}

export interface MonitoringGroupsTables {
  monitoring_groups: MonitoringGroupTable;
  monitoring_group_members: MonitoringGroupMemberTable;
}

declare module '../../store/schema.ts' {
  interface Database extends MonitoringGroupsTables {}
}

/** The tables only this family writes. */
export const owner = owns('monitoring-groups', ['monitoring_groups', 'monitoring_group_members']);
