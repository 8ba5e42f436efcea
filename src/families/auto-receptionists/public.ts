// What other families may use of auto receptionists: the sites family makes a
// site's main receptionist with the site (in the same transaction), shows it in
// the site's details, and lets it go with the site. Every write here runs with
// this family's own rights, in the caller's transaction.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { AccountStore } from '../../kit/store.ts';
import { claimFirstFreeExtension, extensionsOfOwners, releaseExtensions } from '../extensions/public.ts';
import { unassignAllOf } from '../numbers/public.ts';
import { owner } from './tables.ts';
import { ASSIGNEE_TYPE, DEFAULT_NO_ACTION } from './rules.ts';
import { copyIvr, deleteReceptionist, findReceptionist, insertReceptionist, mainsOfSites, menuOf } from './store.ts';

type Db = Kysely<Database>;

/** A site's main auto receptionist as the sites pages show it (`main_auto_receptionist`). */
export interface MainReceptionist {
  id: string;
  extension_id: string;
  extension_number?: number;
  name: string;
}

export interface NewMainReceptionist {
  accountId: string;
  siteId: string;
  id: string;
  extensionId: string;
  name: string;
  /** The lowest extension number it may take; it takes the first free one from there. */
  firstExtension: number;
  now: number;
  /** A receptionist of the account whose settings, policy and IVR the new one starts with (createAPhoneSite's source_auto_receptionist_id). */
  copyFrom?: string;
}

/** Whether the account has this receptionist (one a new site's main receptionist may copy). */
export async function receptionistExists(db: Db, accountId: string, id: string): Promise<boolean> {
  return (await findReceptionist(new AccountStore(db, accountId), id)) !== undefined;
}

/** Makes a new site's main receptionist, its extension drawn from the directory; returns its extension number. */
export async function createMainReceptionist(db: Db, r: NewMainReceptionist): Promise<number> {
  const own = owner.bind(db);
  const number = await claimFirstFreeExtension(
    own,
    { accountId: r.accountId, id: r.extensionId, kind: 'autoReceptionist', name: r.name, siteId: r.siteId, ownerId: r.id },
    r.firstExtension,
  );
  const store = new AccountStore(own, r.accountId);
  const source = r.copyFrom ? await findReceptionist(store, r.copyFrom) : undefined;
  await insertReceptionist(store, {
    id: r.id, extension_id: r.extensionId, name: r.name, site_id: r.siteId, main: 1, cost_center: source?.cost_center ?? null, department: source?.department ?? null,
    timezone: source?.timezone ?? null, audio_prompt_language: source?.audio_prompt_language ?? null, default_transcription_language: source?.default_transcription_language ?? null,
    recording_storage_location: source?.recording_storage_location ?? null, policy: source?.policy ?? '{}', created_at: r.now, updated_at: r.now,
  });
  if (source) await copyIvr(store, source.id, r.id);
  return number;
}

/** The main receptionists of these sites, by site id: one query for a page of sites (and one of the directory). */
export async function mainReceptionistsOfSites(db: Db, accountId: string, siteIds: string[]): Promise<Map<string, MainReceptionist>> {
  const mains = await mainsOfSites(db, accountId, siteIds);
  const extensions = await extensionsOfOwners(db, accountId, [...mains.values()].map((r) => r.id), 'autoReceptionist');
  const out = new Map<string, MainReceptionist>();
  for (const [siteId, r] of mains) out.set(siteId, { id: r.id, extension_id: r.extension_id, extension_number: extensions.get(r.id)?.number, name: r.name });
  return out;
}

/** The time zones of these sites, by site id: their main receptionists' (null where one has none), in one query. */
export async function siteTimeZones(db: Db, accountId: string, siteIds: string[]): Promise<Map<string, string | null>> {
  const mains = await mainsOfSites(db, accountId, siteIds);
  return new Map([...mains].map(([siteId, r]) => [siteId, r.timezone]));
}

/**
 * A site being deleted takes its main receptionist along: its numbers go back to
 * the unassigned ones, its IVR and access list go, and its extension number is
 * free again (whatever routed to it hears extensions.released).
 */
export async function deleteMainReceptionist(db: Db, accountId: string, siteId: string): Promise<void> {
  const own = owner.bind(db);
  const main = (await mainsOfSites(own, accountId, [siteId])).get(siteId);
  if (!main) return;
  await unassignAllOf(own, accountId, ASSIGNEE_TYPE, main.id);
  await deleteReceptionist(new AccountStore(own, accountId), main.id);
  await releaseExtensions(own, accountId, main.id, 'autoReceptionist');
}

/** One menu (business or closed hours) of a receptionist's IVR, as a router runs it. */
export interface IvrMenu {
  keys: { key: string; action: number; targetExtensionId: string | null; targetPhoneNumber: string | null }[];
  /** What happens when the caller presses nothing: -1 disconnects, the others forward to extensionId. */
  noAction: { action: number; repeat: number; extensionId: string | null };
}

export interface ReceptionistRouting {
  id: string;
  timezone: string | null;
  business: IvrMenu;
  closed: IvrMenu;
}

/** The receptionist holding this extension, as a router runs it; undefined when none holds it. */
export async function receptionistRouting(db: Db, accountId: string, extensionId: string): Promise<ReceptionistRouting | undefined> {
  const store = new AccountStore(db, accountId);
  const r = await store.find('auto_receptionists', { extension_id: extensionId });
  if (!r) return undefined;
  const menu = async (hours: 'business_hours' | 'closed_hours'): Promise<IvrMenu> => {
    const { menu, keys } = await menuOf(store, r.id, hours);
    return {
      keys: keys.map((k) => ({ key: k.key, action: k.action, targetExtensionId: k.target_extension_id, targetPhoneNumber: k.target_phone_number })),
      noAction: menu
        ? { action: menu.no_action_action, repeat: menu.no_action_repeat, extensionId: menu.no_action_extension_id }
        : { action: DEFAULT_NO_ACTION.action, repeat: DEFAULT_NO_ACTION.repeat, extensionId: null },
    };
  };
  return { id: r.id, timezone: r.timezone, business: await menu('business_hours'), closed: await menu('closed_hours') };
}
