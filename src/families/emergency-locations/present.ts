// How locations are shown: each with its site, emergency address, ELIN and SIP group
// as they are now (read from their owners a page at a time; one deleted since is left
// out), and its networks joined back into the comma-separated lists the pages write.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { ItemOf, ResponseOf } from '../../kit/context.ts';
import { siteNames } from '../sites/public.ts';
import { numbersById } from '../numbers/public.ts';
import { findSipGroup } from '../sip/public.ts';
import { emergencyAddressesById, shownAddress, type EmergencyAddressRef } from '../emergency-addresses/public.ts';
import { networksOf, type LocationRow } from './store.ts';
import { SIP_GROUP_PRODUCT } from './check.ts';

type Listed = ItemOf<'listEmergencyServiceLocations', 'locations'>;
type Details = NonNullable<ResponseOf<'getEmergencyServiceLocationDetails'>>;

interface Linked {
  sites: Map<string, { id: string; name: string }>;
  addresses: Map<string, EmergencyAddressRef>;
  numbers: Map<string, { id: string; number: string }>;
  groups: Map<string, { id: string; display_name: string }>;
}

const present = <T>(values: (T | null)[]): T[] => [...new Set(values.filter((v): v is T => v !== null))];

async function linked(db: Kysely<Database>, accountId: string, rows: LocationRow[]): Promise<Linked> {
  const groups = new Map<string, { id: string; display_name: string }>();
  for (const id of present(rows.map((r) => r.sip_group_id))) {
    const g = await findSipGroup(db, accountId, id, SIP_GROUP_PRODUCT);
    if (g) groups.set(id, g);
  }
  const [sites, addresses, numbers] = await Promise.all([
    siteNames(db, accountId, present(rows.map((r) => r.site_id))),
    emergencyAddressesById(db, accountId, present(rows.map((r) => r.emergency_address_id))),
    numbersById(db, accountId, present(rows.map((r) => r.elin_number_id))),
  ]);
  return { sites, addresses, numbers, groups };
}

function common(row: LocationRow, l: Linked) {
  const nets = networksOf(row);
  const site = row.site_id ? l.sites.get(row.site_id) : undefined;
  const address = l.addresses.get(row.emergency_address_id);
  const elin = row.elin_number_id ? l.numbers.get(row.elin_number_id) : undefined;
  const group = row.sip_group_id ? l.groups.get(row.sip_group_id) : undefined;
  return {
    id: row.id,
    name: row.name,
    parent_location_id: row.parent_id ?? undefined,
    site: site && { id: site.id, name: site.name },
    emergency_address: address && shownAddress(address),
    elin: elin && { phone_number: elin.number, phone_number_id: elin.id },
    sip_group: group && { id: group.id, display_name: group.display_name },
    minimum_match_criteria: row.minimum_match_criteria === 1,
    bssid: nets.bssids.length ? nets.bssids.join(',') : undefined,
    private_ip: nets.privateIps.length ? nets.privateIps.join(',') : undefined,
    public_ip: nets.publicIps.length ? nets.publicIps.join(',') : undefined,
    network_switches: nets.switches.map((s) => ({ ...s })),
  };
}

export async function listedLocations(db: Kysely<Database>, accountId: string, rows: LocationRow[]): Promise<Listed[]> {
  const l = await linked(db, accountId, rows);
  return rows.map((r) => ({ ...common(r, l), identifier: r.identifier ?? undefined }));
}

export async function detailedLocation(db: Kysely<Database>, accountId: string, row: LocationRow): Promise<Details> {
  return common(row, await linked(db, accountId, [row]));
}

/** An emergency address in one line, as the dashboard's views show it. */
export const addressLine = (a: EmergencyAddressRef): string =>
  [a.address_line1, a.address_line2, a.city, [a.state_code, a.zip].filter(Boolean).join(' '), a.country].filter((p) => p && p.trim()).join(', ');
