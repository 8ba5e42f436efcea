// The private-directory family's table: the account's private directory members,
// extensions of the account's directory (users, Zoom Rooms, common areas, auto
// receptionists, call queues, shared line groups) and who may find each one.
// A member is its extension: its name, number, kind and site are read from the
// extensions family when shown, so a member renamed or moved to another site shows
// as it is now (on multiple sites, in its current site's private directory).
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

/** "The value indicates who is allowed to access to this member." */
export type SearchScope = 'everybody' | 'admins_only' | 'nobody';

export interface PrivateDirectoryMemberTable {
  seq: Generated<number>;
  account_id: string;
  /** The member's extension (an id of the extensions family's directory); once per account (the unique index decides). */
  extension_id: string;
  searchable_on_web_portal: SearchScope;
  created_at: number;
  updated_at: number;
}

export interface PrivateDirectoryTables {
  private_directory_members: PrivateDirectoryMemberTable;
}

declare module '../../store/schema.ts' {
  interface Database extends PrivateDirectoryTables {}
}

export const owner = owns('private-directory', ['private_directory_members']);
