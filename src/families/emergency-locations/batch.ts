// Batch add emergency service locations: up to 10 locations in one request, each named
// by its own identifier and placed under a parent_identifier (another location of the
// batch, or one the account has, by identifier or id). Every item is checked before
// anything is written; then, in one transaction, each location's company address is
// added (emergency-addresses) and the locations are inserted parents first. The answer
// lists each location with its id, in the order given.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import type { BodyOf, ResponseOf } from '../../kit/context.ts';
import type { IdGenerator } from '../../ids.ts';
import { CALLING_CODES } from '../../kit/countries.ts';
import { addCompanyAddress } from '../emergency-addresses/public.ts';
import { sipGroupByName } from '../sip/public.ts';
import { problem } from './errors.ts';
import { checkNetworks, elinNumber, siteFor, SIP_GROUP_PRODUCT, written } from './check.ts';
import { allLocations, countLocations, type LocationRow } from './store.ts';
import { MAX_BATCH, MAX_LEVELS, MAX_LOCATIONS, MAX_TEXT } from './rules.ts';

type Body = BodyOf<'batchAddEmergencyServiceLocations'>;
type Item = Body['locations'][number];

/** "For Belgium, Netherlands, Portugal, Spain, and Switzerland, this field is required." (vat_number) */
const VAT_COUNTRIES = new Set(['BE', 'NL', 'PT', 'ES', 'CH']);
/** Where the sandbox requires a state code and a ZIP code ("… is required in {0}."): the countries whose addresses are validated to the street. */
const STATE_AND_ZIP_COUNTRIES = new Set(['US', 'CA']);

/** The item's company address as kept, or the refusal of it. */
function addressOf(item: Item, at: string) {
  const a = item.company_address;
  const line1 = a.address_line1.trim();
  if (!line1) throw problem('addressLine1', `${at}company_address.address_line1`);
  const given = a.country.trim();
  if (!given) throw problem('addressCountry', `${at}company_address.country`);
  const country = given.toUpperCase();
  if (!CALLING_CODES[country]) throw problem('addressCountryUnknown', `${at}company_address.country`, given);
  const state = a.state_code?.trim() ?? '';
  const zip = a.zip?.trim() ?? '';
  if (STATE_AND_ZIP_COUNTRIES.has(country) && !state) throw problem('addressState', `${at}company_address.state_code`, country);
  if (STATE_AND_ZIP_COUNTRIES.has(country) && !zip) throw problem('addressZip', `${at}company_address.zip`, country);
  if (VAT_COUNTRIES.has(country) && !a.vat_number?.trim()) throw problem('addressVat', `${at}company_address.vat_number`, country);
  for (const [k, v] of [
    ['address_line1', line1],
    ['address_line2', a.address_line2 ?? ''],
    ['city', a.city ?? ''],
  ] as const) {
    if (v.length > MAX_TEXT) throw problem('tooLong', `${at}company_address.${k}`);
  }
  return { address_line1: line1, address_line2: a.address_line2?.trim() || undefined, city: a.city?.trim() ?? '', state_code: state, zip, country };
}

interface Planned {
  index: number;
  item: Item;
  id: string;
  name: string;
  identifier: string;
  /** The parent: a location of the batch (its index) or one the account has. */
  parent?: { batch: number } | { row: LocationRow };
  depth: number;
}

