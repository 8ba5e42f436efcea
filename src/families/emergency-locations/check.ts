// The checks a location's input goes through before it is written, shared by add,
// batch add and update: its networks (pure), and what it names in the account (its
// site, its parent, its emergency address, its ELIN, its SIP group), each read with
// the family's handle inside the writer's transaction. A refusal is a LocationProblem
// (errors.ts), which each operation answers in its own row's words.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import { allSites, holdSite } from '../sites/public.ts';
import { multipleSitesEnabled } from '../account-settings/public.ts';
import { findNumberByE164, isE164, numbersById } from '../numbers/public.ts';
import { findSipGroup } from '../sip/public.ts';
import { holdEmergencyAddress } from '../emergency-addresses/public.ts';
import { problem, type ProblemKey } from './errors.ts';
import { isIpEntry, listOf, macAddress, MAX_BSSIDS, MAX_LEVELS, MAX_SWITCHES, sameSwitch, switchEntry, type SwitchEntry } from './rules.ts';
import { insertLocation, takenKey, type LocationInsert, type LocationRow } from './store.ts';
import type { LocationProblem } from './errors.ts';

/** The product a location's SIP group routes outgoing calls of. */
export const SIP_GROUP_PRODUCT = 'ZOOM_PHONE';

export interface Networks {
  bssids: string[];
  privateIps: string[];
  publicIps: string[];
  switches: SwitchEntry[];
}

export interface GivenNetworks {
  bssid?: string;
  private_ip?: string;
  public_ip?: string;
  network_switches?: { mac_address?: string; port?: string; port_prefix?: string; port_range_from?: string; port_range_to?: string }[];
}

type Op = 'add' | 'batch' | 'update';

const SWITCH_PROBLEMS: Record<string, ProblemKey> = {
  macRequired: 'switchMac',
  macFormat: 'macFormat',
  portAndRange: 'switchPort',
  prefixDigit: 'switchPrefix',
  rangeNumbers: 'switchRange',
  rangeOrder: 'switchRange',
  tooLong: 'tooLong',
};

/** The networks given, as kept (only those given: an update keeps the others); `at` prefixes the field names (a batch's item). */
export function checkNetworks(given: GivenNetworks, op: Op, at = ''): Partial<Networks> {
  const out: Partial<Networks> = {};
  if (given.bssid !== undefined) {
    const bssids: string[] = [];
    for (const entry of listOf(given.bssid)) {
      const mac = macAddress(entry);
      if (!mac) throw problem('bssidFormat', `${at}bssid`);
      if (!bssids.includes(mac)) bssids.push(mac);
    }
    if (bssids.length > MAX_BSSIDS) throw op === 'batch' ? problem('bssids', `${at}bssid`) : problem('maximumOf', `${at}bssid`, 'bssid', MAX_BSSIDS);
    out.bssids = bssids;
  }
  for (const [key, field] of [
    ['privateIps', 'private_ip'],
    ['publicIps', 'public_ip'],
  ] as const) {
    const value = given[field];
    if (value === undefined) continue;
    const entries = listOf(value);
    if (entries.some((e) => !isIpEntry(e))) throw problem('ipFormat', `${at}${field}`);
    out[key] = [...new Set(entries)];
  }
  if (given.network_switches !== undefined) {
    if (given.network_switches.length > MAX_SWITCHES) {
      throw op === 'batch' ? problem('switches', `${at}network_switches`) : problem('maximumOf', `${at}network_switches`, 'network_switches', MAX_SWITCHES);
    }
    const switches: SwitchEntry[] = [];
    for (const [i, s] of given.network_switches.entries()) {
      const entry = switchEntry(s);
      if (typeof entry === 'string') throw problem(SWITCH_PROBLEMS[entry], `${at}network_switches[${i}]`);
      if (switches.some((x) => sameSwitch(x, entry))) throw problem('switchDuplicate', `${at}network_switches[${i}]`);
      switches.push(entry);
    }
    out.switches = switches;
  }
  return out;
}

/** Where a new location goes: its site, its parent (held until the transaction ends) and its depth in the tree. */
export interface Placement {
  siteId: string | null;
  parent?: LocationRow;
  depth: number;
}

/** The account's main site (its only one without multiple sites), or null in an account without sites. */
async function mainSite(db: Kysely<Database>, accountId: string): Promise<string | null | 'required'> {
  const sites = await allSites(db, accountId);
  if (await multipleSitesEnabled(db, accountId, sites)) return 'required';
  return (sites.find((s) => s.main_site === 1) ?? sites[0])?.id ?? null;
}

