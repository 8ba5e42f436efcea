// The fax family's tables: files uploaded to be faxed (their pages counted, kept
// until they expire), the PDF documents of faxes sent and received, and the fax
// logs, one per fax and extension that sent or received it.
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

/** A ZIP uploaded through POST /fax/files: what sendFax reads by file_id. Its bytes are not kept, its pages are. */
export interface FaxUploadTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  filename: string;
  size: number;
  /** The pages the archive's entries make, in their order. */
  pages: number;
  /** JSON: the entries in page order, [{ name, pages }]. */
  entries: string;
  created_at: number;
  expires_at: number;
}

/** A fax's document: the PDF a log's file_id names (one per fax, shared by its logs). */
export interface FaxFileTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  filename: string;
  pages: number;
  data: Buffer;
  created_at: number;
}

export interface FaxLogTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  fax_id: string;
  /** inbound | outbound */
  direction: string;
  /** The extension whose log it is: the sender's for an outbound fax, the receiver's for an inbound one. */
  extension_id: string;
  /** The directory's kind: user | callQueue | autoReceptionist | commonArea | sharedLineGroup */
  extension_type: string;
  site_id: string | null;
  sender_extension_id: string | null;
  sender_extension_number: string | null;
  sender_extension_type: string | null;
  sender_name: string | null;
  sender_number: string | null;
  /** client | ata | pstn | email | openapi */
  sender_type: string;
  sender_location: string | null;
  receiver_extension_id: string | null;
  receiver_extension_number: string | null;
  receiver_extension_type: string | null;
  receiver_name: string | null;
  receiver_number: string | null;
  /** client | ata | pstn */
  receiver_type: string;
  receiver_location: string | null;
  file_id: string;
  pages: number;
  /** failed | processing | submitted | sent | received */
  status: string;
  status_reason: string;
  /** read | unread */
  read_status: string;
  retry_times: number;
  created_at: number;
  /** When the log was deleted (it leaves the lists but is still billed); null while it stands. */
  deleted_at: number | null;
}

export interface FaxTables {
  fax_uploads: FaxUploadTable;
  fax_files: FaxFileTable;
  fax_logs: FaxLogTable;
}

declare module '../../store/schema.ts' {
  interface Database extends FaxTables {}
}

export const owner = owns('fax', ['fax_uploads', 'fax_files', 'fax_logs']);
