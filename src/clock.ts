// Time is injected so that token expiry, page-token expiry, rate-limit windows
// and simulated activity can be tested and moved forward on request.

export interface Clock {
  now(): number; // epoch milliseconds
}

/** Real time plus an offset that the control plane can move forward. */
export class OffsetClock implements Clock {
  constructor(public offsetMs = 0) {}
  now(): number {
    return Date.now() + this.offsetMs;
  }
}

/** A clock that moves only when told to, for tests. */
export class ManualClock implements Clock {
  constructor(private t = Date.UTC(2026, 0, 1)) {}
  now(): number {
    return this.t;
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

/** Zoom's timestamp style: ISO 8601 in UTC without milliseconds. */
export const isoSeconds = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