/**
 * The site a location or a batch goes to: `siteId` (which must exist, held against a
 * concurrent delete), else its parent's, else the main site where the account has
 * only one ("A site ID is required." where it has several).
 */
export async function siteFor(t: AccountStore, siteId: string | undefined, parent: LocationRow | undefined): Promise<string | null> {
  if (siteId !== undefined) {
    if (!(await holdSite(t.db, t.accountId, siteId))) throw problem('siteMissing', 'site_id', siteId);
    return siteId;
  }
  if (parent) {
    if (parent.site_id) await holdSite(t.db, t.accountId, parent.site_id);
    return parent.site_id;
  }
  const main = await mainSite(t.db, t.accountId);
  if (main === 'required') throw problem('siteRequired', 'site_id');
  if (main) await holdSite(t.db, t.accountId, main);
  return main;
}

/** The parent `parentId` held (a concurrent delete of it waits, then sees the new sub-location), on the site, within the levels. */
export async function placeUnder(t: AccountStore, parentId: string | undefined, siteId: string | undefined, op: Op): Promise<Placement> {
  let parent: LocationRow | undefined;
  if (parentId !== undefined) {
    parent = await t.lock('emergency_locations', { id: parentId }, 'keyShare');
    if (!parent) throw problem('parentMissing', 'parent_location_id');
  }
  const site = await siteFor(t, siteId, parent);
  if (parent && parent.site_id !== site) throw problem('parentOfOtherSite', 'parent_location_id');
  const depth = parent ? Number(parent.depth) + 1 : 1;
  if (depth > MAX_LEVELS) throw problem(op === 'batch' ? 'batchLevels' : 'levels', 'parent_location_id');
  return { siteId: site, parent, depth };
}

/** The account's emergency address for a location: one it has, not a user's personal one. */
export async function checkAddress(t: AccountStore, id: string, field = 'emergency_address_id'): Promise<void> {
  if (!id.trim()) throw problem('addressRequired', field);
  // Held until the write commits: a delete of the address waits and then sees the location using it.
  const address = await holdEmergencyAddress(t.db, t.accountId, id);
  if (!address) throw problem('addressMissing', field, id);
  if (address.level === 1) throw problem('addressPersonal', field);
}

/** The ELIN's phone number id: "a phone number ID or phone number in E.164 format" of the account. */
export async function elinNumber(db: Kysely<Database>, accountId: string, given: string, field: string): Promise<string> {
  const value = given.trim();
  if (value.startsWith('+') || /^\d+$/.test(value)) {
    const e164 = value.startsWith('+') ? value : `+${value}`;
    if (!isE164(e164)) throw problem('elinFormat', field);
    const row = await findNumberByE164(db, accountId, e164);
    if (row) return row.id;
    // Digits alone may also be an id.
    if (value.startsWith('+')) throw problem('elinMissing', field);
  }
  const byId = (await numbersById(db, accountId, [value])).get(value);
  if (!byId) throw problem('elinMissing', field);
  return byId.id;
}

/** The SIP group's id, when the account has it. */
export async function sipGroup(db: Kysely<Database>, accountId: string, id: string, field = 'sip_group_id'): Promise<string> {
  const group = await findSipGroup(db, accountId, id, SIP_GROUP_PRODUCT);
  if (!group) throw problem('sipGroupMissing', field);
  return group.id;
}

/** The refusal for a unique key another location of the account holds. */
export function takenProblem(key: 'name' | 'identifier' | 'elin', at = ''): LocationProblem {
  if (key === 'name') return problem('nameTaken', `${at}${at ? 'display_name' : 'name'}`);
  if (key === 'identifier') return problem('identifierTaken', `${at}identifier`);
  return problem('elinTaken', at ? `${at}elin` : 'elin_phone_number_id');
}

/** Inserts the row, or refuses with the key a unique index found taken (another writer may have just taken it). */
export async function written(t: AccountStore, row: LocationInsert & { parent_key: string }, at = ''): Promise<void> {
  if (await insertLocation(t, row)) return;
  const key = await takenKey(t.db, t.accountId, { id: row.id, parent_key: row.parent_key, name: row.name, identifier: row.identifier ?? null, elin_number_id: row.elin_number_id ?? null });
  throw takenProblem(key ?? 'name', at);
}

