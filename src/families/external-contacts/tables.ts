// The external-contacts family's table: the account's external contacts, people
// and places outside Zoom Phone (a legacy PBX's extensions, a partner's desk) with
// their numbers, routing path and e-mail, which call handling, IVR keys and the
// simulator's dialled numbers reach as they would a number outside the account.
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

export interface ExternalContactTable {
  seq: Generated<number>;
  /** The Zoom-generated external_contact_id. */
  id: string;
  account_id: string;
  /** The customer-configured `id`, one per account (the unique index decides); null when none was given. */
  custom_id: string | null;
  name: string;
  description: string | null;
  email: string | null;
  /** The extension number in the original phone system, one per account among contacts (the unique index decides). */
  extension_number: string | null;
  /** JSON array of E.164 numbers, in the order given. */
  phone_numbers: string;
  routing_path: string | null;
  auto_call_recorded: number | null;
  enable_internal_extension: number | null;
  /** The profile picture: its type (JPG, JPEG, PNG, GIF) and its bytes as base64; null for the system default. */
  picture_type: string | null;
  picture_data: string | null;
  created_at: number;
  updated_at: number;
}

export interface ExternalContactsTables {
  external_contacts: ExternalContactTable;
}

declare module '../../store/schema.ts' {
  interface Database extends ExternalContactsTables {}
}

export const owner = owns('external-contacts', ['external_contacts']);
