// A read operation's answer, kept until the database changes (SQLite). The
// statements of a request are kept already (src/store/db.ts), but a page still
// costs its queries' setup, the family's views and the envelope on every request;
// a client polling the same page asks for work whose result cannot have changed.
//
// An answer is what the handler returned for one caller and one URL; it is kept
// only when nothing but the rows decided it: made outside any transaction, under
// one change mark from start to end, without reading the sandbox clock or drawing
// an id. The one reading of time tolerated is a next_page_token's 15-minute
// expiry stamp, for at most STAMP_TOLERANCE_MS of sandbox time; a request that
// brings a page token (whose expiry it checks) is not kept.

/** How stale a page token's expiry stamp may be when its page is served again. */
export const STAMP_TOLERANCE_MS = 1000;
const ANSWERS_MAX = 500;

interface Kept {
  body: unknown;
  /** Sandbox time after which the answer is made anew. */
  until: number;
}

export class KeptAnswers {
  private answers = new Map<string, Kept>();
  private keptAt: string | undefined;

  constructor(
    private readonly changeMark: () => string | undefined,
    private readonly now: () => number,
  ) {}

  /** The mark a request starts under; undefined when answers cannot be kept now. */
  mark(): string | undefined {
    const mark = this.changeMark();
    if (mark !== this.keptAt) {
      this.answers.clear();
      this.keptAt = mark;
    }
    return mark;
  }

  /** The answer kept for `key`, if the database has not changed since and it is fresh. */
  find(key: string): unknown {
    if (this.mark() === undefined) return undefined;
    const kept = this.answers.get(key);
    return kept && kept.until >= this.now() ? kept.body : undefined;
  }

  /** Keeps `body`, made from start to end under `startMark`, until `until` (sandbox time). */
  keep(key: string, startMark: string, body: unknown, until = Infinity): void {
    if (this.mark() !== startMark) return;
    if (this.answers.size >= ANSWERS_MAX) this.answers.clear();
    this.answers.set(key, { body, until });
  }
}
