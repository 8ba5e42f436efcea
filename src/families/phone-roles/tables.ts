// The phone-roles family's tables: the account's phone roles (Zoom's built-in ones
// and the copies an admin duplicated from them), who holds each role, and what a
// role's members administer (its targets: sites, or the extensions of users, call
// queues, auto receptionists, shared line groups and common areas).
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';
import type { RoleKind, TargetType } from './rules.ts';

export interface PhoneRoleTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  /** Trimmed; one per account (the unique index decides). */
  name: string;
  description: string | null;
  /** What the role may do and which target types it manages (rules.ts); a copy keeps its source's. */
  kind: RoleKind;
  /** The built-in role's kind, null for a copy: unique per account, so that the built-ins are made once. */
  builtin: RoleKind | null;
  created_at: number;
}

export interface PhoneRoleMemberTable {
  seq: Generated<number>;
  account_id: string;
  role_id: string;
  /** A phone user of the account; unique per account: a user holds one phone role at most. */
  user_id: string;
  created_at: number;
}

export interface PhoneRoleTargetTable {
  seq: Generated<number>;
  account_id: string;
  role_id: string;
  /** '' for the role's default targets, else the member (a user id) whose own targets these are. */
  member_id: string;
  target_type: TargetType;
  /** A site id for a site, else the extension id of the user, call queue, auto receptionist, shared line group or common area. */
  target_id: string;
  created_at: number;
}

export interface PhoneRolesTables {
  phone_roles: PhoneRoleTable;
  phone_role_members: PhoneRoleMemberTable;
  phone_role_targets: PhoneRoleTargetTable;
}

declare module '../../store/schema.ts' {
  interface Database extends PhoneRolesTables {}
}

export const owner = owns('phone-roles', ['phone_roles', 'phone_role_members', 'phone_role_targets']);
