// Who is at each end of a fax: a number of the account and the extension it is
// assigned to (read through the numbers and extensions families), or a number
// outside the account. Read, never written: the fax log keeps what it was at the time.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { countryOf, numbersByE164, numbersOfAssignees, parseData } from '../numbers/public.ts';
import { extensionByNumber, extensionsByIds, extensionsOfOwners, type ExtensionKind, type Listing } from '../extensions/public.ts';

type Db = Kysely<Database>;

/** The extension kinds a fax log names (the pages' extension_type values). */
export type FaxExtensionKind = 'user' | 'callQueue' | 'autoReceptionist' | 'commonArea' | 'sharedLineGroup';

/** Number Management's assigned_to_type -> the directory's kind, for the assignees a fax can reach. */
const KIND_OF_ASSIGNEE: Record<string, FaxExtensionKind> = {
  User: 'user',
  CallQueue: 'callQueue',
  AutoReceptionist: 'autoReceptionist',
  CommonArea: 'commonArea',
  SharedLineGroup: 'sharedLineGroup',
};
const FAX_KINDS: FaxExtensionKind[] = ['user', 'callQueue', 'autoReceptionist', 'commonArea', 'sharedLineGroup'];

export interface Party {
  number: string | null;
  location: string | null;
  extension?: Listing & { kind: FaxExtensionKind };
  /** The site the number (or else its extension) is in. */
  siteId: string | null;
}

/** A number outside the account: its country is all the sandbox knows of where it is. */
export const outside = (number: string): Party => ({ number, location: countryOf(number), siteId: null });

/**
 * The account's number and the extension it is assigned to; `held: false` when
 * the account has no such number, `extension` absent when it is assigned to no
 * extension a fax can reach.
 */
export async function accountNumber(db: Db, accountId: string, e164: string): Promise<({ held: true } & Party) | { held: false }> {
  const row = (await numbersByE164(db, accountId, [e164])).get(e164);
  if (!row) return { held: false };
  const data = parseData(row);
  const location = data.location?.state ?? data.location?.city ?? countryOf(e164, data.location);
  const kind = row.assignee_type ? KIND_OF_ASSIGNEE[row.assignee_type] : undefined;
  const listing = kind && row.assignee_id ? (await extensionsOfOwners(db, accountId, [row.assignee_id], kind as ExtensionKind)).get(row.assignee_id) : undefined;
  return {
    held: true,
    number: e164,
    location,
    extension: listing && { ...listing, kind: kind! },
    siteId: row.site_id ?? listing?.siteId ?? null,
  };
}

/** The extension with this number in the account's directory, and the first number assigned to its holder. */
export async function extensionNumbered(db: Db, accountId: string, extensionNumber: number): Promise<Party | undefined> {
  const holder = await extensionByNumber(db, accountId, extensionNumber);
  const kind = holder && (FAX_KINDS as string[]).includes(holder.kind) ? (holder.kind as FaxExtensionKind) : undefined;
  if (!holder || !kind) return undefined;
  const siteId = (await extensionsByIds(db, accountId, [holder.id])).get(holder.id)?.siteId ?? null;
  const number = (await numbersOfAssignees(db, accountId, [holder.ownerId])).get(holder.ownerId)?.[0]?.number ?? null;
  const listing: Listing = { id: holder.id, kind, name: holder.name, number: extensionNumber, siteId };
  return { number, location: number ? countryOf(number) : null, extension: { ...listing, kind }, siteId };
}
