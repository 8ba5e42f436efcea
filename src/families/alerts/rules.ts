// What an alert setting is held to, from the pages' words: which rules a module
// has, which target type each rule watches and how many targets, which condition
// types each rule takes and the values each may have, and the time frame.

/** Module -> its rules ("When the value of the module is 1, the value of rule can only be in the range of 1 to 8", …). */
export const MODULE_RULES: Record<number, readonly number[]> = {
  1: [1, 2, 3, 4, 5, 6, 7, 8],
  2: [9],
  3: [10, 11, 12],
  4: [13],
  5: [14],
};

export const TARGET = { user: 1, account: 2, callQueue: 3, site: 4, device: 5 } as const;

/** Rule -> the target types it supports (target_ids' description). */
export function targetTypesOf(rule: number): readonly number[] {
  if (rule >= 1 && rule <= 8) return [TARGET.callQueue];
  if (rule === 9) return [TARGET.account];
  if (rule === 10) return [TARGET.account, TARGET.device];
  if (rule === 11) return [TARGET.device];
  if (rule === 12 || rule === 14) return [TARGET.site];
  if (rule === 13) return [TARGET.user];
  return [];
}

/**
 * How many target ids a target type takes: an Account target takes none ("This
 * field doesn't need a specified value"); a call queue or a site exactly one ("the
 * number of Site is 1"); devices and users one to five ("up to 5").
 */
export function targetCountOf(targetType: number): { min: number; max: number } {
  if (targetType === TARGET.account) return { min: 0, max: 0 };
  if (targetType === TARGET.callQueue || targetType === TARGET.site) return { min: 1, max: 1 };
  return { min: 1, max: 5 };
}

/** Rules 7 and 8 together: "Alerts of rule 7 or rule 8 cannot exceed 30 in number." */
export const LIMITED_RULES: readonly number[] = [7, 8];
export const LIMITED_RULES_MAX = 30;

/**
 * "When the rule is Devices go offline and the old value of this field does not
 * represent Account, it can be updated incrementally. When the rule is Devices go
 * online or QoS Alert, it can be updated incrementally."
 */
export const targetsUpdatable = (rule: number, targetType: number): boolean => (rule === 10 && targetType !== TARGET.account) || rule === 11 || rule === 13;

export const COND = { threshold: 1, warning: 2, critical: 3, alert: 4, severity: 5 } as const;

/** Rule -> the condition types it takes, and those it must have (one of `oneOf` at least). */
export function conditionTypesOf(rule: number): { allowed: readonly number[]; required: readonly number[]; oneOf: readonly number[] } {
  if (rule === 1) return { allowed: [1, 2, 3], required: [1], oneOf: [2, 3] };
  if (rule === 10 || rule === 11) return { allowed: [4], required: [4], oneOf: [] };
  if (rule === 9 || rule === 14) return { allowed: [5], required: [5], oneOf: [] };
  return { allowed: [2, 3], required: [], oneOf: [2, 3] };
}

const THRESHOLDS = [15, 30, 60, 120, 180, 240, 300];
const WAIT_SECONDS = [10, 15, 20, 25, 30, 45, 60, 120, 180, 240, 300, 600, 900, 1200, 1500, 1800];
const ALERT_MINUTES = [5, 10, 15, 30, 60];
const PERCENT_RULES = [1, 2, 3, 5, 7, 8, 12];
/** Number of Waiting Calls: the pages give no unit or range; the sandbox takes a count of calls from 1 to 100. */
const MAX_WAITING_CALLS = 100;

const wholeNumber = (v: string): number | undefined => (/^\d{1,6}$/.test(v) ? Number(v) : undefined);

