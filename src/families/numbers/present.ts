// One row, two views: the Zoom Phone API's and Number Management's. Both read
// the same columns so assignment, site, status and capabilities always agree.
import type { ItemOf, ResponseOf } from '../../kit/context.ts';
import type { AccountStore } from '../../kit/store.ts';
import { extensionsOfOwners, type ExtensionKind, type Listing } from '../extensions/public.ts';
import { parseData, sitesOf, type NumberRow } from './store.ts';
import {
  isByoc,
  isNmCapability,
  nmAssigneeType,
  nmNumberType,
  nmProduct,
  nmSource,
  nmStatus,
  phoneCapabilities,
  phoneDetailsAssigneeType,
  phoneListAssigneeType,
  phoneNumberType,
  phoneSource,
  phoneStatus,
} from './rules.ts';
import { isoSeconds } from '../../clock.ts';

export type PhoneListItem = ItemOf<'listPhoneNumbers', 'phone_numbers'>;
export type PhoneNumberDetails = ResponseOf<'getAPhoneNumber'>;
/** What the Phone list and the one-number page both show but the assignee, checked against both documents. */
type PhoneNumberBody = Omit<PhoneListItem, 'assignee'> & Omit<PhoneNumberDetails, 'assignee'>;
/**
 * The assignee as the list documents it: the one-number page has the same fields
 * and more (greeting, label... of meeting services, which the sandbox does not
 * keep), and its type lacks sharedLineGroup, so each view sets the type itself.
 */
type PhoneAssignee = Omit<NonNullable<PhoneListItem['assignee']>, 'type'>;

/**
 * Number Management's number as its list documents it. The one-number page has
 * the same fields and, in assigned_list, more (greeting, label... of meeting
 * services, which the sandbox does not keep); tsc checks that one answer fits both.
 */
export type NmNumber = ItemOf<'listPhoneNumbersForNumberManagement', 'numbers'>;
type NmAssignment = NonNullable<NmNumber['assigned_list']>[number];

/**
 * The assignee types whose holders the extension directory lists, owner id being
 * the assignee id. The others are named from the number's own record until their
 * families write the directory.
 */
const DIRECTORY_KINDS: Partial<Record<string, ExtensionKind>> = {
  User: 'user',
  CallQueue: 'callQueue',
  AutoReceptionist: 'autoReceptionist',
  SharedLineGroup: 'sharedLineGroup',
  ZoomRoom: 'zoomRoom',
  CommonArea: 'commonArea',
};

interface Neighbours {
  sites: Map<string, { id: string; name: string }>;
  /** The directory's extensions of the assignees it lists, by assignee type, then assignee id. */
  assignees: Map<string, Map<string, Listing>>;
}

async function neighbours(store: AccountStore, rows: NumberRow[]): Promise<Neighbours> {
  const siteIds = [...new Set(rows.map((r) => r.site_id).filter((s): s is string => !!s))];
  const byType = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!r.assignee_id || !r.assignee_type || !DIRECTORY_KINDS[r.assignee_type]) continue;
    byType.set(r.assignee_type, (byType.get(r.assignee_type) ?? new Set()).add(r.assignee_id));
  }
  const [sites, ...listed] = await Promise.all([
    sitesOf(store, siteIds),
    ...[...byType].map(([type, ids]) => extensionsOfOwners(store.db, store.accountId, [...ids], DIRECTORY_KINDS[type])),
  ]);
  return { sites, assignees: new Map([...byType.keys()].map((type, i) => [type, listed[i]])) };
}

interface Holder {
  id: string;
  name: string | undefined;
  extension_number: number | undefined;
}

/**
 * Who holds the number, named as the extension directory lists them (users, call
 * queues: a renamed or renumbered one shows at once); the number's own record of
 * its assignee serves those the directory does not list (the assignees whose
 * families do not write it yet).
 */
function holder(row: NumberRow, n: Neighbours): Holder | undefined {
  if (!row.assignee_id) return undefined;
  const listed = row.assignee_type ? n.assignees.get(row.assignee_type)?.get(row.assignee_id) : undefined;
  if (listed) return { id: row.assignee_id, name: listed.name, extension_number: listed.number };
  const data = parseData(row);
  return { id: row.assignee_id, name: data.assignee_name, extension_number: data.assignee_extension_number };
}

