// Handlers of the fax family, keyed by operationId: files uploaded to be faxed,
// faxes sent from an extension's number, the logs each fax leaves (read status,
// delete, the PDF to download) and the charges of the faxes sent.
import { defineHandlers, type ItemOf, type RequestContext } from '../../kit/context.ts';
import { fileAnswer } from '../../kit/files.ts';
import { isoSeconds } from '../../clock.ts';
import { extensionById } from '../extensions/public.ts';
import { siteNames } from '../sites/public.ts';
import { badEntry, badPdf, emptyZip, extensionNotFound, faxFileNotFound, fileRequired, invalidRange, notZip, sameOrder } from './errors.ts';
import { cycleEnd, expireSeconds, logRange, MAX_UPLOAD_BYTES, monthOf, parseDay, readUpload } from './rules.ts';
import { countCharged, countLogs, deleteLog, findFile, findLog, findUpload, insertUpload, pageCharged, pageLogs, setReadStatus, type FaxLogRow, type LogFilter } from './store.ts';
import { accountFaxLogItem, faxLogDetails, faxLogItem } from './present.ts';
import { sendFax } from './record.ts';
import { chargeOf, CHARGE_MODE, CURRENCY, CURRENCY_SIGN, totalOf } from './rates.ts';

/**
 * A file part of a multipart/form-data body, as src/http hands it over: the
 * body is an object of the form's fields by name, each a string or such a file
 * (a list when the name repeats). `truncated` when the part ran past the
 * server's upload limit and was cut there.
 */
interface UploadedFile {
  filename: string;
  mimetype: string;
  data: Buffer;
  truncated: boolean;
}

const isFile = (v: unknown): v is UploadedFile => typeof v === 'object' && v !== null && Buffer.isBuffer((v as UploadedFile).data);

/** The form's `file` part (the first, where a client sent several). */
function fileOf(body: unknown): UploadedFile | undefined {
  const field = (body as Record<string, unknown> | undefined)?.file;
  const first = Array.isArray(field) ? field[0] : field;
  return isFile(first) ? first : undefined;
}

/** The query's values the contract does not declare (the pages list none; Zoom's clients send them). */
const rawQuery = (ctx: RequestContext) => ctx.query as Record<string, unknown>;

/** The names of the sites of a page of logs, in one read. */
async function sitesOf(ctx: RequestContext, accountId: string, rows: FaxLogRow[]): Promise<(row: FaxLogRow) => string | undefined> {
  const names = await siteNames(ctx.db, accountId, [...new Set(rows.map((r) => r.site_id).filter((s): s is string => Boolean(s)))]);
  return (row) => (row.site_id ? names.get(row.site_id)?.name : undefined);
}

/** The lists' optional from/to, as a filter (the page token is bound to them). */
function rangeOf(ctx: RequestContext): { range: LogFilter['range']; filters: Record<string, unknown> } {
  const q = rawQuery(ctx);
  const range = logRange(q.from, q.to);
  if (!range) throw invalidRange();
  return { range, filters: { from: range.from ?? null, to: range.to ?? null } };
}

type ChargeItem = ItemOf<'getFaxChargesUsageReport', 'fax_charges'>;

/** A fax sent, as the charges report shows it: pending in its billing cycle, calculated once the cycle ended. */
function chargeItem(row: FaxLogRow, now: number): ChargeItem {
  const sender = row.sender_number ?? '';
  const receiver = row.receiver_number ?? '';
  const charge = chargeOf(sender, receiver);
  const calculated = cycleEnd(Number(row.created_at)) <= now;
  const pages = Number(row.pages);
  return {
    fax_id: row.fax_id,
    sender_number: sender,
    receiver_number: receiver,
    billing_number: sender,
    end_time: isoSeconds(Number(row.created_at)),
    charge_mode: CHARGE_MODE,
    fax_type: charge.faxType,
    // "Unlimited faxing does not apply to faxes sent through the API", and the sandbox keeps no unlimited plan for the others.
    unlimited: false,
    total_pages: pages,
    rate: charge.rate,
    currency: CURRENCY,
    currency_sign: CURRENCY_SIGN,
    charge_status: calculated ? 'calculated' : 'pending',
    ...(calculated ? { charged_pages: pages, total_charge: totalOf(charge.rate, pages) } : {}),
  };
}

