// SMS campaign, consent and opt-status queries, scoped by account on every one.
// Numbers and users are other families': read through their public surfaces. A
// number that leaves the account leaves its links too (the numbers.removed
// listener); the lists and counts of links also skip any number that is not the
// account's, as the numbers family tells (numberExists).
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { SmsCampaignTable, SmsConsentTable } from './tables.ts';
import { numberExists, numbersByE164 as numbersOfAccountByE164, numbersById, numbersOfAssignees } from '../numbers/public.ts';
import { findUserByIdOrEmail as findUser } from '../users/public.ts';

type Db = Kysely<Database>;
export type CampaignRow = Selectable<SmsCampaignTable>;
export type ConsentRow = Selectable<SmsConsentTable>;
export interface NumberRef {
  id: string;
  number: string;
  status: string;
  number_type: string;
  source: string;
  assignee_id: string | null;
}

/** A unique index said no: the number is held elsewhere (someone else won the race). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/.test(e?.message ?? '');
}

// ---- the account's numbers ------------------------------------------------

export const numbersByIds = (db: Db, accountId: string, ids: string[]): Promise<Map<string, NumberRef>> => numbersById(db, accountId, ids);

export const numbersByE164 = (db: Db, accountId: string, e164s: string[]): Promise<Map<string, NumberRef>> => numbersOfAccountByE164(db, accountId, e164s);

export const findUserByIdOrEmail = (db: Db, accountId: string, idOrEmail: string) => findUser(db, accountId, idOrEmail);

export async function numbersOfAssignee(db: Db, accountId: string, assigneeId: string): Promise<string[]> {
  const held = await numbersOfAssignees(db, accountId, [assigneeId]);
  return (held.get(assigneeId) ?? []).map((n) => n.number);
}

/** The numbers of these link rows that the account holds, in the rows' order (one query for all of them). */
async function linkedNumbers<L extends { number_id: string }>(db: Db, accountId: string, links: L[]): Promise<(L & { number: NumberRef & { account_id: string } })[]> {
  const numbers = await numbersById(db, accountId, links.map((l) => l.number_id));
  return links.flatMap((l) => {
    const number = numbers.get(l.number_id);
    return number ? [{ ...l, number }] : [];
  });
}

// ---- campaigns --------------------------------------------------------------

export async function listCampaigns(db: Db, accountId: string, afterSeq: number, limit: number): Promise<CampaignRow[]> {
  return db.selectFrom('sms_campaigns').selectAll().where('account_id', '=', accountId).where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
}

