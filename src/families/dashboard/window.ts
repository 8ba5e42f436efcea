// The date window of a report or a dashboard list: `from`/`to` in yyyy-mm-dd or
// yyyy-MM-dd'T'HH:mm:ss'Z' (Zoom's parameter text for these pages), `to`
// "Required only when the from parameter is specified", a range of "a month"
// at most, and a default when neither is given. Reports (another family) take it
// through public.ts, so that every window of the sandbox reads the same way.

export const DAY_MS = 24 * 60 * 60 * 1000;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,3})?Z$/;

/** A `from`/`to` value: yyyy-mm-dd (a whole day, UTC) or an ISO date-time in UTC; undefined when it is neither. */
export function parseMoment(text: string): { at: number; dateOnly: boolean } | undefined {
  const dateOnly = DATE.test(text);
  if (!dateOnly && !DATE_TIME.test(text)) return undefined;
  const at = Date.parse(dateOnly ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(at)) return undefined;
  // Date.parse rolls 2021-02-31 over to March: a day the calendar lacks is refused.
  if (new Date(at).toISOString().slice(0, 10) !== text.slice(0, 10)) return undefined;
  return { at, dateOnly };
}

export const addMonths = (at: number, months: number): number => {
  const d = new Date(at);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.getTime();
};

export const isoDay = (at: number): string => new Date(at).toISOString().slice(0, 10);

export interface Window {
  /** Inclusive lower bound, epoch ms. */
  from: number;
  /** Exclusive upper bound. */
  to: number;
  /** What the answer's from/to say. */
  fromText: string;
  toText: string;
}

export type WindowProblem = { param: 'from' | 'to'; why: 'format' | 'missing' | 'order' | 'range' };

export const isProblem = (w: Window | WindowProblem): w is WindowProblem => 'why' in w;

/** The words of a refused window, for an error's `{why}`. */
export const WHY: Record<WindowProblem['why'], string> = {
  format: "use yyyy-mm-dd or yyyy-MM-dd'T'HH:mm:ss'Z'.",
  missing: 'to is required when from is given.',
  order: 'to must not be before from.',
  range: 'the date range defined by from and to must not exceed one month.',
};

/**
 * The window a list covers. Neither given: the `defaultMs` before now. `to`
 * alone closes the `defaultMs` it ends. A date-only `to` takes in its whole day.
 * The window must not run backwards nor exceed a calendar month (2021-10-01 to
 * 2021-11-01 is one month, its last day included).
 */
export function windowOf(fromText: string | undefined, toText: string | undefined, now: number, defaultMs: number): Window | WindowProblem {
  if (!fromText && !toText) return { from: now - defaultMs, to: now + 1, fromText: isoDay(now - defaultMs), toText: isoDay(now) };
  const to = toText ? parseMoment(toText) : undefined;
  if (toText && !to) return { param: 'to', why: 'format' };
  if (!fromText) {
    const end = to!.dateOnly ? to!.at + DAY_MS : to!.at + 1;
    return { from: end - defaultMs, to: end, fromText: isoDay(end - defaultMs), toText: toText! };
  }
  const from = parseMoment(fromText);
  if (!from) return { param: 'from', why: 'format' };
  if (!to) return { param: 'to', why: 'missing' };
  const end = to.dateOnly ? to.at + DAY_MS : to.at + 1;
  if (end <= from.at) return { param: 'to', why: 'order' };
  if (end > addMonths(from.at, 1) + (to.dateOnly ? DAY_MS : 1)) return { param: 'to', why: 'range' };
  return { from: from.at, to: end, fromText, toText: toText! };
}
