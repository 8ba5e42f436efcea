// One row, two views: the Zoom Phone API's and Number Management's. Both read
// the same columns so assignment, site, status and capabilities always agree.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { parseData, sitesOf, usersOf, type NumberRow } from './store.ts';
import { isByoc, phoneAssigneeType, phoneCapabilities, phoneNumberType, phoneSource, phoneStatus } from './rules.ts';
import { isoSeconds } from '../../clock.ts';

const NM_CAPABILITIES = new Set(['Incoming', 'Outgoing', 'Messaging', 'PCIPal', 'EmergencyCalls']);

interface Neighbours {
  sites: Map<string, { id: string; name: string }>;
  users: Map<string, { id: string; name: string; extension_number: number | null }>;
}

async function neighbours(db: Kysely<Database>, accountId: string, rows: NumberRow[]): Promise<Neighbours> {
  const siteIds = [...new Set(rows.map((r) => r.site_id).filter((s): s is string => !!s))];
  const userIds = [...new Set(rows.filter((r) => r.assignee_type === 'User' && r.assignee_id).map((r) => r.assignee_id!))];
  const [sites, users] = await Promise.all([sitesOf(db, accountId, siteIds), usersOf(db, accountId, userIds)]);
  return { sites, users };
}

function assignee(row: NumberRow, n: Neighbours) {
  if (!row.assignee_id) return undefined;
  const data = parseData(row);
  const user = row.assignee_type === 'User' ? n.users.get(row.assignee_id) : undefined;
  return {
    id: row.assignee_id,
    name: user?.name ?? data.assignee_name,
    extension_number: user ? (user.extension_number ?? undefined) : data.assignee_extension_number,
  };
}

function locationText(loc: { city?: string; state?: string; country?: string } | undefined): string | undefined {
  if (!loc) return undefined;
  const parts = [loc.city, loc.state, loc.country].filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}

/** The Zoom Phone API's number (`/phone/numbers`). */
export async function phoneView(db: Kysely<Database>, accountId: string, rows: NumberRow[]) {
  const n = await neighbours(db, accountId, rows);
  return rows.map((row) => {
    const data = parseData(row);
    const site = row.site_id ? n.sites.get(row.site_id) : undefined;
    const who = assignee(row, n);
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
      assignee: who ? { ...who, type: phoneAssigneeType(row.assignee_type) } : undefined,
      carrier: data.carrier,
      sip_group: data.sip_group ? { id: data.sip_group.id, display_name: data.sip_group.name } : undefined,
      emergency_address: byoc ? data.emergency_address : undefined,
      emergency_address_status: byoc ? data.emergency_address_status : undefined,
      emergency_address_update_time:
        byoc && data.emergency_address_update_time !== undefined ? isoSeconds(data.emergency_address_update_time) : undefined,
    };
  });
}

/** Number Management's number (`/accounts/{accountId}/number_management/numbers`). */
export async function nmView(db: Kysely<Database>, accountId: string, rows: NumberRow[]) {
  const n = await neighbours(db, accountId, rows);
  return rows.map((row) => {
    const data = parseData(row);
    const site = row.site_id ? n.sites.get(row.site_id) : undefined;
    const who = assignee(row, n);
    return {
      id: row.id,
      number: row.number,
      source: row.source,
      status: row.status,
      number_type: row.number_type,
      allocated_product: row.allocated_product,
      capability: (data.capability ?? []).filter((c) => NM_CAPABILITIES.has(c)),
      display_name: data.display_name ?? '',
      caller_id_name: data.caller_id_name,
      location: data.location,
      site: site ? { site_id: site.id, name: site.name } : undefined,
      assigned_list: who
        ? [
            {
              assigned_to_id: who.id,
              assgined_to_name: who.name,
              assigned_to_type: row.assignee_type ?? undefined,
              extension_number: who.extension_number === undefined || who.extension_number === null ? undefined : String(who.extension_number),
            },
          ]
        : [],
      carrier: data.carrier,
      sip_group: data.sip_group,
      emergency_address: data.emergency_address,
      emergency_address_update_time: data.emergency_address_update_time !== undefined ? isoSeconds(data.emergency_address_update_time) : undefined,
      address_update_required: row.source === 'BYOCPremises' ? (data.address_update_required ?? false) : undefined,
    };
  });
}
