// What other families may use of external-contacts: a contact found by the id a
// setting names (call handling's action 9, an IVR key), held while a write makes it
// a target, contacts by id for a page of settings, and the contact a dialled
// extension or phone number reaches (the simulator). Deleting a contact publishes
// externalContacts.removed, for whatever forwarded to it to fall back.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { assertTransaction } from '../../kit/locks.ts';
import { contactByExtension, contactOf, contactsByIds, contactsWithNumber, numbersOf, type ContactRow } from './store.ts';

type Db = Kysely<Database>;

export interface ExternalContactRef {
  /** The Zoom-generated external_contact_id: what a setting keeps. */
  id: string;
  name: string;
  email: string | null;
  extensionNumber: string | null;
  phoneNumbers: string[];
  routingPath: string | null;
}

const ref = (row: ContactRow): ExternalContactRef => ({
  id: row.id,
  name: row.name,
  email: row.email,
  extensionNumber: row.extension_number,
  phoneNumbers: numbersOf(row),
  routingPath: row.routing_path,
});

/** The account's contact named by its external_contact_id (or its customer id), or undefined when the account has none. */
export async function findExternalContact(db: Db, accountId: string, id: string): Promise<ExternalContactRef | undefined> {
  const row = await contactOf(db, accountId, id);
  return row && ref(row);
}

/**
 * The contact, held until the caller's transaction ends: a delete of it waits for
 * that commit, so its listeners see whatever was made to point at it (and mend it).
 * For a write that routes to a contact. Run inside a transaction.
 */
export async function holdExternalContact(db: Db, accountId: string, id: string): Promise<ExternalContactRef | undefined> {
  assertTransaction(db, 'holdExternalContact');
  const row = await contactOf(db, accountId, id, 'keyShare');
  return row && ref(row);
}

/** These contacts by external_contact_id (those the account still has): one query for a page of settings. */
export async function externalContactsByIds(db: Db, accountId: string, ids: string[]): Promise<Map<string, ExternalContactRef>> {
  const rows = await contactsByIds(db, accountId, ids);
  return new Map([...rows].map(([id, row]) => [id, ref(row)]));
}

/** The contact a dialled extension number reaches: the one with that extension number in the original phone system. */
export async function externalContactByExtension(db: Db, accountId: string, extensionNumber: string): Promise<ExternalContactRef | undefined> {
  const row = await contactByExtension(db, accountId, extensionNumber);
  return row && ref(row);
}

/** The contact a dialled phone number matches: the first added of those holding it. */
export async function externalContactByPhoneNumber(db: Db, accountId: string, e164: string): Promise<ExternalContactRef | undefined> {
  const [row] = await contactsWithNumber(db, accountId, e164);
  return row && ref(row);
}

declare module '../../kit/events.ts' {
  interface Events {
    /** External contacts deleted: call handling and IVR keys that forwarded to them fall back. */
    'externalContacts.removed': { accountId: string; externalContactIds: string[] };
  }
}
