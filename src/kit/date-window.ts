// The date window of a list of activity (recordings, voicemails): `from`/`to` as
// a day or a moment, their defaults when left out, and the longest range the
// pages allow ("the date range … should only be one month").

export const DAY_MS = 86_400_000;

/** The longest window a list answers, in days. */
export const MAX_RANGE_DAYS = 30;

export const isoDay = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** A `from` or `to` as given: a day (yyyy-mm-dd) or a moment (yyyy-MM-ddTHH:mm:ssZ); undefined when it is neither. */
export function parseMoment(value: string): { at: number; day: boolean } | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const t = Date.parse(`${value}T00:00:00Z`);
    return Number.isNaN(t) || isoDay(t) !== value ? undefined : { at: t, day: true };
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) {
    const t = Date.parse(value);
    return Number.isNaN(t) ? undefined : { at: t, day: false };
  }
  return undefined;
}

export interface Window {
  /** First and last moment in the window, inclusive. */
  start: number;
  end: number;
  /** The days the answer names (`from`, `to`). */
  from: string;
  to: string;
}

export type WindowProblem = { problem: 'badDate'; field: 'from' | 'to'; value: string } | { problem: 'reversed' | 'tooLong'; from: string; to: string };

/**
 * The window `from`/`to` name. A day runs from its first to its last millisecond
 * (UTC); a moment is itself. Left out: `to` is `from` plus a month (or today),
 * `from` is `to` less a month. Longer than a month, or reversed, it is refused.
 */
export function windowOf(query: { from?: string; to?: string }, now: number): Window | WindowProblem {
  const from = query.from !== undefined && query.from !== '' ? parseMoment(query.from) : undefined;
  if (query.from && !from) return { problem: 'badDate', field: 'from', value: query.from };
  const to = query.to !== undefined && query.to !== '' ? parseMoment(query.to) : undefined;
  if (query.to && !to) return { problem: 'badDate', field: 'to', value: query.to };
  const endOf = (m: { at: number; day: boolean }) => (m.day ? m.at + DAY_MS - 1 : m.at);
  let start: number;
  let end: number;
  if (from && to) {
    start = from.at;
    end = endOf(to);
  } else if (from) {
    start = from.at;
    end = start + MAX_RANGE_DAYS * DAY_MS - 1;
  } else if (to) {
    end = endOf(to);
    start = end + 1 - MAX_RANGE_DAYS * DAY_MS;
  } else {
    // Today and the 29 days before it: a month up to now.
    const today = Date.parse(`${isoDay(now)}T00:00:00Z`);
    end = today + DAY_MS - 1;
    start = today - (MAX_RANGE_DAYS - 1) * DAY_MS;
  }
  const names = { from: query.from || isoDay(start), to: query.to || isoDay(end) };
  if (end < start) return { problem: 'reversed', ...names };
  if (end - start + 1 > (MAX_RANGE_DAYS + 1) * DAY_MS) return { problem: 'tooLong', ...names };
  return { start, end, from: isoDay(start), to: isoDay(end) };
}

export const isProblem = (w: Window | WindowProblem): w is WindowProblem => 'problem' in w;