export async function countCampaigns(db: Db, accountId: string): Promise<number> {
  const row = await db
    .selectFrom('sms_campaigns')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', accountId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findCampaign(db: Db, accountId: string, id: string): Promise<CampaignRow | undefined> {
  return db.selectFrom('sms_campaigns').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

/** The campaign's numbers, in the order they joined it. */
export async function campaignNumbers(db: Db, accountId: string, campaignId: string): Promise<{ id: string; number: string }[]> {
  const links = await db
    .selectFrom('sms_campaign_numbers')
    .select('number_id')
    .where('account_id', '=', accountId)
    .where('campaign_id', '=', campaignId)
    .orderBy('seq')
    .execute();
  return (await linkedNumbers(db, accountId, links)).map(({ number: n }) => ({ id: n.id, number: n.number }));
}

/** Which campaign (and its status) holds each of these numbers. */
export async function campaignsOfNumbers(db: Db, accountId: string, numberIds: string[]): Promise<Map<string, { campaign_id: string; status: string; data: string }>> {
  if (numberIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('sms_campaign_numbers as l')
    .innerJoin('sms_campaigns as c', 'c.id', 'l.campaign_id')
    .select(['l.number_id', 'l.campaign_id', 'c.status', 'c.data'])
    .where('l.account_id', '=', accountId)
    .where('l.number_id', 'in', numberIds)
    .execute();
  return new Map(rows.map((r) => [r.number_id, r]));
}

/**
 * Adds numbers to a campaign inside the caller's transaction. Capacity is taken
 * with a conditional UPDATE, so two requests cannot both fill the last seat.
 * Returns 'capacity' or 'taken' when it did nothing the caller must undo.
 */
export async function addCampaignNumbers(trx: Db, accountId: string, campaignId: string, numberIds: string[], now: number): Promise<'ok' | 'capacity' | 'taken'> {
  if (numberIds.length === 0) return 'ok';
  const n = numberIds.length;
  const seat = await trx
    .updateTable('sms_campaigns')
    .set((eb) => ({ used: eb('used', '+', n) }))
    .where('account_id', '=', accountId)
    .where('id', '=', campaignId)
    .where((eb) => eb(eb('used', '+', n), '<=', eb.ref('capacity')))
    .executeTakeFirst();
  if (Number(seat.numUpdatedRows) === 0) return 'capacity';
  try {
    await trx
      .insertInto('sms_campaign_numbers')
      .values(numberIds.map((number_id) => ({ account_id: accountId, campaign_id: campaignId, number_id, created_at: now })))
      .execute();
  } catch (err) {
    if (isUniqueViolation(err)) return 'taken';
    throw err;
  }
  return 'ok';
}

export async function removeCampaignNumbers(trx: Db, accountId: string, campaignId: string, numberIds: string[]): Promise<number> {
  if (numberIds.length === 0) return 0;
  const res = await trx
    .deleteFrom('sms_campaign_numbers')
    .where('account_id', '=', accountId)
    .where('campaign_id', '=', campaignId)
    .where('number_id', 'in', numberIds)
    .executeTakeFirst();
  const removed = Number(res.numDeletedRows);
  if (removed > 0) {
    await trx
      .updateTable('sms_campaigns')
      .set((eb) => ({ used: eb('used', '-', removed) }))
      .where('account_id', '=', accountId)
      .where('id', '=', campaignId)
      .execute();
  }
  return removed;
}

// ---- consent policies -------------------------------------------------------

export async function listConsents(db: Db, accountId: string, afterSeq: number, limit: number): Promise<ConsentRow[]> {
  return db.selectFrom('sms_consents').selectAll().where('account_id', '=', accountId).where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
}

export async function countConsents(db: Db, accountId: string): Promise<number> {
  const row = await db
    .selectFrom('sms_consents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', accountId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findConsent(db: Db, accountId: string, id: string): Promise<ConsentRow | undefined> {
  return db.selectFrom('sms_consents').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

export async function insertConsent(db: Db, row: Omit<ConsentRow, 'seq'>): Promise<ConsentRow> {
  await db.insertInto('sms_consents').values(row).execute();
  return (await findConsent(db, row.account_id, row.id))!;
}

export async function updateConsent(
  db: Db,
  accountId: string,
  id: string,
  set: Partial<Pick<ConsentRow, 'name' | 'description' | 'status' | 'in_out_bound' | 'modified_at'>>,
): Promise<void> {
  await db.updateTable('sms_consents').set(set).where('account_id', '=', accountId).where('id', '=', id).execute();
}

/** Deletes the policies and releases their numbers; the caller runs it in a transaction. */
export async function deleteConsents(trx: Db, accountId: string, ids: string[]): Promise<void> {
  await trx.deleteFrom('sms_consent_numbers').where('account_id', '=', accountId).where('consent_id', 'in', ids).execute();
  await trx.deleteFrom('sms_consents').where('account_id', '=', accountId).where('id', 'in', ids).execute();
}

export async function consentIdsOf(db: Db, accountId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('sms_consents').select('id').where('account_id', '=', accountId).where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** Live count of the policy's numbers (numbers removed by other rooms do not count). */
export async function consentUsed(db: Db, accountId: string, consentIds: string[]): Promise<Map<string, number>> {
  if (consentIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('sms_consent_numbers as l')
    .select(['l.consent_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('l.account_id', '=', accountId)
    .where('l.consent_id', 'in', consentIds)
    .where(numberExists('l.number_id', 'l.account_id'))
    .groupBy('l.consent_id')
    .execute();
  return new Map(rows.map((r) => [r.consent_id, Number(r.n)]));
}

function consentNumbersQuery(db: Db, accountId: string, consentId: string) {
  return db
    .selectFrom('sms_consent_numbers as l')
    .where('l.account_id', '=', accountId)
    .where('l.consent_id', '=', consentId)
    .where(numberExists('l.number_id', 'l.account_id'));
}

/** A page of the policy's numbers: the links, then one look at their numbers. */
export async function listConsentNumbers(db: Db, accountId: string, consentId: string, afterSeq: number, limit: number) {
  const links = await consentNumbersQuery(db, accountId, consentId).select(['l.seq', 'l.number_id']).where('l.seq', '>', afterSeq).orderBy('l.seq').limit(limit).execute();
  return (await linkedNumbers(db, accountId, links)).map(({ seq, number: n }) => ({ seq, id: n.id, number: n.number, account_id: n.account_id }));
}

export async function countConsentNumbers(db: Db, accountId: string, consentId: string): Promise<number> {
  const row = await consentNumbersQuery(db, accountId, consentId)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Which consent policy holds each of these numbers. */
export async function consentsOfNumbers(db: Db, accountId: string, numberIds: string[]): Promise<Map<string, string>> {
  if (numberIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('sms_consent_numbers')
    .select(['number_id', 'consent_id'])
    .where('account_id', '=', accountId)
    .where('number_id', 'in', numberIds)
    .execute();
  return new Map(rows.map((r) => [r.number_id, r.consent_id]));
}

/** E.164 values of the policy's numbers among the given ones. */
export async function consentNumbersAmong(db: Db, accountId: string, consentId: string, e164s: string[]): Promise<string[]> {
  if (e164s.length === 0) return [];
  const numbers = [...(await numbersOfAccountByE164(db, accountId, e164s)).values()];
  if (numbers.length === 0) return [];
  const links = await db
    .selectFrom('sms_consent_numbers')
    .select('number_id')
    .where('account_id', '=', accountId)
    .where('consent_id', '=', consentId)
    .where('number_id', 'in', numbers.map((n) => n.id))
    .orderBy('seq')
    .execute();
  const byId = new Map(numbers.map((n) => [n.id, n.number]));
  return links.map((l) => byId.get(l.number_id)!);
}

export async function addConsentNumbers(trx: Db, accountId: string, consentId: string, numberIds: string[], now: number): Promise<'ok' | 'capacity' | 'taken'> {
  if (numberIds.length === 0) return 'ok';
  const n = numberIds.length;
  const seat = await trx
    .updateTable('sms_consents')
    .set((eb) => ({ used: eb('used', '+', n) }))
    .where('account_id', '=', accountId)
    .where('id', '=', consentId)
    .where((eb) => eb(eb('used', '+', n), '<=', eb.ref('capacity')))
    .executeTakeFirst();
  if (Number(seat.numUpdatedRows) === 0) return 'capacity';
  try {
    await trx
      .insertInto('sms_consent_numbers')
      .values(numberIds.map((number_id) => ({ account_id: accountId, consent_id: consentId, number_id, created_at: now })))
      .execute();
  } catch (err) {
    if (isUniqueViolation(err)) return 'taken';
    throw err;
  }
  return 'ok';
}

export async function removeConsentNumbers(trx: Db, accountId: string, consentId: string, numberIds: string[]): Promise<number> {
  if (numberIds.length === 0) return 0;
  const res = await trx
    .deleteFrom('sms_consent_numbers')
    .where('account_id', '=', accountId)
    .where('consent_id', '=', consentId)
    .where('number_id', 'in', numberIds)
    .executeTakeFirst();
  const removed = Number(res.numDeletedRows);
  if (removed > 0) {
    await trx
      .updateTable('sms_consents')
      .set((eb) => ({ used: eb('used', '-', removed) }))
      .where('account_id', '=', accountId)
      .where('id', '=', consentId)
      .execute();
  }
  return removed;
}

/**
 * Deleted numbers leave the campaigns and consent policies that held them, and
 * give back their seats, so capacity counts only numbers that exist. Run in the
 * transaction that deletes them.
 */
export async function releaseDeletedNumbers(trx: Db, accountId: string, numberIds: string[]): Promise<void> {
  if (numberIds.length === 0) return;
  const campaigns = await trx
    .selectFrom('sms_campaign_numbers')
    .select('campaign_id')
    .distinct()
    .where('account_id', '=', accountId)
    .where('number_id', 'in', numberIds)
    .execute();
  for (const c of campaigns) await removeCampaignNumbers(trx, accountId, c.campaign_id, numberIds);
  const consents = await trx
    .selectFrom('sms_consent_numbers')
    .select('consent_id')
    .distinct()
    .where('account_id', '=', accountId)
    .where('number_id', 'in', numberIds)
    .execute();
  for (const c of consents) await removeConsentNumbers(trx, accountId, c.consent_id, numberIds);
}

// ---- opt statuses -----------------------------------------------------------

/** Stored statuses for these pairs, keyed `zoom|consumer`; a pair without a row is pending. */
export async function optStatuses(db: Db, accountId: string, zoomNumbers: string[], consumers?: string[]): Promise<Map<string, string>> {
  if (zoomNumbers.length === 0 || consumers?.length === 0) return new Map();
  let q = db
    .selectFrom('sms_opt_statuses')
    .select(['zoom_number', 'consumer_number', 'opt_status'])
    .where('account_id', '=', accountId)
    .where('zoom_number', 'in', zoomNumbers);
  if (consumers) q = q.where('consumer_number', 'in', consumers);
  const rows = await q.orderBy('seq').execute();
  return new Map(rows.map((r) => [`${r.zoom_number}|${r.consumer_number}`, r.opt_status]));
}

export async function setOptStatuses(trx: Db, accountId: string, zoomNumbers: string[], consumer: string, status: string, now: number): Promise<void> {
  if (zoomNumbers.length === 0) return;
  await trx
    .insertInto('sms_opt_statuses')
    .values(zoomNumbers.map((zoom_number) => ({ account_id: accountId, zoom_number, consumer_number: consumer, opt_status: status, updated_at: now })))
    .onConflict((oc) => oc.columns(['account_id', 'zoom_number', 'consumer_number']).doUpdateSet({ opt_status: status, updated_at: now }))
    .execute();
}
