// How common areas are shown: what the list and the details both say of a page of
// them (extension, site, numbers, plans), read in one query per neighbour family,
// and the details' policy, the common area's changes over its site's.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { ItemOf, ResponseOf } from '../../kit/context.ts';
import { extensionPolicy, fitToSchema, successSchema, type JsonSchema } from '../../kit/json-schema.ts';
import { isRecord } from '../../kit/merge.ts';
import { extensionById, extensionsOfOwners } from '../extensions/public.ts';
import { numbersOfAssignees, phoneSource } from '../numbers/public.ts';
import { inventoryOfTypes } from '../billing/public.ts';
import { findSite, policyOfSite, siteNames, siteTerms, type Json } from '../sites/public.ts';
import { findEmergencyAddress, shownAddress, siteDefaultAddress } from '../emergency-addresses/public.ts';
import { callingCodeOf, countryName } from './rules.ts';
import { plansOf, type AreaRow } from './store.ts';
import { deskPhonesOfOwners, type DeskPhone } from '../phone-devices/public.ts';

type Db = Kysely<Database>;
type ListItem = ItemOf<'listCommonAreas', 'common_areas'>;
type Details = ResponseOf<'getCommonAreaDetails'>;
type PlanItem = NonNullable<ListItem['calling_plans']>[number];

/** The desk phones of each common area (phone-devices), and its status: online while one of them is. */
export type Phones = Map<string, DeskPhone[]>;

export const phonesOf = (db: Db, accountId: string, rows: AreaRow[], now: number): Promise<Phones> =>
  deskPhonesOfOwners(db, accountId, rows.map((r) => r.id), now);

const statusOf = (phones: DeskPhone[] | undefined) => (phones?.some((p) => p.status === 'online') ? 'online' : 'offline');

export interface Neighbours {
  extension: (row: AreaRow) => number | undefined;
  site: (row: AreaRow) => { id: string; name: string } | undefined;
  numbers: (row: AreaRow) => { id: string; number: string; source: 'internal' | 'external' }[];
  plans: (row: AreaRow) => PlanItem[];
}

export async function neighbours(db: Db, accountId: string, rows: AreaRow[]): Promise<Neighbours> {
  const ids = rows.map((r) => r.id);
  const [extensions, sites, held, plans] = await Promise.all([
    extensionsOfOwners(db, accountId, ids, 'commonArea'),
    siteNames(db, accountId, [...new Set(rows.flatMap((r) => (r.site_id ? [r.site_id] : [])))]),
    numbersOfAssignees(db, accountId, ids),
    plansOf(db, accountId, ids),
  ]);
  const inventory = await inventoryOfTypes(db, accountId, [...new Set([...plans.values()].flat().map((p) => p.type))]);
  return {
    extension: (row) => extensions.get(row.id)?.number,
    site: (row) => (row.site_id ? sites.get(row.site_id) : undefined),
    numbers: (row) => (held.get(row.id) ?? []).map((n) => ({ id: n.id, number: n.number, source: phoneSource(n.source) })),
    plans: (row) =>
      (plans.get(row.id) ?? []).map((p) => {
        const entry = inventory.get(p.type);
        return {
          type: p.type,
          name: entry?.name,
          billing_subscription_id: p.billing_subscription_id ?? entry?.billing_subscription_id ?? undefined,
          billing_subscription_name: entry?.billing_subscription_name ?? undefined,
          billing_account_id: p.billing_account_id ?? undefined,
        };
      }),
  };
}

export const listed = (n: Neighbours, phones: Phones, row: AreaRow): ListItem => {
  const site = n.site(row);
  const own = phones.get(row.id) ?? [];
  return {
    id: row.id,
    display_name: row.display_name,
    extension_number: n.extension(row),
    site: site && { id: site.id, name: site.name },
    status: statusOf(own),
    calling_plans: n.plans(row),
    phone_numbers: n.numbers(row).map((p) => ({ id: p.id, number: p.number, source: p.source })),
    desk_phones: own.map((p) => ({ id: p.id, display_name: p.display_name, device_type: p.device_type, status: p.status })),
  };
};

