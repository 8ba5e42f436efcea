// The auto-receptionists family's queries, scoped by account on every one: through
// the request's AccountStore, or with the account an event names. Writes run in
// the caller's transaction, so a receptionist, its extension in the directory and
// its numbers change together or not at all.
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import type { LockMode } from '../../kit/locks.ts';
import type { AutoReceptionistIvrKeyTable, AutoReceptionistIvrTable, AutoReceptionistTable, AutoReceptionistVoicemailAccessTable } from './tables.ts';
import { DEFAULT_NO_ACTION, DISABLED, type HoursType, type Json } from './rules.ts';

type Db = Kysely<Database>;
export type ReceptionistRow = Omit<Selectable<AutoReceptionistTable>, 'seq'> & { seq: number };
export type AccessRow = Selectable<AutoReceptionistVoicemailAccessTable>;
export type MenuRow = Selectable<AutoReceptionistIvrTable>;
export type KeyRow = Selectable<AutoReceptionistIvrKeyTable>;
export type ReceptionistInsert = Omit<Insertable<AutoReceptionistTable>, 'account_id' | 'seq'>;

const asReceptionist = (r: Selectable<AutoReceptionistTable>): ReceptionistRow => ({ ...r, seq: Number(r.seq), main: Number(r.main) });

export function parsePolicy(row: Pick<ReceptionistRow, 'policy'>): Json {
  try {
    return JSON.parse(row.policy || '{}') as Json;
  } catch {
    return {};
  }
}

// ---- receptionists ------------------------------------------------------------

export async function findReceptionist(store: AccountStore, id: string, lock?: LockMode): Promise<ReceptionistRow | undefined> {
  const row = lock ? await store.lock('auto_receptionists', { id }, lock) : await store.find('auto_receptionists', { id });
  return row && asReceptionist(row);
}

export async function listReceptionists(store: AccountStore, afterSeq: number, limit: number): Promise<ReceptionistRow[]> {
  return (await store.page('auto_receptionists', {}, afterSeq, limit)).map(asReceptionist);
}

export const countReceptionists = (store: AccountStore): Promise<number> => store.count('auto_receptionists', {});

export async function insertReceptionist(store: AccountStore, row: ReceptionistInsert): Promise<void> {
  await store.insert('auto_receptionists', row);
}

/** Removes the receptionist with its IVR and voicemail access list. */
export async function deleteReceptionist(store: AccountStore, id: string): Promise<void> {
  await store.remove('auto_receptionist_ivr_keys', { receptionist_id: id });
  await store.remove('auto_receptionist_ivr', { receptionist_id: id });
  await store.remove('auto_receptionist_voicemail_access', { receptionist_id: id });
  await store.remove('auto_receptionists', { id });
}

/** The main receptionists of these sites, by site id. */
export async function mainsOfSites(db: Db, accountId: string, siteIds: string[]): Promise<Map<string, ReceptionistRow>> {
  if (siteIds.length === 0) return new Map();
  const rows = await db.selectFrom('auto_receptionists').selectAll().where('account_id', '=', accountId).where('main', '=', 1).where('site_id', 'in', siteIds).execute();
  return new Map(rows.map((r) => [r.site_id, asReceptionist(r)]));
}

// ---- voicemail access ---------------------------------------------------------------

export async function accessOf(store: AccountStore, receptionistId: string): Promise<AccessRow[]> {
  return store.scoped('auto_receptionist_voicemail_access').selectAll().where('receptionist_id', '=', receptionistId).orderBy('seq').execute();
}

