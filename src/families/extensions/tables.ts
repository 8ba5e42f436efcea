// The extensions room's table: the account's extension directory.
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

/** What holds an extension. Users, main auto receptionists and call queues today; the rest as their families come. */
export type ExtensionKind = 'user' | 'autoReceptionist' | 'callQueue' | 'sharedLineGroup' | 'commonArea' | 'zoomRoom';

/**
 * One row per extension of an account, whoever holds it. The unique index on
 * (account_id, extension_number) is what makes a number the account's once: the
 * database, not a check before the write, decides who of two writers gets it.
 */
export interface ExtensionTable {
  seq: Generated<number>;
  account_id: string;
  /** The extension's id (a user's extension_id, an auto receptionist's extension_id). */
  id: string;
  kind: ExtensionKind;
  extension_number: number;
  name: string;
  site_id: string | null;
  /** The record the extension belongs to: the user, the auto receptionist, the call queue. */
  owner_id: string;
}

export interface ExtensionsTables {
  extensions: ExtensionTable;
}

declare module '../../store/schema.ts' {
  interface Database extends ExtensionsTables {}
}

/** The tables only this family writes. */
export const owner = owns('extensions', ['extensions']);
