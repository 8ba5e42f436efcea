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
import { ASSIGNEE_TYPE } from './rules.ts';
import { copyIvr, deleteReceptionist, findReceptionist, insertReceptionist, mainsOfSites } from './store.ts';

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