export const handlers = defineHandlers({
  async uploadFaxFile(ctx) {
    const expire = expireSeconds(rawQuery(ctx).expire);
    if (expire === undefined) throw ctx.fail('invalidExpireShouldBetween1And');
    const file = fileOf(ctx.body);
    if (!file) throw fileRequired();
    if (file.truncated || file.data.length > MAX_UPLOAD_BYTES) throw ctx.fail('fileSizeExceededMaximum50mb');
    if (!/\.zip$/i.test(file.filename)) throw notZip();
    const read = readUpload(file.data);
    if (!read.ok) {
      switch (read.problem) {
        case 'notZip':
          throw notZip();
        case 'empty':
          throw emptyZip();
        case 'badName':
          throw badEntry({ name: read.name });
        case 'sameOrder':
          throw sameOrder({ name: read.name });
        case 'badPdf':
          throw badPdf({ name: read.name });
      }
    }
    const account = await ctx.account();
    const now = ctx.clock.now();
    const id = ctx.ids.next();
    await insertUpload(ctx.db, {
      id,
      account_id: account.id,
      filename: file.filename,
      size: file.data.length,
      pages: read.pages,
      entries: JSON.stringify(read.entries),
      created_at: now,
      expires_at: now + expire * 1000,
    });
    return { file_id: id };
  },

  async sendFax(ctx) {
    const account = await ctx.account();
    const b = ctx.body;
    const now = ctx.clock.now();
    const upload = await findUpload(ctx.db, account.id, b.file_id);
    if (!upload || Number(upload.expires_at) <= now) throw faxFileNotFound({ fileId: b.file_id });
    const sent = await ctx.db.transaction().execute((trx) =>
      sendFax(
        { db: trx, accountId: account.id, ids: ctx.ids, now },
        {
          upload: { entries: JSON.parse(upload.entries) },
          sender: { number: b.sender_number.trim(), name: b.sender_name },
          receivers: b.receivers.map((r) => ({ number: r.receiver_number, name: r.receiver_name })),
          senderType: 'openapi',
        },
      ),
    );
    return { fax_id: sent.faxId, receivers: sent.receivers };
  },

  async getAccountsFaxLogs(ctx) {
    const store = await ctx.store();
    const { range, filters } = rangeOf(ctx);
    return ctx.list({
      items: 'fax_logs',
      filters,
      fetch: (after, limit) => pageLogs(store, { range }, after, limit),
      count: () => countLogs(store, { range }),
      present: async (rows) => {
        const site = await sitesOf(ctx, store.accountId, rows);
        return rows.map((r) => accountFaxLogItem(r, site(r)));
      },
    });
  },

  async getExtensionsFaxLogs(ctx) {
    const store = await ctx.store();
    const extensionId = ctx.params.extensionId;
    if (!(await extensionById(ctx.db, store.accountId, extensionId))) throw extensionNotFound({ extensionId });
    const { range, filters } = rangeOf(ctx);
    const filter = { extensionId, range };
    return ctx.list({
      items: 'fax_logs',
      filters: { ...filters, extensionId },
      fetch: (after, limit) => pageLogs(store, filter, after, limit),
      count: () => countLogs(store, filter),
      present: async (rows) => {
        const site = await sitesOf(ctx, store.accountId, rows);
        return rows.map((r) => faxLogItem(r, site(r)));
      },
    });
  },

  async getFaxLogDetails(ctx) {
    const store = await ctx.store();
    const row = await findLog(store, ctx.params.faxLogId);
    if (!row) throw ctx.fail('faxLogNotFound');
    const site = await sitesOf(ctx, store.accountId, [row]);
    return [faxLogDetails(row, site(row))];
  },

  async updateFaxLogReadStatus(ctx) {
    const store = await ctx.store();
    // The page shows no body; its error 'The read status is invalid.' names what a client sends: read_status, read or unread.
    const readStatus = (ctx.body as { read_status?: unknown } | undefined)?.read_status;
    if (readStatus !== 'read' && readStatus !== 'unread') throw ctx.fail('readStatusIsInvalid');
    if (!(await setReadStatus(store, ctx.params.faxLogId, readStatus))) throw ctx.fail('faxLogNotFoundForFaxLogId');
    return undefined;
  },

  async deleteFaxLog(ctx) {
    const store = await ctx.store();
    if (!(await deleteLog(store, ctx.params.faxLogId, ctx.clock.now()))) throw ctx.fail('faxLogNotFoundForFaxLogId');
    return undefined;
  },

  async downloadFaxFile(ctx) {
    const store = await ctx.store();
    const { faxLogId, fileId } = ctx.params;
    const row = await findLog(store, faxLogId);
    if (!row) throw ctx.fail('faxLogNotFoundForFaxLogId', { faxLogId });
    const file = row.file_id === fileId ? await findFile(ctx.db, store.accountId, fileId) : undefined;
    if (!file) throw ctx.fail('faxFileNotFoundForFileId', { fileId });
    return fileAnswer('application/pdf', Buffer.from(file.data), file.filename);
  },

  async getFaxChargesUsageReport(ctx) {
    const store = await ctx.store();
    const q = rawQuery(ctx);
    const now = ctx.clock.now();
    const given = (v: unknown) => (v === undefined || v === '' ? undefined : String(v));
    const fromText = given(q.from);
    const toText = given(q.to);
    // Left out, the report is of a month: the one the other bound is in, else the current one ("monthly Zoom phone fax charges").
    const from = fromText ?? monthOf(toText && parseDay(toText, false) !== undefined ? parseDay(toText, false)! : now).from;
    const to = toText ?? monthOf(fromText && parseDay(fromText, false) !== undefined ? parseDay(fromText, false)! : now).to;
    const range = { from: dateOnly(from, false), to: dateOnly(to, true) };
    if (range.from === undefined || range.to === undefined || range.from > range.to) throw ctx.fail('invalidFromToTime');
    const bounds = { from: range.from, to: range.to };
    const page = await ctx.list({
      items: 'fax_charges',
      filters: bounds,
      fetch: (after, limit) => pageCharged(store, bounds, after, limit),
      count: () => countCharged(store, bounds),
      present: (rows) => rows.map((r) => chargeItem(r, now)),
    });
    return { ...page, from, to };
  },
});

/** A report bound: a date (yyyy-mm-dd) only, as the page's from/to show ("2025-06-01"). */
const dateOnly = (value: string, end: boolean): number | undefined => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? parseDay(value, end) : undefined);