const phoneAssignee = (who: Holder): PhoneAssignee => ({ id: who.id, name: who.name, extension_number: who.extension_number });

function locationText(loc: { city?: string; state?: string; country?: string } | undefined): string | undefined {
  if (!loc) return undefined;
  const parts = [loc.city, loc.state, loc.country].filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}

function phoneBody(row: NumberRow, n: Neighbours): PhoneNumberBody {
  const data = parseData(row);
  const site = row.site_id ? n.sites.get(row.site_id) : undefined;
  const byoc = isByoc(row.source);
  return {
    id: row.id,
    number: row.number,
    source: phoneSource(row.source),
    status: phoneStatus(row.status),
    number_type: phoneNumberType(row.number_type),
    capability: phoneCapabilities(data.capability ?? []),
    display_name: data.display_name ?? '',
    location: locationText(data.location),
    site: site ? { id: site.id, name: site.name } : undefined,
    carrier: data.carrier,
    sip_group: data.sip_group ? { id: data.sip_group.id, display_name: data.sip_group.name } : undefined,
    emergency_address: byoc ? data.emergency_address : undefined,
    emergency_address_status: byoc ? data.emergency_address_status : undefined,
    emergency_address_update_time: byoc && data.emergency_address_update_time !== undefined ? isoSeconds(data.emergency_address_update_time) : undefined,
  };
}

/**
 * The Zoom Phone API's numbers (`/phone/numbers`). Its page says of carrier,
 * sip_group and the emergency address fields: "This field displays when the
 * `type` request parameter is `byoc`"; other lists leave them out.
 */
export async function phoneListItems(store: AccountStore, rows: NumberRow[], byocList: boolean): Promise<PhoneListItem[]> {
  const n = await neighbours(store, rows);
  return rows.map((row): PhoneListItem => {
    const who = holder(row, n);
    const body = phoneBody(row, n);
    if (!byocList) {
      for (const key of ['carrier', 'sip_group', 'emergency_address', 'emergency_address_status', 'emergency_address_update_time'] as const) delete body[key];
    }
    return { ...body, assignee: who && { ...phoneAssignee(who), type: phoneListAssigneeType(row.assignee_type) } };
  });
}

/** The Zoom Phone API's number (`/phone/numbers/{phoneNumberId}`). */
export async function phoneNumberDetails(store: AccountStore, row: NumberRow): Promise<PhoneNumberDetails> {
  const n = await neighbours(store, [row]);
  const who = holder(row, n);
  return { ...phoneBody(row, n), assignee: who && { ...phoneAssignee(who), type: phoneDetailsAssigneeType(row.assignee_type) } };
}

function nmAssignment(row: NumberRow, who: Holder): NmAssignment {
  return {
    assigned_to_id: who.id,
    assgined_to_name: who.name,
    assigned_to_type: nmAssigneeType(row.assignee_type),
    extension_number: who.extension_number === undefined || who.extension_number === null ? undefined : String(who.extension_number),
  };
}

/** Number Management's numbers (`/accounts/{accountId}/number_management/numbers[/{phoneNumberId}]`). */
export async function nmNumbers(store: AccountStore, rows: NumberRow[]): Promise<NmNumber[]> {
  const n = await neighbours(store, rows);
  return rows.map((row): NmNumber => {
    const data = parseData(row);
    const site = row.site_id ? n.sites.get(row.site_id) : undefined;
    const who = holder(row, n);
    return {
      id: row.id,
      number: row.number,
      source: nmSource(row.source),
      status: nmStatus(row.status),
      number_type: nmNumberType(row.number_type),
      allocated_product: nmProduct(row.allocated_product),
      capability: (data.capability ?? []).filter(isNmCapability),
      display_name: data.display_name ?? '',
      caller_id_name: data.caller_id_name,
      location: data.location,
      site: site ? { site_id: site.id, name: site.name } : undefined,
      assigned_list: who ? [nmAssignment(row, who)] : [],
      carrier: data.carrier,
      sip_group: data.sip_group,
      emergency_address: data.emergency_address,
      emergency_address_update_time: data.emergency_address_update_time !== undefined ? isoSeconds(data.emergency_address_update_time) : undefined,
      address_update_required: row.source === 'BYOCPremises' ? (data.address_update_required ?? false) : undefined,
    };
  });
}