/** Adds access for a user unless the list has it already (the unique index decides); true when added. */
export async function addAccess(store: AccountStore, a: Omit<Insertable<AutoReceptionistVoicemailAccessTable>, 'account_id' | 'seq'>): Promise<boolean> {
  const res = await store.db
    .insertInto('auto_receptionist_voicemail_access')
    .values({ account_id: store.accountId, ...a })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

// ---- IVR ----------------------------------------------------------------------------

export async function menuOf(store: AccountStore, receptionistId: string, hours: HoursType): Promise<{ menu: MenuRow | undefined; keys: KeyRow[] }> {
  const [menu, keys] = await Promise.all([
    store.find('auto_receptionist_ivr', { receptionist_id: receptionistId, hours_type: hours }),
    store.scoped('auto_receptionist_ivr_keys').selectAll().where('receptionist_id', '=', receptionistId).where('hours_type', '=', hours).execute(),
  ]);
  return { menu, keys };
}

export interface MenuChanges {
  audio_prompt_id?: string;
  no_action?: { action: number; repeat: number; extension_id: string | null };
}

/** Writes what a PATCH changes of a menu's greeting and no-action handling, keeping the rest. */
export async function saveMenu(store: AccountStore, receptionistId: string, hours: HoursType, changes: MenuChanges): Promise<void> {
  if (changes.audio_prompt_id === undefined && changes.no_action === undefined) return;
  const kept = await store.find('auto_receptionist_ivr', { receptionist_id: receptionistId, hours_type: hours });
  const next = {
    audio_prompt_id: changes.audio_prompt_id ?? kept?.audio_prompt_id ?? null,
    no_action_action: changes.no_action?.action ?? kept?.no_action_action ?? DEFAULT_NO_ACTION.action,
    no_action_repeat: changes.no_action?.repeat ?? kept?.no_action_repeat ?? DEFAULT_NO_ACTION.repeat,
    no_action_extension_id: changes.no_action ? changes.no_action.extension_id : (kept?.no_action_extension_id ?? null),
  };
  if (kept) await store.patch('auto_receptionist_ivr', { receptionist_id: receptionistId, hours_type: hours }, next);
  else await store.insert('auto_receptionist_ivr', { receptionist_id: receptionistId, hours_type: hours, ...next });
}

/** Sets one key of a menu; a disabled key keeps no row. */
export async function saveKey(store: AccountStore, key: Omit<KeyRow, 'account_id'>): Promise<void> {
  await store.remove('auto_receptionist_ivr_keys', { receptionist_id: key.receptionist_id, hours_type: key.hours_type, key: key.key });
  if (key.action !== DISABLED) await store.insert('auto_receptionist_ivr_keys', key);
}

/** Gives a receptionist the IVR of another (both menus, every key set), as a site made from a source receptionist starts. */
export async function copyIvr(store: AccountStore, fromId: string, toId: string): Promise<void> {
  const menus = await store.scoped('auto_receptionist_ivr').selectAll().where('receptionist_id', '=', fromId).execute();
  const keys = await store.scoped('auto_receptionist_ivr_keys').selectAll().where('receptionist_id', '=', fromId).execute();
  await store.insert('auto_receptionist_ivr', menus.map(({ account_id: _a, ...m }) => ({ ...m, receptionist_id: toId })));
  await store.insert('auto_receptionist_ivr_keys', keys.map(({ account_id: _a, ...k }) => ({ ...k, receptionist_id: toId })));
}

// ---- what other families' events ask ---------------------------------------------------

/**
 * Extensions that left the directory (a user, a queue, a receptionist deleted):
 * access entries of their users go; IVR keys that routed to them are disabled and
 * lose their target, and a menu whose caller-pressed-nothing forward went to one
 * disconnects instead (the documents are silent; fidelity.ts says so).
 */
export async function forgetExtensions(db: Db, accountId: string, extensionIds: string[]): Promise<void> {
  if (extensionIds.length === 0) return;
  await db.deleteFrom('auto_receptionist_voicemail_access').where('account_id', '=', accountId).where('extension_id', 'in', extensionIds).execute();
  await db.deleteFrom('auto_receptionist_ivr_keys').where('account_id', '=', accountId).where('target_extension_id', 'in', extensionIds).execute();
  await db
    .updateTable('auto_receptionist_ivr')
    .set({ no_action_action: DEFAULT_NO_ACTION.action, no_action_extension_id: null })
    .where('account_id', '=', accountId)
    .where('no_action_extension_id', 'in', extensionIds)
    .execute();
}

/** A site being deleted: its receptionists but the main one (which goes with it) move to the transfer site. */
export async function moveSiteReceptionists(db: Db, accountId: string, siteId: string, transferSiteId: string): Promise<void> {
  await db.updateTable('auto_receptionists').set({ site_id: transferSiteId }).where('account_id', '=', accountId).where('site_id', '=', siteId).where('main', '=', 0).execute();
}
