// The fax family's rules, as plain functions of values: what an upload may hold
// and how many pages it makes, how long it is kept, and the date ranges the
// lists and the charges report read.
import { readZip } from './zip.ts';
import { isPdf, pdfPageCount } from './pdf.ts';

/** "The maximum size of file is 50MB" (read as 50 MiB). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** "Invalid expire, should between 1 and 604800 seconds": the upload's life, in seconds. */
export const EXPIRE_MIN = 1;
export const EXPIRE_MAX = 604800;
/** The page gives no default: an upload is kept the longest it may be. */
export const EXPIRE_DEFAULT = EXPIRE_MAX;

/** "The ZIP file may contain files of the following types: pdf jpg jpeg txt png doc docx", named {order}.{type}. */
export const ENTRY_TYPES = ['pdf', 'jpg', 'jpeg', 'txt', 'png', 'doc', 'docx'] as const;
const ENTRY_NAME = new RegExp(`^(\\d{1,9})\\.(${ENTRY_TYPES.join('|')})$`, 'i');

/** A text page of a fax holds this many lines (a US Letter page at 6 lines per inch). */
export const TEXT_LINES_PER_PAGE = 66;

export interface UploadEntry {
  name: string;
  pages: number;
}

export type UploadProblem = { problem: 'notZip' } | { problem: 'empty' } | { problem: 'badName'; name: string } | { problem: 'sameOrder'; name: string } | { problem: 'badPdf'; name: string };

/**
 * The entries of an uploaded archive in page order ("The order defines the page
 * sequence for the fax") and the pages each makes: a PDF its own pages, a text
 * file one page per 66 lines, an image or a Word document one page; or the rule it breaks.
 */
export function readUpload(zip: Buffer): { ok: true; entries: UploadEntry[]; pages: number } | ({ ok: false } & UploadProblem) {
  const files = readZip(zip);
  if (!files) return { ok: false, problem: 'notZip' };
  const named: (UploadEntry & { order: number })[] = [];
  const orders = new Set<number>();
  for (const f of files) {
    const base = f.name.split('/').pop()!;
    const m = ENTRY_NAME.exec(base);
    if (!m) return { ok: false, problem: 'badName', name: f.name };
    const order = Number(m[1]);
    if (orders.has(order)) return { ok: false, problem: 'sameOrder', name: f.name };
    orders.add(order);
    const type = m[2].toLowerCase();
    if (type === 'pdf' && !isPdf(f.data)) return { ok: false, problem: 'badPdf', name: f.name };
    named.push({ name: base, order, pages: pagesOf(type, f.data) });
  }
  if (named.length === 0) return { ok: false, problem: 'empty' };
  named.sort((a, b) => a.order - b.order);
  const entries = named.map(({ name, pages }) => ({ name, pages }));
  return { ok: true, entries, pages: entries.reduce((n, e) => n + e.pages, 0) };
}

function pagesOf(type: string, data: Buffer): number {
  if (type === 'pdf') return pdfPageCount(data);
  if (type === 'txt') return Math.max(1, Math.ceil(data.toString('utf8').split(/\r?\n/).length / TEXT_LINES_PER_PAGE));
  return 1;
}

/** The captions of a fax document's pages: which entry of the upload each page comes from. */
export function pageCaptions(entries: UploadEntry[]): string[] {
  const total = entries.reduce((n, e) => n + e.pages, 0);
  const out: string[] = [];
  for (const e of entries) for (let p = 1; p <= e.pages; p++) out.push(`Page ${out.length + 1} of ${total} (${e.name}${e.pages > 1 ? `, page ${p}` : ''})`);
  return out;
}

/** `expire` as given (the query's text): whole seconds from 1 to 604800, or undefined when it is not. */
export function expireSeconds(value: unknown): number | undefined {
  if (value === undefined) return EXPIRE_DEFAULT;
  const text = String(value).trim();
  if (!/^\d{1,7}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= EXPIRE_MIN && n <= EXPIRE_MAX ? n : undefined;
}

const DAY = 86_400_000;

/** A date as yyyy-mm-dd, or a date-time, to epoch ms; `end` reads a bare date as its last millisecond. */
export function parseDay(value: string, end: boolean): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    if (new Date(ms).toISOString().slice(0, 10) !== value) return undefined;
    return end ? ms + DAY - 1 : ms;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

export interface Range {
  from: number;
  to: number;
}

/**
 * The lists' optional `from`/`to` (the pages do not list them; Zoom's clients
 * send them as on the other logs): both bound create_time, either may be left
 * out; undefined when one is not a date or `from` is after `to`.
 */
export function logRange(from: unknown, to: unknown): Partial<Range> | undefined {
  const f = from === undefined || from === '' ? undefined : parseDay(String(from), false);
  const t = to === undefined || to === '' ? undefined : parseDay(String(to), true);
  if ((from !== undefined && from !== '' && f === undefined) || (to !== undefined && to !== '' && t === undefined)) return undefined;
  if (f !== undefined && t !== undefined && f > t) return undefined;
  return { from: f, to: t };
}

/** The first day of `now`'s month and its last, as yyyy-mm-dd: the report's month when none is asked for. */
export function monthOf(now: number): { from: string; to: string } {
  const d = new Date(now);
  const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  const last = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) - DAY;
  return { from: new Date(first).toISOString().slice(0, 10), to: new Date(last).toISOString().slice(0, 10) };
}

/** The end of the billing cycle (the month) a moment falls in: the charge is "determined at the end of the billing cycle". */
export function cycleEnd(at: number): number {
  const d = new Date(at);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}
