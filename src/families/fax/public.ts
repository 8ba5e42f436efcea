// What other families (and the control plane's simulations) may use of fax: a
// fax arriving from outside, and the events every fax write publishes. Writes
// run with this family's rights, in the caller's transaction.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { IdGenerator } from '../../ids.ts';
import { isE164 } from '../numbers/public.ts';
import { accountNumber, extensionNumbered, type Party } from './parties.ts';
import { receiveFax } from './record.ts';
import type { FaxLogFields } from './present.ts';

declare module '../../kit/events.ts' {
  interface Events {
    /** A fax sent from an extension of the account: its outbound log as the fax log pages show it. */
    'fax.sent': { accountId: string } & FaxLogFields;
    /** A fax received by an extension of the account (from outside, or from another extension): its inbound log. */
    'fax.received': { accountId: string } & FaxLogFields;
  }
}

/** The most pages a simulated inbound fax may have (the sandbox's bound: a document generated in memory). */
export const MAX_INBOUND_PAGES = 500;

export type InboundRefusal = 'fromNotE164' | 'toUnknown' | 'toReachesNoExtension';

/**
 * A fax from an outside number (E.164) to one of the account's numbers, or to
 * an extension by its number: the receiving extension's unread fax log and its
 * PDF document of `pages` pages. Run inside a transaction.
 */
export async function receiveInboundFax(
  db: Kysely<Database>,
  accountId: string,
  ids: IdGenerator,
  fax: { from: string; to: string; pages: number; at: number },
): Promise<{ ok: true; faxId: string; faxLogId: string; fileId: string } | { ok: false; refusal: InboundRefusal }> {
  if (!isE164(fax.from)) return { ok: false, refusal: 'fromNotE164' };
  let to: Party | undefined;
  if (isE164(fax.to)) {
    const held = await accountNumber(db, accountId, fax.to);
    if (!held.held) return { ok: false, refusal: 'toUnknown' };
    to = held;
  } else if (/^\d{1,18}$/.test(fax.to)) {
    to = await extensionNumbered(db, accountId, Number(fax.to));
    if (!to) return { ok: false, refusal: 'toUnknown' };
  } else return { ok: false, refusal: 'toUnknown' };
  if (!to.extension) return { ok: false, refusal: 'toReachesNoExtension' };
  const got = await receiveFax({ db, accountId, ids, now: fax.at }, { from: fax.from, to, pages: fax.pages });
  return { ok: true, ...got };
}