export async function batchAdd(db: Kysely<Database>, store: AccountStore, body: Body, ids: IdGenerator, now: number): Promise<NonNullable<ResponseOf<'batchAddEmergencyServiceLocations'>>> {
  const items = body.locations;
  if (items.length > MAX_BATCH) throw problem('batchSize', 'locations');
  // What each item says on its own, before anything is read.
  const checked = items.map((item, index) => {
    const at = `locations[${index}].`;
    const name = item.display_name.trim();
    const identifier = item.identifier.trim();
    if (!identifier) throw problem('identifierRequired', `${at}identifier`);
    if (!name) throw problem('batchNameRequired', `${at}display_name`);
    if (name.length > MAX_TEXT) throw problem('tooLong', `${at}display_name`);
    if (identifier.length > MAX_TEXT) throw problem('tooLong', `${at}identifier`);
    const parentIdentifier = item.parent_identifier?.trim() || undefined;
    if (parentIdentifier === identifier) throw problem('parentIsSelf', `${at}parent_identifier`);
    const nets = checkNetworks(item, 'batch', at);
    if (item.minimum_match_criteria && !nets.privateIps?.length) throw problem('privateIpRequired', `${at}private_ip`);
    return { index, item, at, name, identifier, parentIdentifier, nets, address: addressOf(item, at) };
  });
  const seen = new Set<string>();
  for (const c of checked) {
    if (seen.has(c.identifier)) throw problem('identifierTwice', `${c.at}identifier`);
    seen.add(c.identifier);
  }
  const elins = new Set<string>();
  let planned: Planned[] = [];

  await db.transaction().execute(async (trx) => {
    const t = store.on(trx);
    const existing = await allLocations(trx, store.accountId);
    const byIdentifier = new Map(existing.filter((r) => r.identifier !== null).map((r) => [r.identifier!, r]));
    const byId = new Map(existing.map((r) => [r.id, r]));
    const inBatch = new Map(checked.map((c) => [c.identifier, c.index]));
    for (const c of checked) if (byIdentifier.has(c.identifier)) throw problem('identifierTaken', `${c.at}identifier`);

    // Each item's parent, and its depth through the batch's own chain (a loop never reaches a top).
    planned = checked.map((c) => ({ index: c.index, item: c.item, id: ids.next(), name: c.name, identifier: c.identifier, depth: 0 }));
    for (const c of checked) {
      if (c.parentIdentifier === undefined) continue;
      const batchIndex = inBatch.get(c.parentIdentifier);
      const row = byIdentifier.get(c.parentIdentifier) ?? byId.get(c.parentIdentifier);
      if (batchIndex !== undefined) planned[c.index].parent = { batch: batchIndex };
      else if (row) planned[c.index].parent = { row };
      else throw problem('locationMissing', `${c.at}parent_identifier`, c.parentIdentifier);
    }
    const depthOf = (i: number, trail: number[] = []): number => {
      const p = planned[i];
      if (p.depth) return p.depth;
      if (trail.includes(i)) throw problem('identifierUnmatched', `${checked[i].at}parent_identifier`);
      const parent = p.parent;
      p.depth = !parent ? 1 : 'row' in parent ? Number(parent.row.depth) + 1 : depthOf(parent.batch, [...trail, i]) + 1;
      return p.depth;
    };
    for (const p of planned) if (depthOf(p.index) > MAX_LEVELS) throw problem('batchLevels', `${checked[p.index].at}parent_identifier`);

    // One site for the batch: site_id, else the account's only site ("A site ID is required." with several).
    const anchor = planned.map((p) => p.parent).find((x): x is { row: LocationRow } => x !== undefined && 'row' in x);
    const siteId = await siteFor(t, body.site_id || undefined, body.site_id ? undefined : anchor?.row);
    for (const p of planned) {
      const c = checked[p.index];
      if (p.parent && 'row' in p.parent) {
        // Held: a concurrent delete of the parent waits, then sees its new sub-location.
        const held = await t.lock('emergency_locations', { id: p.parent.row.id }, 'keyShare');
        if (!held) throw problem('locationMissing', `${c.at}parent_identifier`, c.parentIdentifier ?? '');
        if (held.site_id !== siteId) throw problem('parentOfOtherSite', `${c.at}parent_identifier`);
      }
      // "This field is required for top locations."
      if (!p.parent && !c.nets.publicIps?.length) throw problem('batchPublicIpRequired', `${c.at}public_ip`);
    }
    // "You cannot have duplicate location names": among the batch's siblings.
    const siblingKey = (p: Planned) => (p.parent ? ('row' in p.parent ? p.parent.row.id : `batch:${p.parent.batch}`) : '') + '\u0000' + p.name;
    const names = new Set<string>();
    for (const p of planned) {
      if (names.has(siblingKey(p))) throw problem('nameTwice', `${checked[p.index].at}display_name`);
      names.add(siblingKey(p));
    }
    if ((await countLocations(trx, store.accountId)) + planned.length > MAX_LOCATIONS) throw problem('locations', 'locations');

    const elinOf = new Map<number, string | null>();
    const groupOf = new Map<number, string | null>();
    for (const p of planned) {
      const c = checked[p.index];
      let elin: string | null = null;
      if (c.item.elin?.trim()) {
        elin = await elinNumber(trx, store.accountId, c.item.elin, `${c.at}elin`);
        if (elins.has(elin)) throw problem('elinTaken', `${c.at}elin`);
        elins.add(elin);
      }
      elinOf.set(p.index, elin);
      // "This only affects top locations and ignores all other locations."
      let group: string | null = null;
      if (!p.parent && c.item.sip_group_name?.trim()) {
        const found = await sipGroupByName(trx, store.accountId, c.item.sip_group_name.trim(), SIP_GROUP_PRODUCT);
        if (!found) throw problem('sipGroupMissing', `${c.at}sip_group_name`);
        group = found.id;
      }
      groupOf.set(p.index, group);
    }

    // Parents first: by depth.
    for (const p of [...planned].sort((a, b) => a.depth - b.depth || a.index - b.index)) {
      const c = checked[p.index];
      const address = await addCompanyAddress(trx, { accountId: store.accountId, siteId, id: ids.next(), lines: c.address, now });
      const parentId = p.parent ? ('row' in p.parent ? p.parent.row.id : planned[p.parent.batch].id) : null;
      await written(
        t,
        {
          id: p.id,
          site_id: siteId,
          name: p.name,
          identifier: p.identifier,
          parent_id: parentId,
          parent_key: parentId ?? '',
          depth: p.depth,
          emergency_address_id: address.id,
          elin_number_id: elinOf.get(p.index) ?? null,
          sip_group_id: groupOf.get(p.index) ?? null,
          minimum_match_criteria: c.item.minimum_match_criteria ? 1 : 0,
          bssids: JSON.stringify(c.nets.bssids ?? []),
          private_ips: JSON.stringify(c.nets.privateIps ?? []),
          public_ips: JSON.stringify(c.nets.publicIps ?? []),
          network_switches: JSON.stringify(c.nets.switches ?? []),
          created_at: now,
          updated_at: now,
        },
        c.at,
      );
    }
  });
  return { locations: planned.map((p) => ({ display_name: p.name, location_id: p.id })) };
}
