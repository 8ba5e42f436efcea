// The dashboard family's rules, as plain functions of values: the words its
// pages use for a call's direction and its ends' extension types, the
// `durations` buckets, the `quality_type` words, and the default window.
import type { ExtensionType, SimulatedCall } from '../call-logs/public.ts';
import { DAY_MS } from './window.ts';

/** The extension types getCallDetailsFromCallLog names (its list has no word for other kinds). */
export type ExtensionTypeWord = 'user' | 'callQueue' | 'autoReceptionist' | 'sharedLineGroup';

export function extensionTypeWord(t: ExtensionType | undefined): ExtensionTypeWord | undefined {
  switch (t) {
    case 'user':
      return 'user';
    case 'call_queue':
      return 'callQueue';
    case 'auto_receptionist':
      return 'autoReceptionist';
    case 'shared_line_group':
      return 'sharedLineGroup';
    default:
      return undefined;
  }
}

/** listPastCallMetrics' direction ("inbound", "outbound", "internal"): internal for a call inside the account. */
export const pastDirection = (call: Pick<SimulatedCall, 'connectType' | 'direction'>): 'inbound' | 'outbound' | 'internal' =>
  call.connectType === 'internal' ? 'internal' : call.direction;

/**
 * listCallLogs' and getCallDetailsFromCallLog's direction: "The value of this
 * field can be either `internal` or `outbound`": a call inside the account is
 * internal, one with the public network (either way) outbound, as it leaves
 * Zoom's network.
 */
export const logDirection = (stored: string): 'internal' | 'outbound' => (stored === 'internal' ? 'internal' : 'outbound');

/**
 * listPastCallMetrics' `durations` (the SDK's 0 | 1 | 2 | 3, no words on the
 * page): the sandbox's buckets, in seconds of the whole call — 0 under a
 * minute, 1 from one to five minutes, 2 from five to thirty, 3 thirty or more.
 */
export const DURATION_BUCKETS: readonly [number, number][] = [
  [0, 60],
  [60, 300],
  [300, 1800],
  [1800, Number.POSITIVE_INFINITY],
];

export const durationBucket = (seconds: number): number => DURATION_BUCKETS.findIndex(([lo, hi]) => seconds >= lo && seconds < hi);

/** quality_type: good (MOS ≥ 3.5), bad (below), and on listCallLogs `all` (no filter). */
export const QUALITY_TYPES = new Set(['good', 'bad', 'all']);

/** "If unspecified, returns data from the past 30 days" (Zoom's parameter text for both lists). */
export const DEFAULT_WINDOW_MS = 30 * DAY_MS;
