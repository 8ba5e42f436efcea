// The sip room's queries, scoped by account on every one: through the request's
// AccountStore, or with an explicit account where a handler acts for the master
// account besides the request's (its trunks, its organization's numbers).
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import type { InternalNumber } from './rules.ts';
import type { SipPhoneTable, SipTrunkTable } from './tables.ts';
import { findUserByEmail } from '../users/public.ts';

type Db = Kysely<Database>;

/** Products a list asks for: a COMMON record serves every product. */
const sourcesFor = (product?: string) => (product ? [product, 'COMMON'] : undefined);

// ---- trunks ----------------------------------------------------------------

export type TrunkRow = Selectable<SipTrunkTable>;

/** Which of these trunks the account owns, by id: asked of the master, not of the sub account a request acts on. */
export async function findOwnTrunks(db: Db, accountId: string, ids: string[]): Promise<Map<string, TrunkRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('sip_trunks').selectAll().where('account_id', '=', accountId).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

// The trunk joined is the master's when the link is a sub account's: only the link is the account's.
function linkedTrunks(store: AccountStore, product?: string) {
  let q = store.scoped('sip_trunk_links').innerJoin('sip_trunks as t', 't.id', 'sip_trunk_links.trunk_id');
  const sources = sourcesFor(product);
  if (sources) q = q.where('sip_trunk_links.source_system', 'in', sources);
  return q;
}

/** The trunks an account may use: its own and those assigned to it, in the order it got them. */
export async function listAccountTrunks(store: AccountStore, product: string | undefined, afterSeq: number, limit: number) {
  return linkedTrunks(store, product)
    .select([
      'sip_trunk_links.seq',
      'sip_trunk_links.dnis',
      'sip_trunk_links.outbound_caller_id',
      't.id',
      't.name',
      't.carrier',
      't.carrier_account',
      't.region',
      't.sbc_label',
      't.source_system',
    ])
    .where('sip_trunk_links.seq', '>', afterSeq)
    .orderBy('sip_trunk_links.seq')
    .limit(limit)
    .execute();
}

export async function countAccountTrunks(store: AccountStore, product?: string): Promise<number> {
  const row = await linkedTrunks(store, product).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Gives a trunk to an account. Answers false when the account already has it or
 * the DNIS is taken on that trunk: the unique indexes decide, so two concurrent
 * assignments cannot both win.
 */
export async function linkTrunk(
  store: AccountStore,
  link: { trunk_id: string; dnis: string; outbound_caller_id: string | null; source_system: string; created_at: number },
): Promise<boolean> {
  const res = await store.db
    .insertInto('sip_trunk_links')
    .values({ account_id: store.accountId, ...link })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Which of the master's trunks an account already has. */
export async function linkedTrunkIds(store: AccountStore, trunkIds: string[]): Promise<Set<string>> {
  if (trunkIds.length === 0) return new Set();
  const rows = await store.scoped('sip_trunk_links').select('trunk_id').where('trunk_id', 'in', trunkIds).execute();
  return new Set(rows.map((r) => r.trunk_id));
}

/** Whether some account already answers to this DNIS on one of the master's trunks. */
export async function dnisInUse(db: Db, masterId: string, trunkId: string, dnis: string): Promise<boolean> {
  const row = await db
    .selectFrom('sip_trunk_links as l')
    .innerJoin('sip_trunks as t', 't.id', 'l.trunk_id')
    .select('l.seq')
    .where('t.account_id', '=', masterId)
    .where('l.trunk_id', '=', trunkId)
    .where('l.dnis', '=', dnis)
    .executeTakeFirst();
  return !!row;
}

// ---- SIP groups -------------------------------------------------------------

function groups(store: AccountStore, product?: string) {
  let q = store.scoped('sip_groups').leftJoin('sip_trunks as t', 't.id', 'sip_groups.trunk_id');
  const sources = sourcesFor(product);
  if (sources) q = q.where('sip_groups.source_system', 'in', sources);
  return q;
}

export async function listSipGroups(store: AccountStore, product: string | undefined, afterSeq: number, limit: number) {
  return groups(store, product)
    .select([
      'sip_groups.seq',
      'sip_groups.id',
      'sip_groups.display_name',
      'sip_groups.description',
      'sip_groups.send_sip_group_name',
      'sip_groups.source_system',
      'sip_groups.trunk_id',
      't.name as trunk_name',
      't.trunk_type',
    ])
    .where('sip_groups.seq', '>', afterSeq)
    .orderBy('sip_groups.seq')
    .limit(limit)
    .execute();
}

export async function countSipGroups(store: AccountStore, product?: string): Promise<number> {
  const row = await groups(store, product).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

// ---- internal numbers --------------------------------------------------------

/**
 * Which of these numbers the master account or any of its sub accounts already
 * holds: an organization's number is given to one account only.
 */
export async function heldInternalNumbers(db: Db, masterId: string, numbers: string[]): Promise<Set<string>> {
  if (numbers.length === 0) return new Set();
  const rows = await db
    .selectFrom('internal_numbers')
    .select('number')
    .where('account_id', 'in', (eb) => eb.selectFrom('accounts').select('id').where((w) => w.or([w('id', '=', masterId), w('parent_id', '=', masterId)])))
    .where('number', 'in', numbers)
    .execute();
  return new Set(rows.map((r) => r.number));
}

/** False when the account already holds the number (the unique index decides). */
export async function insertInternalNumber(store: AccountStore, id: string, n: InternalNumber, now: number): Promise<boolean> {
  const res = await store.db
    .insertInto('internal_numbers')
    .values({
      id,
      account_id: store.accountId,
      number: n.number,
      display_number: n.display_number,
      labels: n.labels,
      visible: n.visible ? 1 : 0,
      allow_join: n.allow_join ? 1 : 0,
      allow_for_external_meetings: n.allow_for_external_meetings ? 1 : 0,
      type: n.type,
      country: n.country,
      languages: n.languages,
      created_at: now,
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

// ---- SIP phones ---------------------------------------------------------------

/** The phone user a SIP phone is registered for, by email whatever its case (the users family's record). */
export const findPhoneUserByEmail = (store: AccountStore, email: string) => findUserByEmail(store.db, store.accountId, email);

/** A registration as the handler builds it; the store adds the account. */
export type SipPhoneInsert = Omit<Insertable<SipPhoneTable>, 'account_id' | 'seq'>;

/** False when the user already has a SIP phone for that platform. */
export async function insertSipPhone(store: AccountStore, phone: SipPhoneInsert): Promise<boolean> {
  const res = await store.db
    .insertInto('sip_phones')
    .values({ account_id: store.accountId, ...phone })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

/**
 * A SIP group of the account, by id, that serves `product` (its own or a COMMON
 * group): what a BYOC number of that product names to route its calls.
 */
export async function findSipGroup(db: Db, accountId: string, id: string, product: string): Promise<{ id: string; display_name: string } | undefined> {
  return db
    .selectFrom('sip_groups')
    .select(['id', 'display_name'])
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .where('source_system', 'in', sourcesFor(product)!)
    .executeTakeFirst();
}

/** A user who left Zoom Phone (users.removed) keeps no SIP phone registration. */
export async function forgetUsersPhones(db: Kysely<Database>, accountId: string, userIds: string[]): Promise<void> {
  if (userIds.length) await db.deleteFrom('sip_phones').where('account_id', '=', accountId).where('user_id', 'in', userIds).execute();
}
