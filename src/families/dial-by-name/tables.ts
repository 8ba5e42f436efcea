// The dial-by-name family's tables: the account's dial-by-name directories (the
// account's, and a site's own for a site that keeps one), each with its included
// sites and the user extensions callers can find in it by name. A member is its
// extension: its name, number and site are read from the extensions family when
// shown, so a member moved to another site is listed under its new site.
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

/** The `directory` of the account's own dial-by-name directory; a site's directory is its site id. */
export const ACCOUNT_DIRECTORY = '';

/** "Included sites": the sites a directory searches ("Under Included Sites, click + Site"). */
export interface DialByNameSiteTable {
  seq: Generated<number>;
  account_id: string;
  /** ACCOUNT_DIRECTORY, or the id of the site whose own directory this is. */
  directory: string;
  site_id: string;
  created_at: number;
}

/** The users of a directory's sites callers can find by name ("Add searchable users"). */
export interface DialByNameMemberTable {
  seq: Generated<number>;
  account_id: string;
  directory: string;
  /** A user's extension (the extensions family's id); once per directory (the unique index decides). */
  extension_id: string;
  created_at: number;
}

export interface DialByNameTables {
  dial_by_name_sites: DialByNameSiteTable;
  dial_by_name_members: DialByNameMemberTable;
}

declare module '../../store/schema.ts' {
  interface Database extends DialByNameTables {}
}

export const owner = owns('dial-by-name', ['dial_by_name_sites', 'dial_by_name_members']);