/** The value as kept (whole numbers without leading zeros), or undefined when the rule's condition type cannot take it. */
export function conditionValue(rule: number, type: number, value: string): string | undefined {
  const v = value.trim();
  if (type === COND.severity) return v === 'Warning' || v === 'Critical' ? v : undefined;
  if (rule === 13 && (type === COND.warning || type === COND.critical)) {
    // QoS Alert: "the value can be only in the range of 0 to 5" (a MOS score, decimals allowed).
    if (!/^\d(\.\d{1,2})?$/.test(v) || Number(v) > 5) return undefined;
    return String(Number(v));
  }
  const n = wholeNumber(v);
  if (n === undefined) return undefined;
  if (type === COND.threshold) return THRESHOLDS.includes(n) ? String(n) : undefined;
  if (type === COND.alert) return ALERT_MINUTES.includes(n) ? String(n) : undefined;
  if (rule === 4) return WAIT_SECONDS.includes(n) ? String(n) : undefined;
  if (PERCENT_RULES.includes(rule)) return n >= 1 && n <= 100 ? String(n) : undefined;
  if (rule === 6) return n >= 1 && n <= MAX_WAITING_CALLS ? String(n) : undefined;
  return undefined;
}

export type ConditionType = 1 | 2 | 3 | 4 | 5;
export type TargetType = 1 | 2 | 3 | 4 | 5;

export interface Condition {
  rule_condition_type: ConditionType;
  rule_condition_value: string;
}

export type ConditionProblem =
  | { kind: 'unsupported'; type: number }
  | { kind: 'duplicated' }
  | { kind: 'missing'; type: number }
  | { kind: 'value'; type: number }
  | { kind: 'same' };

/** The conditions as kept, or the first problem (in the order the errors are listed). */
export function checkConditions(rule: number, given: { rule_condition_type?: number; rule_condition_value?: string }[]): Condition[] | ConditionProblem {
  const { allowed, required, oneOf } = conditionTypesOf(rule);
  for (const c of given) if (c.rule_condition_type === undefined || !allowed.includes(c.rule_condition_type)) return { kind: 'unsupported', type: c.rule_condition_type ?? 0 };
  const types = given.map((c) => c.rule_condition_type!);
  if (new Set(types).size !== types.length) return { kind: 'duplicated' };
  for (const t of required) if (!types.includes(t)) return { kind: 'missing', type: t };
  if (oneOf.length && !oneOf.some((t) => types.includes(t))) return { kind: 'missing', type: oneOf[0]! };
  const kept: Condition[] = [];
  for (const c of given) {
    const value = conditionValue(rule, c.rule_condition_type!, c.rule_condition_value ?? '');
    if (value === undefined) return { kind: 'value', type: c.rule_condition_type! };
    kept.push({ rule_condition_type: c.rule_condition_type! as ConditionType, rule_condition_value: value });
  }
  const warning = kept.find((c) => c.rule_condition_type === COND.warning);
  const critical = kept.find((c) => c.rule_condition_type === COND.critical);
  if (warning && critical && Number(warning.rule_condition_value) === Number(critical.rule_condition_value)) return { kind: 'same' };
  return kept;
}

export const isProblem = (c: Condition[] | ConditionProblem): c is ConditionProblem => !Array.isArray(c);

/** "in HH:mm:ss format … either at the whole hour or at half past the hour". */
export const isFrameTime = (v: string): boolean => /^([01]\d|2[0-3]):(00|30):00$/.test(v);

export const ALL_DAY = '00:00:00';

/** Whether the local time `hms` (HH:mm:ss) is inside the frame; a frame whose end comes before its start runs past midnight. */
export function inTimeFrame(frame: { time_frame_type: string; time_frame_from: string; time_frame_to: string }, hms: string): boolean {
  if (frame.time_frame_type === 'all_day') return true;
  const { time_frame_from: from, time_frame_to: to } = frame;
  return from < to ? hms >= from && hms < to : hms >= from || hms < to;
}

/** The local time (HH:mm:ss) of epoch ms `at` in `timeZone` (UTC when none or unknown). */
export function localTime(at: number, timeZone: string | null): string {
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone: timeZone ?? 'UTC', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(at);
  } catch {
    return new Date(at).toISOString().slice(11, 19);
  }
}

/** A plain email address (local@domain.tld). */
export const isEmail = (v: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v);

/** An http(s) URL: a chat channel's end point. */
export function isEndPoint(v: string): boolean {
  try {
    const u = new URL(v);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

export const MAX_EMAILS = 10;
export const MAX_CHAT_CHANNELS = 3;
/** "frequency … The unit is minutes": the sandbox measures a queue's calls over that many minutes, 5 when not given. */
export const DEFAULT_FREQUENCY = 5;
