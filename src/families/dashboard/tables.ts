// The dashboard family's tables. The dashboard is Zoom's own data set of calls,
// apart from the call logs: a call that ends is written here once, from the
// 'calls.completed' event, as the dashboard shows it (one row per call, its two
// ends as they were that day), and never rewritten. What a list filters by has a
// column or a key row, with an index that leads with it and ends in
// (start_at, seq), so that a filtered page is one index seek like the first.
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

/** One call as the dashboard shows it (listCallLogs, listPastCallMetrics, getCallDetailsFromCallLog, getCallQoS). */
export interface DashboardCallTable {
  seq: Generated<number>;
  account_id: string;
  /** The simulator's call id: the dashboard's call_id and the call logs' call_id. */
  call_id: string;
  start_at: number;
  end_at: number;
  /** Seconds from the start of the call to its end. */
  duration: number;
  /** inbound | outbound | internal (listPastCallMetrics' words). */
  direction: string;
  /** 0..3: the `durations` bucket the call falls in (rules.ts). */
  duration_bucket: number;
  /** good | bad (MOS ≥ 3.5 or below); none: the call never connected, so no voice was measured. */
  quality: string;
  /** JSON: CallData (the two ends, the legs that carried voice). */
  data: string;
}

/**
 * One thing a call can be found by where either end may carry it: a site, a
 * phone number, an extension number, a department, a cost center (one row per
 * distinct value of a call).
 */
export interface DashboardCallKeyTable {
  account_id: string;
  call_id: string;
  /** site | phone | extension | department | cost_center */
  kind: string;
  value: string;
  start_at: number;
}

export interface DashboardTables {
  dashboard_calls: DashboardCallTable;
  dashboard_call_keys: DashboardCallKeyTable;
}

declare module '../../store/schema.ts' {
  interface Database extends DashboardTables {}
}

export const owner = owns('dashboard', ['dashboard_calls', 'dashboard_call_keys']);
