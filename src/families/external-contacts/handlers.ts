// Handlers of the external-contacts family, keyed by operationId: the account's
// external contacts, with their phone numbers, extension number in the original
// phone system, routing path, e-mail and profile picture. A contact is named in a
// path by its Zoom-generated external_contact_id or by the id its customer gave it.
// Deleting one publishes externalContacts.removed: call handling and IVR keys that
// forwarded to it fall back as they do when an extension leaves the directory.
import { defineHandlers, type BodyOf, type ItemOf, type ResponseOf } from '../../kit/context.ts';
import { isUniqueViolation } from '../../kit/constraints.ts';
import { publish } from '../../kit/events.ts';
import type { ZoomError } from '../../errors.ts';
import { extensionByNumber } from '../extensions/public.ts';
import { withProblems, worded, WORDS } from './errors.ts';
import { contactName, contactProblems, phoneList, pictureOf, pictureUrl, type FieldProblem, type PictureProblem } from './rules.ts';
import { contactOf, numbersOf, type ContactRow } from './store.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';

type Details = NonNullable<ResponseOf<'getExternalContactDetails'>>;
type ListItem = ItemOf<'listExternalContacts', 'external_contacts'>;
type Picture = NonNullable<BodyOf<'addAnExternalContact'>['profile_picture']>;
type PictureFailures = Record<PictureProblem, () => ZoomError>;

const flag = (v: number | null): boolean | undefined => (v === null ? undefined : v === 1);
const bit = (v: boolean | undefined, kept: number | null): number | null => (v === undefined ? kept : v ? 1 : 0);

/** A contact as the details and the list show it: `id` is the customer's, else the Zoom-generated one. */
function presented(row: ContactRow): Details & ListItem {
  const out: Details & ListItem = {
    external_contact_id: row.id,
    id: row.custom_id ?? row.id,
    name: row.name,
    phone_numbers: numbersOf(row),
  };
  if (row.description !== null) out.description = row.description;
  if (row.email !== null) out.email = row.email;
  if (row.extension_number !== null) out.extension_number = row.extension_number;
  const recorded = flag(row.auto_call_recorded);
  if (recorded !== undefined) out.auto_call_recorded = recorded;
  const internal = flag(row.enable_internal_extension);
  if (internal !== undefined) out.enable_internal_extension = internal;
  if (row.picture_type && row.picture_data) out.profile_picture_download_url = pictureUrl(row.picture_type, row.picture_data);
  return out;
}

/**
 * The picture a body asks for: undefined to leave it as it is, null for the system
 * default ("Set type or base64_encoding to empty strings"), or the picture to keep.
 */
function pictureAsked(p: Picture | undefined, fail: PictureFailures): { type: string; data: string } | null | undefined {
  if (p === undefined) return undefined;
  if (p.base64_encoding === '' || (p.base64_encoding === undefined && p.type === undefined)) return null;
  if (p.base64_encoding === undefined) throw fail.data();
  const picture = pictureOf(p.type, p.base64_encoding);
  if (typeof picture === 'string') throw fail[picture]();
  return picture;
}

/** What else in the account already has this contact's customer id or extension number: a directory extension, or another contact. */
async function takenProblems(db: Kysely<Database>, accountId: string, selfId: string | null, c: { custom_id: string | null; extension_number: string | null }): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (c.custom_id !== null) {
    const other = await contactOf(db, accountId, c.custom_id);
    if (other && other.id !== selfId) problems.push({ field: 'id', message: WORDS.idTaken(c.custom_id) });
  }
  if (c.extension_number !== null) {
    const holder = await extensionByNumber(db, accountId, Number(c.extension_number));
    const contact = await db
      .selectFrom('external_contacts')
      .select('id')
      .where('account_id', '=', accountId)
      .where('extension_number', '=', c.extension_number)
      .executeTakeFirst();
    if (holder || (contact && contact.id !== selfId)) problems.push({ field: 'extension_number', message: WORDS.extensionTaken(c.extension_number) });
  }
  return problems;
}