const policySchema = (): JsonSchema => successSchema('getCommonAreaDetails').properties!.policy!;

/** A setting of the update's policy named otherwise on the details page. */
const DETAILS_NAME: Record<string, string> = { hide_phone_call_history_in_ios: 'hide_zoom_phone_calls_in_ios' };

/**
 * The update's policy in the details' words, as the common area keeps its changes:
 * `hide_phone_call_history_in_ios` is the details' `hide_zoom_phone_calls_in_ios`,
 * `delegation: true` is `delegation.enable`.
 */
export function policyPatch(patch: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'delegation' && typeof value === 'boolean') out.delegation = { enable: value };
    else out[DETAILS_NAME[key] ?? key] = value;
  }
  return out;
}

/** Where parked calls go, as the details show it (the directory's extension). */
async function forwardTo(db: Db, accountId: string, changes: Json) {
  const park = changes.call_park;
  const id = isRecord(park) && typeof park.forward_to_extension_id === 'string' ? park.forward_to_extension_id : undefined;
  const ext = id ? await extensionById(db, accountId, id) : undefined;
  return ext && { id: ext.ownerId, extension_id: ext.id, extension_number: ext.number, display_name: ext.name, extension_type: ext.kind };
}

/** "locked_by" of a setting no level locked is not one of its values: left out. */
function withoutUnlocked(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUnlocked);
  if (!isRecord(value)) return value;
  const out: Json = {};
  for (const [k, v] of Object.entries(value)) if (!(k === 'locked_by' && v === 'invalid')) out[k] = withoutUnlocked(v);
  return out;
}

export async function areaPolicy(db: Db, accountId: string, row: AreaRow): Promise<Json> {
  const site = row.site_id ? await findSite(db, accountId, row.site_id) : undefined;
  const sitePolicy = site ? await policyOfSite(db, accountId, site) : undefined;
  const changes = JSON.parse(row.policy) as Json;
  const policy = extensionPolicy(policySchema(), sitePolicy, changes);
  const forward = await forwardTo(db, accountId, changes);
  if (forward && isRecord(policy.call_park)) policy.call_park = { ...policy.call_park, forward_to: forward };
  return withoutUnlocked(fitToSchema(policySchema(), policy)) as Json;
}

export async function detailed(db: Db, accountId: string, row: AreaRow): Promise<Details> {
  const n = await neighbours(db, accountId, [row]);
  const site = row.site_id ? await findSite(db, accountId, row.site_id) : undefined;
  const countryCode = row.country_iso_code ?? (site ? siteTerms(site).country : undefined);
  // Its own address while the account has it (one deleted since gives way), else its site's default.
  const address =
    (row.emergency_address_id ? await findEmergencyAddress(db, accountId, row.emergency_address_id) : undefined) ??
    (site ? await siteDefaultAddress(db, accountId, site.id) : undefined);
  const numbers = n.numbers(row);
  const caller = numbers.find((p) => p.number === row.outbound_caller_id);
  return {
    id: row.id,
    display_name: row.display_name,
    extension_number: n.extension(row),
    site: n.site(row),
    area_code: row.area_code ?? undefined,
    cost_center: row.cost_center ?? undefined,
    department: row.department ?? undefined,
    default_transcription_language: (row.default_transcription_language ?? undefined) as Details['default_transcription_language'],
    country: countryCode ? { code: countryCode, country_code: callingCodeOf(countryCode), name: countryName(countryCode) } : undefined,
    emergency_address: address && shownAddress(address),
    calling_plans: n.plans(row),
    phone_numbers: numbers.map((p) => ({ id: p.id, number: p.number, source: p.source })),
    // Its own numbers are the caller IDs it may show; the one it chose is the default.
    outbound_caller_ids: numbers.map((p) => ({ number: p.number, name: row.display_name, is_default: caller ? p.id === caller.id : false })),
    policy: (await areaPolicy(db, accountId, row)) as Details['policy'],
  };
}
