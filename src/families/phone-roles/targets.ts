// What a role's targets are in the account: sites (by site id) and the extensions
// of users, call queues, auto receptionists, shared line groups and common areas
// (by extension id: "If the target type is site, then the target ID refers to the
// site ID; otherwise, it refers to the extension ID."), read through their owners'
// public.ts. No family keeps Zoom's user groups, so no id names a `group` target.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { allSites, holdSite, siteNames } from '../sites/public.ts';
import { extensionsByIds, extensionsOfKind, holdExtension, type ExtensionKind } from '../extensions/public.ts';
import type { TargetType } from './rules.ts';

/** A target as listPhoneRoleTargets shows it. */
export interface Described {
  target_id: string;
  target_type: TargetType;
  target_name: string;
  extension_number?: number;
  site_id?: string;
  site_name?: string;
}

/** The extension kind a target type names, or undefined for sites and groups. */
function extensionKind(type: TargetType): ExtensionKind | undefined {
  return type === 'site' || type === 'group' ? undefined : type;
}

/** The ids of `ids` that name no target of `type` in the account. */
export async function invalidTargetIds(db: Kysely<Database>, accountId: string, type: TargetType, ids: string[]): Promise<string[]> {
  if (type === 'group') return ids;
  if (type === 'site') {
    const found = await siteNames(db, accountId, ids);
    return ids.filter((id) => !found.has(id));
  }
  const found = await extensionsByIds(db, accountId, ids);
  return ids.filter((id) => found.get(id)?.kind !== extensionKind(type));
}

/**
 * The ids of `ids` that name no target of `type` in the account; the others are held
 * until the caller's transaction ends, so that a concurrent delete of one waits and
 * then finds (and mends) the target written. Run inside a transaction.
 */
export async function holdTargets(trx: Kysely<Database>, accountId: string, type: TargetType, ids: string[]): Promise<string[]> {
  const invalid: string[] = [];
  for (const id of ids) {
    if (type === 'group') invalid.push(id);
    else if (type === 'site') {
      if (!(await holdSite(trx, accountId, id))) invalid.push(id);
    } else if ((await holdExtension(trx, accountId, id))?.kind !== extensionKind(type)) invalid.push(id);
  }
  return invalid;
}

/** The targets, named and placed, in the order given (one that no longer resolves is left out). */
export async function describe(db: Kysely<Database>, accountId: string, targets: { target_type: TargetType; target_id: string }[]): Promise<Described[]> {
  const extIds = targets.filter((t) => t.target_type !== 'site').map((t) => t.target_id);
  const exts = await extensionsByIds(db, accountId, extIds);
  const siteIds = new Set(targets.filter((t) => t.target_type === 'site').map((t) => t.target_id));
  for (const e of exts.values()) if (e.siteId) siteIds.add(e.siteId);
  const sites = await siteNames(db, accountId, [...siteIds]);
  const out: Described[] = [];
  for (const t of targets) {
    if (t.target_type === 'site') {
      const site = sites.get(t.target_id);
      if (site) out.push({ target_id: t.target_id, target_type: 'site', target_name: site.name, site_id: site.id, site_name: site.name });
      continue;
    }
    const e = exts.get(t.target_id);
    if (!e || e.kind !== extensionKind(t.target_type)) continue;
    const site = e.siteId ? sites.get(e.siteId) : undefined;
    out.push({ target_id: e.id, target_type: t.target_type, target_name: e.name, extension_number: e.number, site_id: site?.id, site_name: site?.name });
  }
  return out;
}

/** Every target of these types the account has, sites first, then extensions in the order they were added. */
export async function everyTarget(db: Kysely<Database>, accountId: string, types: readonly TargetType[]): Promise<{ target_type: TargetType; target_id: string }[]> {
  const out: { target_type: TargetType; target_id: string }[] = [];
  for (const type of types) {
    if (type === 'group') continue;
    if (type === 'site') {
      for (const s of await allSites(db, accountId)) out.push({ target_type: 'site', target_id: s.id });
      continue;
    }
    for (const e of await extensionsOfKind(db, accountId, type)) out.push({ target_type: type, target_id: e.id });
  }
  return out;
}