export const handlers = defineHandlers({
  async listExternalContacts(ctx) {
    const store = await ctx.store();
    return ctx.list({
      items: 'external_contacts',
      fetch: (after, limit) => store.page('external_contacts', {}, after, limit),
      count: () => store.count('external_contacts', {}),
      present: (rows) => rows.map(presented),
    });
  },

  async addAnExternalContact(ctx) {
    const store = await ctx.store();
    const { accountId } = store;
    const b = ctx.body;
    const invalid = (problems: FieldProblem[]) => withProblems(ctx.fail('validationFailed'), problems);
    const now = ctx.clock.now();
    const row: ContactRow = {
      seq: 0,
      id: ctx.ids.next(),
      account_id: accountId,
      custom_id: b.id !== undefined ? b.id.trim() : null,
      name: contactName(b.name),
      description: b.description ?? null,
      email: b.email !== undefined ? b.email.trim() : null,
      extension_number: b.extension_number !== undefined && b.extension_number.trim() !== '' ? b.extension_number.trim() : null,
      phone_numbers: JSON.stringify(phoneList(b.phone_numbers ?? [])),
      routing_path: b.routing_path ?? null,
      auto_call_recorded: bit(b.auto_call_recorded, null),
      enable_internal_extension: bit(b.enable_internal_extension, null),
      picture_type: null,
      picture_data: null,
      created_at: now,
      updated_at: now,
    };
    const problems = contactProblems({ ...row, id: row.custom_id, phone_numbers: numbersOf(row) });
    if (problems.length) throw invalid(problems);
    const picture = pictureAsked(b.profile_picture, {
      type: () => ctx.fail('profilePictureFileTypeError'),
      data: () => ctx.fail('profilePictureFileDataError'),
      size: () => ctx.fail('profilePictureSizeMustLessThan'),
    });
    if (picture) Object.assign(row, { picture_type: picture.type, picture_data: picture.data });
    const { seq: _seq, account_id: _account, ...values } = row;
    try {
      await ctx.db.transaction().execute(async (trx) => {
        const taken = await takenProblems(trx, accountId, null, row);
        if (taken.length) throw invalid(taken);
        await store.on(trx).insert('external_contacts', values);
      });
    } catch (err) {
      // A concurrent write took the id or the extension number first: the unique index refused this one.
      if (isUniqueViolation(err)) throw invalid(await takenProblems(ctx.db, accountId, null, row));
      throw err;
    }
    return { external_contact_id: row.id, name: row.name };
  },

  async getExternalContactDetails(ctx) {
    const store = await ctx.store();
    const { externalContactId } = ctx.params;
    const row = await contactOf(ctx.db, store.accountId, externalContactId);
    if (!row) throw ctx.fail('externalContactDoesNotExist', { externalContactId });
    return presented(row);
  },

  async updateExternalContact(ctx) {
    const store = await ctx.store();
    const { accountId } = store;
    const { externalContactId } = ctx.params;
    const b = ctx.body ?? {};
    const invalid = (problems: FieldProblem[]) => withProblems(ctx.fail('validationFailed'), problems);
    const picture = pictureAsked(b.profile_picture, {
      type: () => ctx.fail('profilePictureFileTypeError'),
      data: () => ctx.fail('profilePictureFileDataError'),
      size: () => ctx.fail('profilePictureSizeMustLessThan'),
    });
    let changed: ContactRow | undefined;
    try {
      // Read and written under the row's lock: concurrent updates of one contact apply one after another.
      await ctx.db.transaction().execute(async (trx) => {
        const row = await contactOf(trx, accountId, externalContactId, 'noKeyUpdate');
        if (!row) throw ctx.fail('externalContactDoesNotExist', { 0: externalContactId });
        const next: ContactRow = {
          ...row,
          custom_id: b.id !== undefined ? b.id.trim() : row.custom_id,
          name: b.name !== undefined ? contactName(b.name) : row.name,
          description: b.description !== undefined ? b.description : row.description,
          email: b.email !== undefined ? b.email.trim() : row.email,
          extension_number: b.extension_number !== undefined ? b.extension_number.trim() || null : row.extension_number,
          phone_numbers: b.phone_numbers !== undefined ? JSON.stringify(phoneList(b.phone_numbers)) : row.phone_numbers,
          routing_path: b.routing_path !== undefined ? b.routing_path : row.routing_path,
          // "Leave blank to retain the existing status"
          auto_call_recorded: bit(b.auto_call_recorded, row.auto_call_recorded),
          enable_internal_extension: bit(b.enable_internal_extension, row.enable_internal_extension),
          picture_type: picture === undefined ? row.picture_type : (picture?.type ?? null),
          picture_data: picture === undefined ? row.picture_data : (picture?.data ?? null),
          updated_at: ctx.clock.now(),
        };
        const problems = contactProblems({ ...next, id: b.id !== undefined ? next.custom_id : undefined, phone_numbers: numbersOf(next) });
        if (problems.length) throw invalid(problems);
        const taken = await takenProblems(trx, accountId, row.id, {
          custom_id: next.custom_id !== row.custom_id ? next.custom_id : null,
          extension_number: next.extension_number !== row.extension_number ? next.extension_number : null,
        });
        if (taken.length) throw invalid(taken);
        const { seq: _seq, account_id: _account, id, created_at: _created, ...changes } = next;
        changed = next;
        await store.on(trx).patch('external_contacts', { id }, changes);
      });
    } catch (err) {
      // A concurrent write took the id or the extension number first: the unique index refused this one.
      if (isUniqueViolation(err) && changed) {
        const taken = await takenProblems(ctx.db, accountId, changed.id, changed);
        throw invalid(taken.length ? taken : [{ field: 'id', message: 'The id or the extension number was taken meanwhile.' }]);
      }
      throw err;
    }
    return undefined;
  },

  async deleteAnExternalContact(ctx) {
    const store = await ctx.store();
    const { accountId } = store;
    const { externalContactId } = ctx.params;
    await ctx.db.transaction().execute(async (trx) => {
      // Held for the delete: a write making the contact a routing target holds it too, and waits.
      const row = await contactOf(trx, accountId, externalContactId, 'update');
      if (!row) throw worded(ctx.fail('error300'), WORDS.notFound(externalContactId));
      await store.on(trx).remove('external_contacts', { id: row.id });
      await publish(trx, 'externalContacts.removed', { accountId, externalContactIds: [row.id] });
    });
    return undefined;
  },
});
