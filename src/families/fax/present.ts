// What the fax pages show of a stored log: the same fields everywhere, the
// account list naming extension types in its own words (call_queue, …).
import type { ItemOf, ResponseOf } from '../../kit/context.ts';
import { isoSeconds } from '../../clock.ts';
import type { FaxLogRow } from './store.ts';

type ExtensionItem = ItemOf<'getExtensionsFaxLogs', 'fax_logs'>;
type AccountItem = ItemOf<'getAccountsFaxLogs', 'fax_logs'>;
type DetailsItem = NonNullable<ResponseOf<'getFaxLogDetails'>>[number];

type Kind = NonNullable<ExtensionItem['extension_type']>;
const kind = (v: string | null) => (v ?? undefined) as Kind | undefined;
const opt = (v: string | null) => v ?? undefined;

/** The account list's receiver_extension_type: "user", "call_queue", "auto_receptionist", "common_area", "shared_line_group". */
const SNAKE: Record<Kind, NonNullable<AccountItem['receiver_extension_type']>> = {
  user: 'user',
  callQueue: 'call_queue',
  autoReceptionist: 'auto_receptionist',
  commonArea: 'common_area',
  sharedLineGroup: 'shared_line_group',
};

/** A log as the extension's list shows it (and the fax events carry it). */
export function faxLogItem(row: FaxLogRow, siteName: string | undefined): ExtensionItem {
  return {
    fax_log_id: row.id,
    fax_id: row.fax_id,
    site_id: opt(row.site_id),
    site_name: siteName,
    direction: row.direction as ExtensionItem['direction'],
    extension_id: row.extension_id,
    extension_type: kind(row.extension_type),
    sender_extension_id: opt(row.sender_extension_id),
    sender_extension_type: kind(row.sender_extension_type),
    sender_extension_number: opt(row.sender_extension_number),
    sender_name: opt(row.sender_name),
    sender_number: opt(row.sender_number),
    sender_type: row.sender_type as ExtensionItem['sender_type'],
    sender_location: opt(row.sender_location),
    receiver_extension_id: opt(row.receiver_extension_id),
    receiver_extension_type: kind(row.receiver_extension_type),
    receiver_extension_number: opt(row.receiver_extension_number),
    receiver_name: opt(row.receiver_name),
    receiver_number: opt(row.receiver_number),
    receiver_type: row.receiver_type as ExtensionItem['receiver_type'],
    receiver_location: opt(row.receiver_location),
    file_id: row.file_id,
    file_pages_count: Number(row.pages),
    status: row.status as ExtensionItem['status'],
    read_status: row.read_status as ExtensionItem['read_status'],
    create_time: isoSeconds(Number(row.created_at)),
  };
}

export function accountFaxLogItem(row: FaxLogRow, siteName: string | undefined): AccountItem {
  const item = faxLogItem(row, siteName);
  return { ...item, receiver_extension_type: item.receiver_extension_type && SNAKE[item.receiver_extension_type] };
}

/** The details: the fax's one workflow event (node 0), with why it ended as it did. */
export function faxLogDetails(row: FaxLogRow, siteName: string | undefined): DetailsItem {
  return {
    ...faxLogItem(row, siteName),
    status_reason: row.status_reason as DetailsItem['status_reason'],
    retry_times: Number(row.retry_times),
    node: 0,
  };
}

export type FaxLogFields = ExtensionItem;
