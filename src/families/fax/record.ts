// The fax family's writes, shared by the API (sendFax), the control plane's
// inbound simulation and the demo seed: each fax leaves its document (a PDF of
// its pages) and a log per extension that sent or received it, and tells the
// other families through fax.sent / fax.received, all in the caller's transaction.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { IdGenerator } from '../../ids.ts';
import { publish } from '../../kit/events.ts';
import { isE164 } from '../numbers/public.ts';
import { siteNames } from '../sites/public.ts';
import { owner } from './tables.ts';
import { faxPdf } from './pdf.ts';
import { pageCaptions, type UploadEntry } from './rules.ts';
import { accountNumber, outside, type Party } from './parties.ts';
import { insertFile, insertLogs, type FaxLogRow, type NewFaxLog } from './store.ts';
import { faxLogItem } from './present.ts';

type Db = Kysely<Database>;

export interface Writer {
  db: Db;
  accountId: string;
  ids: IdGenerator;
  now: number;
}

/** Zoom's fax ids are 32 upper-case hex digits ("6A2BE84EE494479B9AFA29F4BB8A8EA6"); the sandbox's are made from its own ids. */
function faxIdFrom(ids: IdGenerator): string {
  const hex = Buffer.from(ids.next() + ids.next()).toString('hex').toUpperCase();
  return hex.slice(-32).padStart(32, '0');
}

const side = (prefix: 'sender' | 'receiver', p: Party, name: string | null | undefined) => ({
  [`${prefix}_extension_id`]: p.extension?.id ?? null,
  [`${prefix}_extension_number`]: p.extension ? String(p.extension.number) : null,
  [`${prefix}_extension_type`]: p.extension?.kind ?? null,
  [`${prefix}_name`]: name ?? p.extension?.name ?? null,
  [`${prefix}_number`]: p.number,
  [`${prefix}_location`]: p.location,
});

async function document(w: Writer, faxId: string, title: string, captions: string[]): Promise<{ id: string; pages: number }> {
  const id = w.ids.next();
  await insertFile(owner.bind(w.db), {
    id,
    account_id: w.accountId,
    filename: `${faxId}.pdf`,
    pages: captions.length,
    data: faxPdf(title, captions),
    created_at: w.now,
  });
  return { id, pages: captions.length };
}

/** Writes the logs and tells the listeners, each log as the lists show it. */
async function logged(w: Writer, logs: NewFaxLog[]): Promise<void> {
  const db = owner.bind(w.db);
  await insertLogs(db, w.accountId, logs);
  const names = await siteNames(w.db, w.accountId, logs.map((l) => l.site_id).filter((s): s is string => Boolean(s)));
  for (const l of logs) {
    const row = { ...l, seq: 0, account_id: w.accountId, deleted_at: null } as FaxLogRow;
    const fields = faxLogItem(row, l.site_id ? names.get(l.site_id)?.name : undefined);
    await publish(w.db, l.direction === 'outbound' ? 'fax.sent' : 'fax.received', { accountId: w.accountId, ...fields });
  }
}

export type ReceiverStatus = 'success' | 'invalid_sender_number' | 'invalid_receiver_number';

export interface Outbound {
  upload: { entries: UploadEntry[] };
  sender: { number: string; name?: string };
  receivers: { number: string; name?: string }[];
  /** openapi for the API; client for the seed's faxes sent from the Zoom client. */
  senderType: 'openapi' | 'client';
}

/**
 * Sends a fax from an extension's number to each receiver: one outbound log per
 * receiver (the sender's extension owns it), and where the receiver is a number
 * of the same account, an inbound log for the extension it reaches. A sender
 * number the account does not hold or that reaches no extension sends nothing.
 */
export async function sendFax(w: Writer, fax: Outbound): Promise<{ faxId?: string; receivers: { receiver_number: string; status: ReceiverStatus; fax_log_id?: string }[] }> {
  const sender = isE164(fax.sender.number) ? await accountNumber(w.db, w.accountId, fax.sender.number) : { held: false as const };
  if (!sender.held || !sender.extension) return { receivers: fax.receivers.map((r) => ({ receiver_number: r.number, status: 'invalid_sender_number' })) };
  const from: Party = sender;
  const faxId = faxIdFrom(w.ids);
  const captions = pageCaptions(fax.upload.entries);
  let file: { id: string; pages: number } | undefined;
  const logs: NewFaxLog[] = [];
  const answers: { receiver_number: string; status: ReceiverStatus; fax_log_id?: string }[] = [];
  for (const r of fax.receivers) {
    const number = r.number.trim();
    let to: Party | undefined;
    if (isE164(number)) {
      const inside = await accountNumber(w.db, w.accountId, number);
      // A number of the account reaches an extension of it; one assigned to none has nobody to take the fax.
      to = inside.held ? (inside.extension ? inside : undefined) : outside(number);
    }
    if (!to) {
      answers.push({ receiver_number: r.number, status: 'invalid_receiver_number' });
      continue;
    }
    file ??= await document(w, faxId, `Fax ${faxId} from ${fax.sender.number}`, captions);
    const common = {
      fax_id: faxId,
      ...side('sender', from, fax.sender.name),
      sender_type: fax.senderType,
      ...side('receiver', to, r.name),
      receiver_type: to.extension ? 'client' : 'pstn',
      file_id: file.id,
      pages: file.pages,
      retry_times: 0,
      created_at: w.now,
    };
    const id = w.ids.next();
    logs.push({
      ...common,
      id,
      direction: 'outbound',
      extension_id: from.extension!.id,
      extension_type: from.extension!.kind,
      site_id: from.siteId,
      status: 'sent',
      status_reason: 'success',
      read_status: 'read',
    });
    if (to.extension) {
      logs.push({
        ...common,
        id: w.ids.next(),
        direction: 'inbound',
        extension_id: to.extension.id,
        extension_type: to.extension.kind,
        site_id: to.siteId,
        status: 'received',
        status_reason: 'success',
        read_status: 'unread',
      });
    }
    answers.push({ receiver_number: r.number, status: 'success', fax_log_id: id });
  }
  await logged(w, logs);
  return { faxId: file ? faxId : undefined, receivers: answers };
}

export interface Inbound {
  /** The sender outside the account (E.164). */
  from: string;
  /** The account's number, or an extension found by its number, that receives it. */
  to: Party;
  pages: number;
}

/** A fax arriving from outside: its document of `pages` pages and the receiving extension's unread log. */
export async function receiveFax(w: Writer, fax: Inbound): Promise<{ faxId: string; faxLogId: string; fileId: string }> {
  const ext = fax.to.extension;
  if (!ext) throw new Error('receiveFax: the receiver reaches no extension');
  const faxId = faxIdFrom(w.ids);
  const captions = Array.from({ length: fax.pages }, (_, i) => `Page ${i + 1} of ${fax.pages}`);
  const file = await document(w, faxId, `Fax ${faxId} from ${fax.from}`, captions);
  const id = w.ids.next();
  await logged(w, [
    {
      id,
      fax_id: faxId,
      direction: 'inbound',
      extension_id: ext.id,
      extension_type: ext.kind,
      site_id: fax.to.siteId,
      ...side('sender', outside(fax.from), null),
      sender_type: 'pstn',
      ...side('receiver', fax.to, null),
      receiver_type: 'client',
      file_id: file.id,
      pages: file.pages,
      status: 'received',
      status_reason: 'success',
      read_status: 'unread',
      retry_times: 0,
      created_at: w.now,
    },
  ]);
  return { faxId, faxLogId: id, fileId: file.id };
}
